/**
 * Give each top-level quotation its type and speaker. Rules, tried in order:
 *   label         a quoted term (scare quote): no speaker
 *   same-sentence a cue in the quote's own sentence (`“…,” X said`, `X said: “…”`, `said X`)
 *   trailing      `“…?” Reed pressed.`: a question or exclamation ends the sentence, the next short
 *                 sentence right after it is the attribution
 *   dash          `“…” – X`
 *   colon-name    a headline or Q&A layout: `Jo Brown: ‘The plan is dead.’`, or a one-line headline
 *                 opening with a name and a colon, with quoted words in it (`Jo Brown: plan ‘dead’`)
 *   continuation  a later paragraph of a multi-paragraph quotation, or a quotation that picks up after
 *                 an interjection: the speaker of the part before
 *   colon-lead-in the sentence before ends with a colon and has a cue (`The mayor said:`)
 *   adjacent      a quote-only sentence next to another quotation of the same paragraph with a speaker
 *   quote-run     a quote-only paragraph after the last speaker's quotation, with no one else named between
 *   after-reported a quote-only sentence after the last speaker's reported speech, likewise
 * Otherwise a quotation stays unattributed rather than guessed; a fragment with no speaker is a scare quote.
 */
import type { Attribution, CueSpeaker, Doc, Quotation, Sentence } from '../model/document.js';
import { type Span, firstStartingAt, indexesStartingIn, isBlankBetween } from '../model/span.js';
import { SentenceCursor } from './09-quote-shapes.js';
import type { Pass } from './pass.js';

const RUN_PARAGRAPHS = 2;
const NEAR_CUES = 3;
/** How many quotations back a quote run may look (keeps the rule linear in a paragraph of many quotes). */
const RUN_QUOTES = 8;

export function attribute(doc: Readonly<Doc>): Attribution[] {
  const top = doc.quotations.filter((q) => q.depth === 0);
  const sentences = new SentenceCursor(doc.sentences);
  const sentenceOf: (Sentence | undefined)[] = [];
  for (const q of top) sentenceOf.push(sentences.at(q.outer.start));
  const byQuote = new Map<number, Attribution>();
  const out: Attribution[] = [];
  for (let n = 0; n < top.length; n++) {
    const a = decide(doc, top[n]!, sentenceOf[n], n, top, sentenceOf, byQuote);
    byQuote.set(top[n]!.index, a);
    out.push(a);
  }
  return out;
}

type Decision = Omit<Attribution, 'quote' | 'type'>;

function decide(doc: Readonly<Doc>, q: Quotation, s: Sentence | undefined, n: number, top: readonly Quotation[],
  sentenceOf: readonly (Sentence | undefined)[], byQuote: ReadonlyMap<number, Attribution>): Attribution {
  const shape = doc.quoteShapes[q.index]!;
  if (shape === 'label') return result(q, 'scare', none('label', 'a quoted term or heading, not speech'));

  const own = s ? sameSentence(doc, q, s, shape) : null;
  if (own) return result(q, shape === 'fragment' ? 'mixed' : 'direct', own);
  if (shape === 'fragment') {
    const headline = s ? headlineName(doc, q, s) : null;
    return headline ? result(q, 'mixed', headline) : result(q, 'scare', none('no-cue', 'quoted words with no speech cue in their sentence'));
  }

  const d = (s ? trailing(doc, q, s) : null)
    ?? dash(doc, q, s)
    ?? (s ? colonName(doc, q, s) : null)
    ?? continuation(q, byQuote)
    ?? colonLeadIn(doc, q, s)
    ?? adjacent(doc, q, n, top, sentenceOf, byQuote)
    ?? quoteRun(doc, q, n, top, sentenceOf, byQuote);
  return result(q, 'direct', d ?? none('unattributed', 'no cue in its sentence and no speaker to carry over', 0.5));
}

/** Built field by field: an object spread per quotation is V8's slow path. */
function result(q: Quotation, type: Attribution['type'], d: Decision): Attribution {
  return { quote: q.index, type, speaker: d.speaker, cue: d.cue, rule: d.rule, reason: d.reason, confidence: d.confidence };
}

function none(rule: string, reason: string, confidence = 0.6): Decision {
  return { speaker: null, cue: null, rule, reason, confidence };
}

function cueSpan(doc: Readonly<Doc>, c: number): Span {
  return { start: doc.cues[c]!.start, end: doc.cues[c]!.end };
}

function fromCue(doc: Readonly<Doc>, c: number, speaker: CueSpeaker, rule: string, confidence: number, why: string): Decision {
  return { speaker, cue: cueSpan(doc, c), rule, reason: `${why}: ${speaker.reason}`, confidence: round(confidence) };
}

/** Cues in the quote's sentence, nearest first on the side the layout favours. */
function sameSentence(doc: Readonly<Doc>, q: Quotation, s: Sentence, shape: string): Decision | null {
  // The nearest few cues on each side: a farther cue belongs to another clause (and this keeps a
  // sentence of a thousand quotations linear).
  const before: number[] = [];
  for (let c = firstStartingAt(doc.cues, q.outer.start) - 1; c >= 0 && doc.cues[c]!.start >= s.start && before.length < NEAR_CUES; c--) before.push(c);
  const after: number[] = [];
  for (let c = firstStartingAt(doc.cues, q.outer.end); c < doc.cues.length && doc.cues[c]!.start < s.end && after.length < NEAR_CUES; c++) after.push(c);
  const opens = isBlankBetween(doc.source.text, s.start, q.outer.start);
  const order = shape === 'sentence' && opens ? [...after, ...before] : [...before, ...after];
  for (const c of order) {
    const speaker = doc.cueSpeakers[c];
    if (!speaker || (doc.cues[c]!.nominal && !isWithinNounClause(doc.cues[c]!, q))) continue;
    return fromCue(doc, c, speaker, 'same-sentence', speaker.confidence, 'speech cue in the same sentence');
  }
  return null;
}

/** How far after a name's speech noun (`Reed’s claim that the mayor “…”`) its quoted words may start. */
const NOUN_CLAUSE_CHARS = 80;

function isWithinNounClause(cue: Span, q: Quotation): boolean {
  return q.outer.start >= cue.end && q.outer.start - cue.end <= NOUN_CLAUSE_CHARS;
}

/** `“Will you resign?” Reed asked.` The sentence splitter ends a sentence after `?”`. */
function trailing(doc: Readonly<Doc>, q: Quotation, s: Sentence): Decision | null {
  const next = doc.sentences[s.index + 1];
  const text = doc.source.text;
  if (!next || next.paragraph !== s.paragraph || !isBlankBetween(text, s.end, next.start) || !isBlankBetween(text, q.outer.end, s.end) ||
    !/[?!]["'”’]*$/u.test(text.slice(Math.max(q.outer.start, q.outer.end - 4), q.outer.end))) return null;
  const c = indexesStartingIn(doc.cues, next.start, Math.min(next.end, next.start + 80))[0];
  if (c === undefined) return null;
  const wordsBefore = text.slice(next.start, doc.cues[c]!.start).trim().split(/\s+/).filter(Boolean).length;
  const speaker = doc.cueSpeakers[c];
  return speaker && wordsBefore <= 4 ? fromCue(doc, c, speaker, 'trailing', speaker.confidence * 0.9, 'the attribution follows the question or exclamation') : null;
}

/** `Jo Brown: ‘The plan is dead.’` — a name, a colon, the quotation. */
function colonName(doc: Readonly<Doc>, q: Quotation, s: Sentence): Decision | null {
  if (q.outer.start - s.start > 120) return null; // a headline or Q&A label is short
  const before = doc.source.text.slice(s.start, q.outer.start);
  if (!/:\s*$/.test(before)) return null;
  const end = s.start + before.trimEnd().length - 1;
  const i = indexesStartingIn(doc.mentions, s.start, end).find((k) => doc.mentions[k]!.kind === 'name' && !doc.mentions[k]!.insideQuote && doc.mentions[k]!.end === end) ?? -1;
  if (i < 0 || /[a-z]/.test(doc.source.text.slice(s.start, doc.mentions[i]!.start).replace(/\b(of|and|the|for)\b/g, ''))) return null;
  return fromName(doc, i, 'colon-name', 'a name and a colon introduce the quotation', 0.8);
}

/**
 * `Mayor Reed: Trust the police, not ‘blowhard’ rivals` — a headline that opens with a name and a
 * colon, one sentence on its own line: the quoted words in it are that person's.
 */
function headlineName(doc: Readonly<Doc>, q: Quotation, s: Sentence): Decision | null {
  const para = doc.paragraphs[s.paragraph]!;
  if (q.outer.start - s.start > 160 || para.end - para.start > 200 || !isBlankBetween(doc.source.text, para.start, s.start) ||
    !isBlankBetween(doc.source.text, s.end, para.end)) return null;
  const i = indexesStartingIn(doc.mentions, s.start, q.outer.start).find((k) => doc.mentions[k]!.kind === 'name' && !doc.mentions[k]!.insideQuote);
  if (i === undefined || !isBlankBetween(doc.source.text, s.start, doc.mentions[i]!.start) || doc.source.text.charAt(doc.mentions[i]!.end) !== ':') return null;
  return fromName(doc, i, 'colon-name', 'a headline: a name and a colon, then the quoted words', 0.7);
}

/** A decision naming the entity of mention i as the speaker, with no cue (dash and colon layouts). */
function fromName(doc: Readonly<Doc>, i: number, rule: string, reason: string, confidence: number): Decision | null {
  const entity = doc.mentionEntity[i] ?? null;
  if (entity === null) return null;
  const e = doc.entities[entity]!;
  const mention = doc.mentions[i]!;
  return {
    speaker: { entity, name: e.name, kind: e.kind, role: e.role, mention: { start: mention.start, end: mention.end }, how: 'name', confidence, reason },
    cue: null, rule, reason, confidence,
  };
}

/** After a quotation: optional `,`/`.`, then a dash. Sticky, so it reads only the characters it matches. */
const DASH_AFTER = /\s*[,.]?\s*(?:[–—]|--?)\s*/uy;

/** `“…” – Jane Smith` */
function dash(doc: Readonly<Doc>, q: Quotation, s: Sentence | undefined): Decision | null {
  if (!s) return null;
  DASH_AFTER.lastIndex = q.outer.end;
  if (!DASH_AFTER.exec(doc.source.text)) return null;
  const at = Math.min(DASH_AFTER.lastIndex, s.end);
  if (at <= q.outer.end || !/[–—-]/u.test(doc.source.text.slice(q.outer.end, at))) return null; // the dash lies past the sentence
  const i = indexesStartingIn(doc.mentions, at, at + 13).find((k) => doc.mentions[k]!.kind === 'name' && !doc.mentions[k]!.insideQuote) ?? -1;
  return i < 0 ? null : fromName(doc, i, 'dash', 'a name after a dash closes the quotation', 0.85);
}

function continuation(q: Quotation, byQuote: ReadonlyMap<number, Attribution>): Decision | null {
  if (q.continues === null) return null;
  const prev = byQuote.get(q.continues);
  if (!prev?.speaker) return null;
  // One step down from the quotation's first part; a long chain of paragraphs is no less certain.
  const confidence = prev.rule === 'continuation' ? prev.confidence * (q.afterInterjection ? 0.85 : 1) : prev.confidence * (q.afterInterjection ? 0.85 : 0.95);
  const why = q.afterInterjection
    ? `continues the quotation of ${prev.speaker.name} left open before the paragraph in between`
    : `continues the quotation of ${prev.speaker.name} from the paragraph before`;
  return { speaker: prev.speaker, cue: prev.cue, rule: 'continuation', reason: why, confidence: round(confidence) };
}

/** `The mayor said:` ending the sentence or paragraph before a quote-only sentence. */
function colonLeadIn(doc: Readonly<Doc>, q: Quotation, s: Sentence | undefined): Decision | null {
  if (!s || !isBlankBetween(doc.source.text, s.start, q.outer.start)) return null;
  const prev = doc.sentences[s.index - 1];
  if (!prev || !/:\s*$/.test(doc.source.text.slice(Math.max(prev.start, prev.end - 4), prev.end))) return null;
  for (const c of indexesStartingIn(doc.cues, prev.start, prev.end).reverse()) {
    const speaker = doc.cueSpeakers[c];
    if (speaker) return fromCue(doc, c, speaker, 'colon-lead-in', speaker.confidence * 0.95, 'the sentence before ends with a colon after a speech cue');
  }
  return null;
}

/** Quotations of one paragraph with only a space between them belong to one speaker. */
function adjacent(doc: Readonly<Doc>, q: Quotation, n: number, top: readonly Quotation[], sentenceOf: readonly (Sentence | undefined)[],
  byQuote: ReadonlyMap<number, Attribution>): Decision | null {
  const text = doc.source.text;
  const prev = top[n - 1];
  if (prev && prev.paragraph === q.paragraph && noWordsBetween(text, prev.outer.end, q.outer.start, sentenceOf[n - 1], doc)) {
    const a = byQuote.get(prev.index);
    if (a?.speaker && a.type !== 'scare') return { speaker: a.speaker, cue: a.cue, rule: 'adjacent', reason: `follows a quotation of ${a.speaker.name} in the same paragraph`, confidence: round(a.confidence * 0.9) };
  }
  const next = top[n + 1];
  const nextSentence = sentenceOf[n + 1];
  if (next && next.paragraph === q.paragraph && nextSentence && /^\s*$/.test(text.slice(q.outer.end, next.outer.start)) && doc.quoteShapes[next.index] === 'sentence') {
    const own = sameSentence(doc, next, nextSentence, 'sentence');
    if (own?.speaker) return { ...own, rule: 'adjacent', reason: `precedes a quotation attributed to ${own.speaker.name} in the same paragraph`, confidence: round(own.confidence * 0.8) };
  }
  return null;
}

/** Between two quotations: nothing but the first one's attribution (`“A,” he said. “B.”`). */
function noWordsBetween(text: string, from: number, to: number, prevSentence: Sentence | undefined, doc: Readonly<Doc>): boolean {
  const between = text.slice(from, to);
  if (/^[\s,.;:!?–—-]*$/u.test(between)) return true;
  // The previous quotation's own sentence may carry its cue; a new sentence must start at `to`.
  return prevSentence !== undefined && prevSentence.end <= to && indexesStartingIn(doc.cues, prevSentence.start, prevSentence.end).length > 0 &&
    /^[\s,.;:!?–—-]*$/u.test(text.slice(prevSentence.end, to));
}

/**
 * A quote-only sentence or paragraph after the last speaker: after their quotation (`quote-run`) or after
 * reported speech (`Ms Price said the plan would fail. "It cannot work."`, `after-reported`),
 * whichever is nearer, provided no one else is named or speaks in between.
 */
function quoteRun(doc: Readonly<Doc>, q: Quotation, n: number, top: readonly Quotation[], sentenceOf: readonly (Sentence | undefined)[],
  byQuote: ReadonlyMap<number, Attribution>): Decision | null {
  const quoted = lastQuotedSpeaker(q, n, top, sentenceOf, byQuote);
  const reported = lastReportedSpeaker(doc, q);
  // A cue in the sentence of that quotation is its attribution (`“…,” Jane Roe said.`), not reported speech.
  const useReported = reported !== null && (quoted === null || (reported.at > quoted.at && reported.at > quoted.sentenceEnd));
  const event = useReported ? reported : quoted;
  if (!event || someoneElseBetween(doc, event.at, q.outer.start, event.speaker)) return null;
  return useReported
    ? { speaker: event.speaker, cue: event.cue, rule: 'after-reported', reason: `follows reported speech by ${event.speaker.name}, with no one else named between`, confidence: round(event.confidence * 0.7) }
    : { speaker: event.speaker, cue: event.cue, rule: 'quote-run', reason: `a quote-only paragraph after ${event.speaker.name}'s quotation, with no one else named between`, confidence: round(event.confidence * 0.75) };
}

interface SpeakerEvent {
  readonly at: number;
  /** End of the sentence the event happens in. */
  readonly sentenceEnd: number;
  readonly speaker: CueSpeaker;
  readonly cue: Span | null;
  readonly confidence: number;
}

function lastQuotedSpeaker(q: Quotation, n: number, top: readonly Quotation[], sentenceOf: readonly (Sentence | undefined)[],
  byQuote: ReadonlyMap<number, Attribution>): SpeakerEvent | null {
  for (let k = n - 1; k >= Math.max(0, n - RUN_QUOTES); k--) {
    const prev = top[k]!;
    if (q.paragraph - prev.paragraph > RUN_PARAGRAPHS) return null;
    const a = byQuote.get(prev.index);
    if (a?.speaker && a.type !== 'scare') {
      return { at: prev.outer.end, sentenceEnd: Math.max(sentenceOf[k]?.end ?? 0, prev.outer.end), speaker: a.speaker, cue: a.cue, confidence: a.confidence };
    }
  }
  return null;
}

/** The nearest cue with a speaker in the sentences before the quotation's, in this paragraph or the one before. */
function lastReportedSpeaker(doc: Readonly<Doc>, q: Quotation): SpeakerEvent | null {
  for (let c = firstStartingAt(doc.cues, q.outer.start) - 1, seen = 0; c >= 0 && seen < RUN_QUOTES; c--, seen++) {
    const cue = doc.cues[c]!;
    const paragraph = doc.sentences[cue.sentence]!.paragraph;
    if (q.paragraph - paragraph > 1) return null;
    const speaker = doc.cueSpeakers[c];
    if (speaker && doc.sentences[cue.sentence]!.end <= q.outer.start) return { at: cue.end, sentenceEnd: doc.sentences[cue.sentence]!.end, speaker, cue: { start: cue.start, end: cue.end }, confidence: speaker.confidence };
  }
  return null;
}

function someoneElseBetween(doc: Readonly<Doc>, from: number, to: number, speaker: CueSpeaker): boolean {
  const otherNamed = indexesStartingIn(doc.mentions, from, to).some((i) => {
    const m = doc.mentions[i]!;
    return m.kind === 'name' && !m.insideQuote && doc.entities[doc.mentionEntity[i] ?? -1]?.kind === 'person' && doc.mentionEntity[i] !== speaker.entity;
  });
  return otherNamed || indexesStartingIn(doc.cues, from, to).some((i) => doc.cueSpeakers[i] && doc.cueSpeakers[i]!.name !== speaker.name);
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

export const attributionPass: Pass = {
  name: 'attribution',
  run: (doc) => ({ attributions: attribute(doc) }),
};
