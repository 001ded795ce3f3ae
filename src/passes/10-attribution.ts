/**
 * Give each top-level quotation its type and speaker. Rules, tried in order:
 *   label         a quoted term (scare quote): no speaker
 *   same-sentence a cue in the quote's own sentence (`“…,” X said`, `X said: “…”`, `said X`)
 *   trailing      `“…?” Hannity pressed.`: a question or exclamation ends the sentence, the next short
 *                 sentence right after it is the attribution
 *   dash          `“…” – X`
 *   colon-name    a headline or Q&A layout: `Carly Fiorina: ‘Bill Clinton's fair game.’`
 *   continuation  a later paragraph of a multi-paragraph quotation, or a quotation that picks up after
 *                 an interjection: the speaker of the part before
 *   colon-lead-in the sentence before ends with a colon and has a cue (`The mayor said:`)
 *   adjacent      a quote-only sentence next to another quotation of the same paragraph with a speaker
 *   quote-run     a quote-only paragraph after the last speaker's quotation, with no one else named between
 * Otherwise a quotation stays unattributed rather than guessed; a fragment with no speaker is a scare quote.
 */
import type { Attribution, CueSpeaker, Doc, Quotation, Sentence } from '../model/document.js';
import type { Span } from '../model/span.js';
import { sentenceFinder } from './09-quote-shapes.js';
import type { Pass } from './pass.js';

const RUN_PARAGRAPHS = 2;

export function attribute(doc: Readonly<Doc>): Attribution[] {
  const top = doc.quotations.filter((q) => q.depth === 0);
  const sentenceAt = sentenceFinder(doc.sentences);
  const byQuote = new Map<number, Attribution>();
  const out: Attribution[] = [];
  const sentenceOf = top.map((q) => sentenceAt(q.outer.start));

  top.forEach((q, n) => {
    const a = decide(doc, q, sentenceOf[n], n, top, sentenceOf, byQuote);
    byQuote.set(q.index, a);
    out.push(a);
  });
  return out;
}

type Decision = Omit<Attribution, 'quote' | 'type'>;

function decide(doc: Readonly<Doc>, q: Quotation, s: Sentence | undefined, n: number, top: readonly Quotation[],
  sentenceOf: readonly (Sentence | undefined)[], byQuote: ReadonlyMap<number, Attribution>): Attribution {
  const shape = doc.quoteShapes[q.index]!;
  const result = (type: Attribution['type'], d: Decision): Attribution => ({ quote: q.index, type, ...d });
  const none = (rule: string, reason: string): Decision => ({ speaker: null, cue: null, rule, reason, confidence: 0.6 });

  if (shape === 'label') return result('scare', none('label', 'a quoted term or heading, not speech'));

  const own = s ? sameSentence(doc, q, s, shape) : null;
  if (own) return result(shape === 'fragment' ? 'mixed' : 'direct', own);
  if (shape === 'fragment') return result('scare', none('no-cue', 'quoted words with no speech cue in their sentence'));

  const d = (s ? trailing(doc, q, s) : null)
    ?? dash(doc, q, s)
    ?? (s ? colonName(doc, q, s) : null)
    ?? continuation(q, byQuote)
    ?? colonLeadIn(doc, q, s)
    ?? adjacent(doc, q, n, top, sentenceOf, byQuote)
    ?? quoteRun(doc, q, n, top, byQuote);
  return result('direct', d ?? { ...none('unattributed', 'no cue in its sentence and no speaker to carry over'), confidence: 0.5 });
}

function cueSpan(doc: Readonly<Doc>, c: number): Span {
  return { start: doc.cues[c]!.start, end: doc.cues[c]!.end };
}

function fromCue(doc: Readonly<Doc>, c: number, speaker: CueSpeaker, rule: string, confidence: number, why: string): Decision {
  return { speaker, cue: cueSpan(doc, c), rule, reason: `${why}: ${speaker.reason}`, confidence: round(confidence) };
}

/** Cues in the quote's sentence, nearest first on the side the layout favours. */
function sameSentence(doc: Readonly<Doc>, q: Quotation, s: Sentence, shape: string): Decision | null {
  const inSentence: number[] = [];
  for (let c = 0; c < doc.cues.length; c++) if (doc.cues[c]!.sentence === s.index) inSentence.push(c);
  const before = inSentence.filter((c) => doc.cues[c]!.end <= q.outer.start).reverse();
  const after = inSentence.filter((c) => doc.cues[c]!.start >= q.outer.end);
  const opens = doc.source.text.slice(s.start, q.outer.start).trim() === '';
  const order = shape === 'sentence' && opens ? [...after, ...before] : [...before, ...after];
  for (const c of order) {
    const speaker = doc.cueSpeakers[c];
    if (speaker) return fromCue(doc, c, speaker, 'same-sentence', speaker.confidence, 'speech cue in the same sentence');
  }
  return null;
}

/** `“Would it be negotiable?” Hannity pressed.` The sentence splitter ends a sentence after `?”`. */
function trailing(doc: Readonly<Doc>, q: Quotation, s: Sentence): Decision | null {
  const next = doc.sentences[s.index + 1];
  if (!next || next.paragraph !== s.paragraph || doc.source.text.slice(s.end, next.start).trim() !== '' ||
    doc.source.text.slice(q.outer.end, s.end).trim() !== '' || !/[?!]["'”’]*$/u.test(doc.source.text.slice(q.outer.start, q.outer.end))) return null;
  for (let c = 0; c < doc.cues.length; c++) {
    const cue = doc.cues[c]!;
    if (cue.sentence !== next.index) continue;
    const wordsBefore = doc.source.text.slice(next.start, cue.start).trim().split(/\s+/).filter(Boolean).length;
    const speaker = doc.cueSpeakers[c];
    if (speaker && wordsBefore <= 4) return fromCue(doc, c, speaker, 'trailing', speaker.confidence * 0.9, 'the attribution follows the question or exclamation');
    if (cue.start > next.start) break;
  }
  return null;
}

/** `Carly Fiorina: ‘Bill Clinton's fair game.’` — a name, a colon, the quotation. */
function colonName(doc: Readonly<Doc>, q: Quotation, s: Sentence): Decision | null {
  const before = doc.source.text.slice(s.start, q.outer.start);
  const colon = /:\s*$/.exec(before);
  if (!colon) return null;
  const end = s.start + before.trimEnd().length - 1;
  const i = doc.mentions.findIndex((m) => m.kind === 'name' && !m.insideQuote && m.end === end && m.start >= s.start);
  const entity = i >= 0 ? doc.mentionEntity[i] ?? null : null;
  if (entity === null || /[a-z]/.test(doc.source.text.slice(s.start, doc.mentions[i]!.start).replace(/\b(of|and|the|for)\b/g, ''))) return null;
  const e = doc.entities[entity]!;
  const mention = doc.mentions[i]!;
  return {
    speaker: { entity, name: e.name, kind: e.kind, role: e.role, mention: { start: mention.start, end: mention.end }, how: 'name', confidence: 0.8, reason: 'a name and a colon before the quotation' },
    cue: null, rule: 'colon-name', reason: 'a name and a colon introduce the quotation', confidence: 0.8,
  };
}

/** `“…” – Jane Smith` */
function dash(doc: Readonly<Doc>, q: Quotation, s: Sentence | undefined): Decision | null {
  if (!s) return null;
  const after = doc.source.text.slice(q.outer.end, s.end);
  const m = /^\s*[,.]?\s*(?:[–—]|--?)\s*/u.exec(after);
  if (!m) return null;
  const at = q.outer.end + m[0].length;
  const i = doc.mentions.findIndex((x) => x.kind === 'name' && !x.insideQuote && x.start >= at && x.start <= at + 12);
  const entity = i >= 0 ? doc.mentionEntity[i] ?? null : null;
  if (entity === null) return null;
  const e = doc.entities[entity]!;
  const mention = doc.mentions[i]!;
  return {
    speaker: { entity, name: e.name, kind: e.kind, role: e.role, mention: { start: mention.start, end: mention.end }, how: 'name', confidence: 0.85, reason: `name after a dash` },
    cue: null, rule: 'dash', reason: 'a name after a dash closes the quotation', confidence: 0.85,
  };
}

function continuation(q: Quotation, byQuote: ReadonlyMap<number, Attribution>): Decision | null {
  if (q.continues === null) return null;
  const prev = byQuote.get(q.continues);
  if (!prev?.speaker) return null;
  const confidence = (prev.confidence ?? 0.9) * (q.afterInterjection ? 0.85 : 0.95);
  const why = q.afterInterjection
    ? `continues the quotation of ${prev.speaker.name} left open before the paragraph in between`
    : `continues the quotation of ${prev.speaker.name} from the paragraph before`;
  return { speaker: prev.speaker, cue: prev.cue, rule: 'continuation', reason: why, confidence: round(confidence) };
}

/** `The mayor said:` ending the sentence or paragraph before a quote-only sentence. */
function colonLeadIn(doc: Readonly<Doc>, q: Quotation, s: Sentence | undefined): Decision | null {
  if (!s || doc.source.text.slice(s.start, q.outer.start).trim() !== '') return null;
  const prev = doc.sentences[s.index - 1];
  if (!prev || !/:\s*$/.test(doc.source.text.slice(prev.start, prev.end))) return null;
  for (let c = doc.cues.length - 1; c >= 0; c--) {
    if (doc.cues[c]!.sentence !== prev.index) continue;
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
  return prevSentence !== undefined && prevSentence.end <= to && doc.cues.some((c) => c.sentence === prevSentence.index) &&
    /^[\s,.;:!?–—-]*$/u.test(text.slice(prevSentence.end, to));
}

/** A quote-only paragraph following the last quoted speaker, with no one else named in between. */
function quoteRun(doc: Readonly<Doc>, q: Quotation, n: number, top: readonly Quotation[], byQuote: ReadonlyMap<number, Attribution>): Decision | null {
  for (let k = n - 1; k >= 0; k--) {
    const prev = top[k]!;
    if (q.paragraph - prev.paragraph > RUN_PARAGRAPHS) return null;
    const a = byQuote.get(prev.index);
    if (!a?.speaker || a.type === 'scare') continue;
    const from = prev.outer.end;
    const otherNamed = doc.mentions.some((m, i) => m.kind === 'name' && !m.insideQuote && m.start >= from && m.end <= q.outer.start &&
      doc.entities[doc.mentionEntity[i] ?? -1]?.kind === 'person' && doc.mentionEntity[i] !== a.speaker!.entity);
    const otherSpeaker = doc.cues.some((c, i) => c.start >= from && c.end <= q.outer.start && doc.cueSpeakers[i] && doc.cueSpeakers[i]!.name !== a.speaker!.name);
    if (otherNamed || otherSpeaker) return null;
    return { speaker: a.speaker, cue: a.cue, rule: 'quote-run', reason: `a quote-only paragraph after ${a.speaker.name}'s quotation, with no one else named between`, confidence: round(a.confidence * 0.75) };
  }
  return null;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

export const attributionPass: Pass = {
  name: 'attribution',
  run: (doc) => ({ attributions: attribute(doc) }),
};
