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
import { EVALUATION_LEMMAS } from '../lexicon/speech-verbs.js';
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
const OBJECT_PRONOUNS = new Set(['me', 'him', 'her', 'us', 'them', 'you', 'it', 'reporters', 'journalists', 'parliament', 'mps', 'members', 'staff', 'parents', 'residents', 'the', 'a']);
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
  doc.cues.forEach((cue, c) => {
    const speaker = doc.cueSpeakers[c];
    if (!speaker || NOT_STATEMENTS.has(cue.lemma) || isUnreal(doc.tokens, cue) || isQuestion(doc, cue.sentence)) return;
    const claim = cue.kind === 'according' ? accordingTo(doc, c, speaker) : forward(doc, c, speaker) ?? backward(doc, c, speaker);
    if (claim) claims.push(claim);
  });
  return claims;
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
  if (ADDRESSEE_VERBS.has(cue.lemma)) {
    const that = findThat(tokens, k, cue.sentence);
    if (that !== null) k = that + 1;
    else if (OBJECT_PRONOUNS.has(first.lower) || /^\p{Lu}/u.test(first.text)) k = skipAddressee(tokens, k, cue.sentence);
  }
  if (tokens[k]?.lower === 'that' && tokens[k]!.sentence === cue.sentence) {
    k++;
    confidence = 0.9;
  } else if (EVALUATION_LEMMAS.has(cue.lemma) && !calledFor && findThat(tokens, k, cue.sentence) === null) {
    // `criticised the plan`: a judgement, not a report; `welcomes the news that …` reports the clause.
    return null;
  }
  if (CLAUSE_CANNOT_START.has(tokens[k]?.lower ?? '')) return null; // `told the BBC with …`, `told them to stop`
  const end = clauseEnd(doc, k, cue.sentence);
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
  const afterSpeaker = lastTokenBefore(tokens, speaker.mention.end) + 1;
  if (tokens[afterSpeaker]?.text === ',' && tokens[afterSpeaker]!.sentence === cue.sentence) {
    const end = clauseEnd(doc, afterSpeaker + 1, cue.sentence);
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

/** `told reporters`, `told the BBC`, `warned Ms Smith`: past the person addressed. */
function skipAddressee(tokens: readonly Token[], k: number, sentence: number): number {
  if (tokens[k]!.lower === 'the' || tokens[k]!.lower === 'a') k++;
  while (tokens[k] && tokens[k]!.sentence === sentence && tokens[k]!.isWord && /^\p{Lu}/u.test(tokens[k]!.text)) k++;
  if (k === 0 || tokens[k - 1]?.isWord === false) return k;
  return OBJECT_PRONOUNS.has(tokens[k]?.lower ?? '') ? k + 1 : k;
}

/** Last token of the clause from token k: before the sentence's final punctuation (or a semicolon). */
function clauseEnd(doc: Readonly<Doc>, k: number, sentence: number): number | null {
  const tokens = doc.tokens;
  if (!tokens[k] || tokens[k]!.sentence !== sentence) return null;
  let end = k;
  while (end + 1 < tokens.length && tokens[end + 1]!.sentence === sentence && tokens[end + 1]!.text !== ';') {
    if (++end - k > MAX_CLAIM_TOKENS) return null;
  }
  while (end > k && !tokens[end]!.isWord && tokens[end]!.quote === null) end--;
  return end;
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
  for (let k = first; k <= last; k++) {
    const t = tokens[k]!;
    if (!t.isWord) continue;
    words++;
    if (t.quote === null && isVerbLike(t.lower)) verb = true;
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
