/**
 * Reported speech: what a speaker is reported to have said or found, without quotation marks.
 *   said-that     `X said (that) CLAUSE`, `X told Y (that) CLAUSE`, `X found that CLAUSE`, `saying CLAUSE`
 *   called-for    `X called for NP`
 *   clause-said   `CLAUSE, X said.` / `CLAUSE, said X.`
 *   according-to  `according to X, CLAUSE` / `CLAUSE, according to X`
 * The claim's span is the reported proposition only: not the source, the cue or `that`. A quoted
 * fragment inside it stays a quotation too. Precision first: a claim needs a resolved speaker, a
 * clause with a verb, and a statement — not a question, a hypothetical (`would say`, `if … said`), a
 * negation (`did not say`) or a set phrase (`said goodbye`, `told off`).
 */
import type { Claim, Cue, CueSpeaker, Doc, Token } from '../model/document.js';
import { firstStartingAt } from '../model/span.js';
import { EVALUATION_LEMMAS, VERBS_ALSO_NOUNS } from '../lexicon/speech-verbs.js';
import { isVerbLike } from '../nlp/word-info.js';
import type { Pass } from './pass.js';

/** Verbs whose object is the person addressed, before the reported clause (`told reporters the plan …`). */
const ADDRESSEE_VERBS = new Set(['tell', 'warn', 'urge', 'assure', 'inform', 'remind', 'promise']);
/** Cues that report questions or requests, not statements. */
const NOT_STATEMENTS = new Set(['ask', 'demand', 'urge', 'plead', 'press', 'interject']);
/** Words before a cue that make it hypothetical or negated. */
const UNREAL = new Set(['would', 'could', 'might', 'may', 'should', 'if', 'whether', 'not', "n't", 'never', 'unless', 'to']);
/** What follows a speech verb in a set phrase rather than a report. */
const SET_PHRASES = new Set(['goodbye', 'hello', 'sorry', 'thanks', 'yes', 'no', 'so', 'off', 'grace', 'nothing', 'anything']);
const OBJECT_PRONOUNS = new Set(['me', 'him', 'her', 'us', 'them', 'you', 'reporters', 'journalists', 'parliament', 'mps', 'members', 'staff', 'parents', 'residents']);
const MIN_WORDS = 3;
/**
 * A reported clause longer than this many tokens is not taken as one claim: news sentences are far
 * shorter, and the bound keeps the pass linear on text that never ends a sentence.
 */
const MAX_CLAIM_TOKENS = 120;
const MAX_TRAILER_WORDS = 6;
const THAT_WINDOW = 6;

export function findClaims(doc: Readonly<Doc>): Claim[] {
  const claims: Claim[] = [];
  for (let c = 0; c < doc.cues.length; c++) {
    const cue = doc.cues[c]!;
    const speaker = doc.cueSpeakers[c];
    if (!speaker || cue.nominal || NOT_STATEMENTS.has(cue.lemma) || isUnreal(doc.tokens, cue) || isQuestion(doc, cue.sentence)) continue;
    const claim = cue.kind === 'according' ? accordingTo(doc, c, speaker) : forward(doc, c, speaker) ?? backward(doc, c, speaker);
    if (claim) claims.push(claim);
  }
  return claims.sort((a, b) => a.start - b.start);
}

function isUnreal(tokens: readonly Token[], cue: Cue): boolean {
  for (let k = cue.firstToken - 1; k >= Math.max(0, cue.firstToken - 3); k--) {
    const t = tokens[k]!;
    if (t.sentence !== cue.sentence || !t.isWord) break;
    if (UNREAL.has(t.lower) || t.lower.endsWith("n't")) return true;
  }
  return false;
}

function isQuestion(doc: Readonly<Doc>, sentence: number): boolean {
  const s = doc.sentences[sentence]!;
  return /\?["'”’)]*$/u.test(doc.source.text.slice(Math.max(s.start, s.end - 3), s.end));
}

/** `X said (that) CLAUSE`: the clause after the cue, to the end of the sentence. */
function forward(doc: Readonly<Doc>, c: number, speaker: CueSpeaker): Claim | null {
  const cue = doc.cues[c]!;
  const tokens = doc.tokens;
  if (speaker.mention.start > cue.start) return null; // `said X`: the clause comes before
  let k = cue.lastToken + 1;
  const first = tokens[k];
  if (!first || first.sentence !== cue.sentence || !first.isWord || first.quote !== null || SET_PHRASES.has(first.lower)) return null;
  const calledFor = / for$/.test(doc.source.text.slice(cue.start, cue.end));
  const rule = calledFor ? 'called-for' : 'said-that';
  let confidence = 0.8;
  // `that` after an addressee (`told MPs that`), a setting (`said in a statement that`, `said on Monday
  // that`) or a noun (`welcomed the news that`) starts the reported clause.
  const that = findThat(tokens, k, cue.sentence);
  const thatOpens = that !== null && (ADDRESSEE_VERBS.has(cue.lemma) || EVALUATION_LEMMAS.has(cue.lemma) || that === k || SETTING_WORDS.has(first.lower));
  if (thatOpens) {
    k = that + 1;
    confidence = 0.9;
  } else if (EVALUATION_LEMMAS.has(cue.lemma) && !calledFor) {
    return null; // `criticised the plan`: a judgement, not a report
  } else if (ADDRESSEE_VERBS.has(cue.lemma)) {
    k = skipAddressee(tokens, k, cue.sentence);
  }
  if (CLAUSE_CANNOT_START.has(tokens[k]?.lower ?? '')) return null; // `told the BBC with …`, `told them to stop`
  const end = clauseEnd(doc, k, cue.sentence, c);
  if (end === null) return null;
  return make(doc, c, speaker, k, end, rule, confidence, calledFor);
}

/** `CLAUSE, X said.` / `CLAUSE, said X following a visit.`: the clause before the comma. */
function backward(doc: Readonly<Doc>, c: number, speaker: CueSpeaker): Claim | null {
  const cue = doc.cues[c]!;
  const tokens = doc.tokens;
  const s = doc.sentences[cue.sentence]!;
  // Only a short trailer may follow the speaker and cue.
  const after = Math.max(cue.lastToken, lastTokenBefore(tokens, speaker.mention.end)) + 1;
  let words = 0;
  for (let k = after; k < tokens.length && tokens[k]!.sentence === cue.sentence; k++) {
    if (tokens[k]!.quote !== null) return null;
    if (tokens[k]!.isWord && ++words > MAX_TRAILER_WORDS) return null;
  }
  const lead = Math.min(cue.firstToken, firstStartingAt(tokens, speaker.mention.start));
  const comma = tokens[lead - 1];
  if (!comma || comma.text !== ',' || comma.sentence !== cue.sentence) return null;
  const start = firstStartingAt(tokens, s.start);
  if (tokens[start]!.quote !== null) return null; // `“…,” she said`: a quotation, not reported speech
  if (lead - start > MAX_CLAIM_TOKENS) return null;
  return make(doc, c, speaker, start, lead - 2, 'clause-said', 0.85, false);
}

/** `according to X, CLAUSE` or `CLAUSE, according to X`. */
function accordingTo(doc: Readonly<Doc>, c: number, speaker: CueSpeaker): Claim | null {
  const cue = doc.cues[c]!;
  const tokens = doc.tokens;
  let afterSpeaker = lastTokenBefore(tokens, speaker.mention.end) + 1;
  // `According to Jo Brown, who chairs the committee, the vote was lost.`: past the relative clause.
  if (tokens[afterSpeaker]?.text === ',' && /^(who|which)$/.test(tokens[afterSpeaker + 1]?.lower ?? '')) {
    let k = afterSpeaker + 2;
    while (tokens[k] && tokens[k]!.sentence === cue.sentence && tokens[k]!.text !== ',' && k - afterSpeaker < MAX_CLAIM_TOKENS) k++;
    afterSpeaker = k;
  }
  if (tokens[afterSpeaker]?.text === ',' && tokens[afterSpeaker]!.sentence === cue.sentence) {
    const end = clauseEnd(doc, afterSpeaker + 1, cue.sentence, c);
    return end === null ? null : make(doc, c, speaker, afterSpeaker + 1, end, 'according-to', 0.85, false);
  }
  const claim = backward(doc, c, speaker);
  return claim && { ...claim, rule: 'according-to' };
}

/** Words that cannot open a reported clause: prepositions and the infinitive marker. */
const CLAUSE_CANNOT_START = new Set(['to', 'with', 'for', 'of', 'on', 'in', 'at', 'by', 'from', 'about', 'over', 'into', 'as', 'after', 'before']);

function findThat(tokens: readonly Token[], from: number, sentence: number): number | null {
  for (let k = from; k < from + THAT_WINDOW; k++) {
    const t = tokens[k];
    if (!t || t.sentence !== sentence || t.quote !== null || (!t.isWord && t.text !== ',')) return null;
    if (t.lower === 'that') return k;
  }
  return null;
}

/**
 * `told reporters the …`, `told Owen Pryce the …`, `told the committee the …`: past the person addressed,
 * to where the reported clause starts (a determiner, pronoun or name after the addressee).
 */
function skipAddressee(tokens: readonly Token[], k: number, sentence: number): number {
  const at = (i: number) => (tokens[i] && tokens[i]!.sentence === sentence && tokens[i]!.isWord ? tokens[i]! : null);
  if (OBJECT_PRONOUNS.has(at(k)?.lower ?? '')) return k + 1;
  if (at(k) && /^\p{Lu}/u.test(at(k)!.text)) {
    while (at(k) && /^\p{Lu}/u.test(at(k)!.text)) k++;
    return k;
  }
  if (at(k)?.lower === 'the' || at(k)?.lower === 'a') {
    for (let j = k + 1; j <= k + 3 && at(j); j++) if (CLAUSE_STARTERS.has(at(j)!.lower)) return j;
  }
  return k;
}

/** Words a reported clause often starts with, after the person addressed. */
const CLAUSE_STARTERS = new Set(['the', 'a', 'an', 'it', 'he', 'she', 'they', 'we', 'i', 'there', 'this', 'his', 'her', 'their', 'its', 'our']);
/** Words that open a phrase of setting between a cue and `that` (`said in a statement that`). */
const SETTING_WORDS = new Set(['in', 'on', 'at', 'during', 'after', 'last', 'this', 'earlier', 'later', 'yesterday', 'today', 'monday',
  'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'recently', 'previously', 'repeatedly', 'publicly', 'privately']);

/**
 * Last token of the clause from token k: before the sentence's final punctuation, a semicolon, or the
 * next attribution in the sentence (`…, saying …`, `…, Jo Brown said.`).
 */
function clauseEnd(doc: Readonly<Doc>, k: number, sentence: number, c: number): number | null {
  const tokens = doc.tokens;
  if (!tokens[k] || tokens[k]!.sentence !== sentence) return null;
  // Stop at a comma that opens another attribution; a cue inside the clause (`leaders continued to`) does not stop it.
  const next = doc.cues[c + 1];
  const nextSpeaker = doc.cueSpeakers[c + 1];
  const mentionStart = nextSpeaker && nextSpeaker.mention.start > tokens[k]!.start ? nextSpeaker.mention.start : Infinity;
  let stop = next && next.sentence === sentence ? Math.min(next.start, mentionStart) : Infinity;
  if (stop !== Infinity && tokens[firstStartingAt(tokens, stop) - 1]?.text !== ',') stop = Infinity;
  let end = k;
  while (end + 1 < tokens.length && tokens[end + 1]!.sentence === sentence && tokens[end + 1]!.text !== ';' && tokens[end + 1]!.start < stop) {
    if (++end - k > MAX_CLAIM_TOKENS) return null;
  }
  while (end > k && !tokens[end]!.isWord && tokens[end]!.quote === null) end--;
  return end;
}

function isVerbAlsoNoun(word: string): boolean {
  return VERBS_ALSO_NOUNS.has(word) || (word.endsWith('s') && (VERBS_ALSO_NOUNS.has(word.slice(0, -1)) || (word.endsWith('es') && VERBS_ALSO_NOUNS.has(word.slice(0, -2)))));
}

function lastTokenBefore(tokens: readonly Token[], offset: number): number {
  return firstStartingAt(tokens, offset) - 1;
}

function make(doc: Readonly<Doc>, c: number, speaker: CueSpeaker, first: number, last: number, rule: string, confidence: number,
  nounPhrase: boolean): Claim | null {
  const tokens = doc.tokens;
  if (last < first) return null;
  const from = tokens[first]!;
  // A quotation that opens the clause is direct speech (`said: “…”`), not a report.
  if (from.quote !== null && doc.quotations[from.quote]!.outer.start === from.start) return null;
  let words = 0;
  let verb = false;
  // Read until enough words and a verb are seen: the lexicon lookups were a tenth of this pass.
  for (let k = first; k <= last && (words < MIN_WORDS || !verb); k++) {
    const t = tokens[k]!;
    if (!t.isWord) continue;
    words++;
    if (!verb && t.quote === null && (isVerbLike(t.lower) || isVerbAlsoNoun(t.lower))) verb = true;
  }
  if (words < MIN_WORDS || (!verb && !nounPhrase)) return null;
  const cue = doc.cues[c]!;
  return {
    start: from.start,
    end: tokens[last]!.end,
    cue: c,
    speaker,
    rule,
    reason: `${RULE_REASONS[rule]}: cue “${doc.source.text.slice(cue.start, cue.end)}”; ${speaker.reason}`,
    confidence: Math.round(speaker.confidence * confidence * 100) / 100,
  };
}

const RULE_REASONS: Record<string, string> = {
  'said-that': 'the clause after a speech cue',
  'called-for': 'what the speaker called for',
  'clause-said': 'the clause before a trailing attribution',
  'according-to': 'the clause attributed with "according to"',
};

export const claimsPass: Pass = {
  name: 'claims',
  run: (doc) => ({ claims: findClaims(doc) }),
};
