/**
 * Speech and finding cues outside quotation marks: `said`, `has told`, `pointed out`, `according to`.
 *
 * A cue form that is also a noun (`the claims`, `his warning`) is a cue only when no determiner or
 * possessive stands right before it, but for a name's (`Reed’s claim that …`); a passive (`was told`,
 * `is said to`) is not a cue for its subject.
 */
import type { Cue, CueKind, Token } from '../model/document.js';
import { CUE_VERBS } from '../lexicon/speech-verbs.js';
import type { Pass } from './pass.js';

interface Form {
  readonly words: readonly string[];
  readonly lemma: string;
  readonly kind: CueKind;
  /** The base form of a verb that is more often a noun (`claim`, `warning`): a cue only as a name's (`Reed’s claim that`). */
  readonly nounOnly?: boolean;
}

const NOT_BEFORE_VERB = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'such',
  'whose', 'any', 'no', 'every', 'each', 'of', 'to',
]);
const PASSIVE_OPENER_NEXT = new Set(['about', 'of', 'on', 'whether', 'if', 'why', 'how', 'what', 'when', 'by', 'for', 'to', 'in', 'at', 'during', 'after']);
const COMPOUND_HEADS = new Set(['secretary', 'secretaries', 'release', 'releases', 'conference', 'conferences', 'officer', 'officers',
  'office', 'gallery', 'corps', 'briefing', 'briefings']);
const BE = new Set(['is', 'was', 'were', 'are', 'been', 'being', 'be', "'s", '’s']);

function buildIndex(): Map<string, Form[]> {
  const index = new Map<string, Form[]>();
  const add = (f: Form) => {
    const list = index.get(f.words[0]!) ?? [];
    list.push(f);
    list.sort((a, b) => b.words.length - a.words.length); // longest match first
    index.set(f.words[0]!, list);
  };
  for (const verb of CUE_VERBS) {
    for (const form of verb.forms) add({ words: form.split(' '), lemma: verb.lemma, kind: verb.kind });
    if (!verb.forms.includes(verb.lemma)) add({ words: verb.lemma.split(' '), lemma: verb.lemma, kind: verb.kind, nounOnly: true });
  }
  add({ words: ['according', 'to'], lemma: 'according to', kind: 'according' });
  return index;
}

let cueIndex: Map<string, Form[]> | undefined;

export function findCues(tokens: readonly Token[]): Cue[] {
  cueIndex ??= buildIndex();
  const cues: Cue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.isWord || t.quote !== null) continue;
    const forms = cueIndex.get(t.lower);
    if (!forms) continue;
    const form = longestMatch(forms, tokens, i);
    if (!form) continue;
    const last = i + form.words.length - 1;
    const nominal = form.kind !== 'according' && isNamesNoun(tokens, i);
    if (form.nounOnly ? !nominal : form.kind !== 'according' && !isVerbUse(tokens, i)) continue;
    cues.push({
      start: t.start,
      end: tokens[last]!.end,
      sentence: t.sentence,
      lemma: form.lemma,
      kind: form.kind,
      firstToken: i,
      lastToken: last,
      nominal,
    });
    i = last;
  }
  return cues;
}

/**
 * The first (longest) form whose words the tokens from `i` spell, in one sentence and outside
 * quotation marks. Plain loops: a word such as `said` opens many forms, and a closure per form
 * per occurrence was most of this pass's garbage.
 */
function longestMatch(forms: readonly Form[], tokens: readonly Token[], i: number): Form | undefined {
  const sentence = tokens[i]!.sentence;
  for (const form of forms) {
    let k = 0;
    for (; k < form.words.length; k++) {
      const u = tokens[i + k];
      if (u === undefined || u.sentence !== sentence || u.quote !== null || u.lower !== form.words[k]) break;
    }
    if (k === form.words.length) return form;
  }
  return undefined;
}

/** `Reed’s claim that …`, `Reed’s warning:` — a speech noun owned by a name reports that person's words. */
function isNamesNoun(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return prev !== undefined && prev.sentence === t.sentence && /^\p{Lu}.*['’]s$/u.test(prev.text) &&
    next !== undefined && next.sentence === t.sentence && (next.lower === 'that' || next.text === ':');
}

function isVerbUse(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  // `continued to lack`, `continues trading`: aspect, not speech.
  if (t.lower.startsWith('continu') && next && next.sentence === t.sentence && (next.lower === 'to' || next.lower.endsWith('ing'))) return false;
  // `Asked about the plan, Reed said …`, `Pressed on whether …`: a passive participle opening the
  // sentence; the person asked is the subject that follows, not the words after the verb.
  if ((!prev || prev.sentence !== t.sentence) && (t.lower.endsWith('ed') || t.lower === 'told') && next && next.sentence === t.sentence && PASSIVE_OPENER_NEXT.has(next.lower)) return false;
  // `press secretary`, `briefing room`: the first word of a compound noun.
  if (next && next.sentence === t.sentence && COMPOUND_HEADS.has(next.lower)) return false;
  if (!prev || prev.sentence !== t.sentence) return true;
  if (NOT_BEFORE_VERB.has(prev.lower)) return false;
  if (BE.has(prev.lower) && !t.lower.endsWith('ing')) return false; // passive: "was told", "is said to"
  return true;
}

export const cuesPass: Pass = {
  name: 'cues',
  run: (doc) => ({ cues: findCues(doc.tokens) }),
};
