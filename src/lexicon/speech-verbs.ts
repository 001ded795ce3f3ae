/**
 * Verbs that introduce speech or a published finding, as data. Each entry lists the inflected
 * forms that occur in news copy; multi-word cues are written with single spaces.
 *
 * `speech`: a person or body saying something. `finding`: a report, inspection or body stating a
 * conclusion; these attribute quoted fragments (`Auditors found a "culture of delay"`).
 */
export interface CueVerb {
  readonly lemma: string;
  readonly forms: readonly string[];
  readonly kind: 'speech' | 'finding';
}

// The base form counts as a cue (`officials say`) unless it is more often a noun (`the state`, `a report`).
const NOUN_LIKE_BASE = new Set([
  'state', 'note', 'comment', 'continue', 'report', 'post', 'tweet', 'echo', 'counter', 'promise', 'vow', 'pledge',
  'demand', 'remark', 'observe', 'joke', 'quip', 'shout', 'boast', 'plead', 'welcome', 'criticise', 'call', 'show',
  'claim', 'stress', 'reply', 'mention', 'find', 'highlight', 'caution', 'tell', 'question', 'repeat', 'chant',
  'muse', 'lament', 'scream', 'whisper', 'yell', 'tout', 'back',
]);
const verb = (kind: CueVerb['kind']) => (lemma: string, ...forms: string[]): CueVerb =>
  ({ lemma, forms: NOUN_LIKE_BASE.has(lemma) ? forms : [lemma, ...forms], kind });
const speech = verb('speech');
const finding = verb('finding');

export const CUE_VERBS: readonly CueVerb[] = [
  speech('say', 'says', 'said', 'saying'),
  speech('tell', 'tells', 'told', 'telling'),
  speech('add', 'adds', 'added', 'adding'),
  speech('warn', 'warns', 'warned', 'warning'),
  speech('explain', 'explains', 'explained', 'explaining'),
  speech('insist', 'insists', 'insisted', 'insisting'),
  speech('admit', 'admits', 'admitted', 'admitting'),
  speech('claim', 'claims', 'claimed', 'claiming'),
  speech('state', 'states', 'stated', 'stating'),
  speech('urge', 'urges', 'urged', 'urging'),
  speech('write', 'writes', 'wrote', 'writing', 'written'),
  speech('ask', 'asks', 'asked', 'asking'),
  speech('accuse', 'accuses', 'accused', 'accusing'),
  speech('stress', 'stresses', 'stressed', 'stressing'),
  speech('argue', 'argues', 'argued', 'arguing'),
  speech('note', 'notes', 'noted', 'noting'),
  speech('comment', 'comments', 'commented', 'commenting'),
  speech('continue', 'continues', 'continued'),
  speech('reply', 'replies', 'replied', 'replying'),
  speech('respond', 'responds', 'responded', 'responding'),
  speech('announce', 'announces', 'announced', 'announcing'),
  speech('confirm', 'confirms', 'confirmed', 'confirming'),
  speech('deny', 'denies', 'denied', 'denying'),
  speech('reveal', 'reveals', 'revealed', 'revealing'),
  speech('suggest', 'suggests', 'suggested', 'suggesting'),
  speech('predict', 'predicts', 'predicted', 'predicting'),
  speech('declare', 'declares', 'declared', 'declaring'),
  speech('acknowledge', 'acknowledges', 'acknowledged', 'acknowledging'),
  speech('recognise', 'recognises', 'recognised', 'recognize', 'recognizes', 'recognized'),
  speech('concede', 'concedes', 'conceded', 'conceding'),
  speech('agree', 'agrees', 'agreed', 'agreeing'),
  speech('remark', 'remarks', 'remarked'),
  speech('observe', 'observes', 'observed'),
  speech('recall', 'recalls', 'recalled', 'recalling'),
  speech('joke', 'jokes', 'joked', 'joking'),
  speech('quip', 'quips', 'quipped'),
  speech('tweet', 'tweets', 'tweeted', 'tweeting'),
  speech('post', 'posts', 'posted'),
  speech('echo', 'echoes', 'echoed'),
  speech('emphasise', 'emphasises', 'emphasised', 'emphasize', 'emphasizes', 'emphasized'),
  speech('maintain', 'maintains', 'maintained'),
  speech('contend', 'contends', 'contended'),
  speech('counter', 'counters', 'countered'),
  speech('complain', 'complains', 'complained', 'complaining'),
  speech('caution', 'cautions', 'cautioned'),
  speech('promise', 'promises', 'promised', 'promising'),
  speech('vow', 'vows', 'vowed'),
  speech('pledge', 'pledges', 'pledged'),
  speech('demand', 'demands', 'demanded'),
  speech('describe', 'describes', 'described', 'describing'),
  speech('report', 'reports', 'reported'),
  speech('assert', 'asserts', 'asserted'),
  speech('allege', 'alleges', 'alleged'),
  speech('mention', 'mentions', 'mentioned'),
  speech('point out', 'points out', 'pointed out'),
  speech('go on', 'goes on', 'went on'),
  speech('shout', 'shouts', 'shouted'),
  speech('exclaim', 'exclaimed'),
  speech('boast', 'boasts', 'boasted'),
  speech('plead', 'pleads', 'pleaded'),
  speech('welcome', 'welcomes', 'welcomed'),
  speech('criticise', 'criticises', 'criticised', 'criticize', 'criticizes', 'criticized'),
  speech('call', 'called for', 'calls for', 'calling for', 'called', 'calls'),
  speech('answer', 'answers', 'answered'),
  speech('press', 'presses', 'pressed'),
  speech('interject', 'interjected'),
  // Evaluations: they attribute the quoted words they govern (`dismissed the plan as "a waste of time"`).
  speech('dismiss', 'dismisses', 'dismissed', 'dismissing'),
  speech('hail', 'hails', 'hailed', 'hailing'),
  speech('blame', 'blames', 'blamed', 'blaming'),
  speech('attack', 'attacks', 'attacked', 'attacking'),
  speech('slam', 'slams', 'slammed', 'slamming'),
  speech('slate', 'slates', 'slated'),
  speech('praise', 'praises', 'praised', 'praising'),
  speech('condemn', 'condemns', 'condemned', 'condemning'),
  speech('reject', 'rejects', 'rejected', 'rejecting'),
  speech('defend', 'defends', 'defended', 'defending'),
  speech('back', 'backed', 'backing'),
  speech('question', 'questions', 'questioned', 'questioning'),
  speech('wonder', 'wonders', 'wondered', 'wondering'),
  speech('testify', 'testifies', 'testified', 'testifying'),
  speech('reiterate', 'reiterates', 'reiterated', 'reiterating'),
  speech('repeat', 'repeats', 'repeated'),
  speech('retort', 'retorts', 'retorted'),
  speech('scoff', 'scoffs', 'scoffed'),
  speech('whisper', 'whispers', 'whispered'),
  speech('yell', 'yells', 'yelled'),
  speech('scream', 'screams', 'screamed'),
  speech('chant', 'chants', 'chanted', 'chanting'),
  speech('muse', 'mused'),
  speech('recount', 'recounts', 'recounted', 'recounting'),
  speech('lament', 'laments', 'lamented', 'lamenting'),
  speech('apologise', 'apologises', 'apologised', 'apologize', 'apologizes', 'apologized'),
  speech('assure', 'assures', 'assured'),
  speech('remind', 'reminds', 'reminded'),
  speech('tout', 'touts', 'touted', 'touting'),
  finding('find', 'finds', 'found'),
  finding('conclude', 'concludes', 'concluded'),
  finding('highlight', 'highlights', 'highlighted'),
  finding('identify', 'identifies', 'identified'),
  finding('show', 'shows', 'showed'),
];

/**
 * Cues that judge rather than report (`criticised the plan`, `hailed the result`, `called it a farce`):
 * they attribute a quoted fragment, but report a claim only with an explicit `that` clause.
 */
export const EVALUATION_LEMMAS: ReadonlySet<string> = new Set([
  'dismiss', 'hail', 'blame', 'attack', 'slam', 'slate', 'praise', 'condemn', 'reject', 'defend', 'back', 'criticise',
  'accuse', 'describe', 'echo', 'call', 'deny', 'welcome',
]);

/** Auxiliaries and adverbs that may sit between a speaker and the cue (`has also said`). */
export const CUE_PREFIX_WORDS: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'is', 'was', 'were', 'are', 'be', 'been', 'will', 'would', 'should', 'could', 'may',
  'might', 'did', 'does', 'do', 'also', 'later', 'then', 'previously', 'once', 'again', 'further', 'yesterday',
  'today', 'earlier', 'recently', 'always', 'often', 'repeatedly', 'simply', 'just', 'even', 'still', 'now',
  'not', 'never', 'first', 'last', 'publicly', 'privately', 'separately', 'subsequently', 'had', 'once',
]);

/** Verbs that name or label something: a quoted term they govern is a label, not speech. */
export const NAMING_VERBS: ReadonlySet<string> = new Set([
  'rated', 'rate', 'rates', 'rating', 'branded', 'brand', 'brands', 'dubbed', 'dub', 'dubs', 'labelled', 'labeled',
  'label', 'labels', 'termed', 'nicknamed', 'titled', 'entitled', 'judged', 'deemed', 'graded', 'classed',
  'classified', 'known', 'named', 'marked', 'scored',
]);

/**
 * Verbs that the NLP lexicon knows only as nouns (`the drug cut deaths`, `the scheme costs too much`,
 * `prices rose`), with their irregular past forms: a reported clause whose only verb is one of them
 * still has a verb. Their -s forms count too.
 */
export const VERBS_ALSO_NOUNS: ReadonlySet<string> = new Set([
  'cost', 'cut', 'hit', 'set', 'put', 'spread', 'shut', 'hurt', 'let', 'quit', 'rise', 'rose', 'risen', 'fall', 'fell',
  'fallen', 'lead', 'led', 'drop', 'need', 'plan', 'risk', 'work', 'help', 'change', 'increase', 'decrease', 'fail',
  'lack', 'face', 'harm', 'threaten', 'damage', 'block', 'cause', 'affect', 'mean', 'pose', 'hold', 'held', 'run',
  'ran', 'lose', 'lost', 'win', 'won', 'grow', 'grew', 'grown', 'vote', 'pay', 'paid',
]);
