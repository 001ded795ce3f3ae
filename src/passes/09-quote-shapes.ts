/**
 * What a quotation looks like in its sentence:
 *   sentence  the speaker's own sentence(s): it opens its sentence, follows a colon or a cue and
 *             comma, or continues a multi-paragraph quotation;
 *   label     a quoted term, not speech: `was rated ‘inadequate’`, `an ‘inadequate’ rating`, a
 *             crosshead such as `‘Deeply troubling’` on a line of its own;
 *   fragment  anything else: quoted words inside the writer's sentence.
 */
import type { QuoteShape, Quotation, Sentence } from '../model/document.js';
import { NAMING_VERBS } from '../lexicon/speech-verbs.js';
import { isBlankBetween } from '../model/span.js';
import { isWhiteSpace } from '../segment/white-space.js';
import type { Pass } from './pass.js';

const CONTEXT = 120;
/** A crosshead or label in quote marks is short. */
const MAX_LABEL_WORDS = 6;
const TERMINAL = /[.!?…]["'”’)\]]*$/u;
const FUNCTION_WORDS = new Set([
  'of', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'about', 'from', 'and', 'or', 'but', 'that', 'which', 'who',
  'is', 'was', 'are', 'were', 'as', 'than', 'into', 'over', 'after', 'before', 'because', 'if', 'when', 'while',
  'it', 'he', 'she', 'they', 'we', 'this', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'since',
]);
// Not `that`: after a verb it introduces a clause (`saying that “loose words” cost votes`).
const MODIFIER_DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our']);

export function quoteShape(text: string, q: Quotation, sentence: Sentence | undefined, isOnlyThingInParagraph: boolean): QuoteShape {
  if (q.continues !== null) return 'sentence';
  // The first few words and the last characters decide the shape; bounded slices keep this linear.
  const content = text.slice(q.start, Math.min(q.end, q.start + CONTEXT));
  const ending = text.slice(Math.max(q.start, q.end - 4), q.end);
  const wordCount = countWords(content, MAX_LABEL_WORDS + 1);
  if (isOnlyThingInParagraph && !TERMINAL.test(ending) && !/[,;:]$/.test(ending) && wordCount <= MAX_LABEL_WORDS) return 'label';
  // Only the words next to the quotation matter; a bounded window keeps the pass linear.
  const before = sentence ? text.slice(Math.max(sentence.start, q.outer.start - CONTEXT), q.outer.start) : '';
  const after = sentence ? text.slice(q.outer.end, Math.min(sentence.end, q.outer.end + CONTEXT)) : '';
  const prevWords = lastWords(before, 3);
  const prevWord = (prevWords.at(-1) ?? '').toLowerCase();
  const nextWord = (firstWords(after, 1)[0] ?? '').toLowerCase();

  if (/(^|[\s(])so-called$/i.test(before.trimEnd()) || NAMING_VERBS.has(prevWord) || prevWords.some((w) => NAMING_VERBS.has(w.toLowerCase())) && wordCount <= 3) return 'label';
  // `an ‘inadequate’ rating`: a short quoted modifier between a determiner and a noun.
  if (wordCount <= 2 && MODIFIER_DETERMINERS.has(prevWord) && /^\p{Ll}+$/u.test(nextWord) && !FUNCTION_WORDS.has(nextWord)) return 'label';

  const opensSentence = (sentence !== undefined && isBlankBetween(text, sentence.start, q.outer.start)) || /[:–—-]\s*$/.test(before);
  if (opensSentence) return 'sentence';
  // `he said, "We will …"`: a full sentence after a comma.
  if (/,\s*$/.test(before) && /^\p{Lu}/u.test(content) && wordCount >= 3) return 'sentence';
  return 'fragment';
}

/** How many words (runs of non-space characters) `s` has, counting no further than `max`. */
function countWords(s: string, max: number): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length && n <= max; i++) {
    const space = isWhiteSpace(s.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return Math.min(n, max);
}

/** The first `max` words (runs of non-space characters) of `s`: no split of the whole string, as this runs for every quotation. */
function firstWords(s: string, max: number): string[] {
  const out: string[] = [];
  let start = 0;
  while (out.length < max) {
    while (start < s.length && isWhiteSpace(s.charCodeAt(start))) start++;
    if (start === s.length) break;
    let end = start;
    while (end < s.length && !isWhiteSpace(s.charCodeAt(end))) end++;
    out.push(s.slice(start, end));
    start = end;
  }
  return out;
}

/** The last `max` words of `s`, in text order. */
function lastWords(s: string, max: number): string[] {
  const out: string[] = [];
  let end = s.length;
  while (out.length < max) {
    while (end > 0 && isWhiteSpace(s.charCodeAt(end - 1))) end--;
    if (end === 0) break;
    let start = end;
    while (start > 0 && !isWhiteSpace(s.charCodeAt(start - 1))) start--;
    out.unshift(s.slice(start, end));
    end = start;
  }
  return out;
}

export const quoteShapesPass: Pass = {
  name: 'quote-shapes',
  run(doc) {
    const sentences = new SentenceCursor(doc.sentences);
    // Nested quotations are part of the quotation around them and get no shape of their own.
    const quoteShapes: QuoteShape[] = [];
    for (const q of doc.quotations) {
      if (q.depth > 0) {
        quoteShapes.push('fragment');
        continue;
      }
      const para = doc.paragraphs[q.paragraph]!;
      const only = q.outer.start === para.start && para.end - q.outer.end <= 3 && /^[\s.,!?]*$/.test(doc.source.text.slice(q.outer.end, para.end));
      quoteShapes.push(quoteShape(doc.source.text, q, sentences.at(q.outer.start), only));
    }
    return { quoteShapes };
  },
};

/**
 * The sentence containing an offset, for offsets asked in increasing order. (A class, not a closure:
 * V8 keeps the optimised code of a method, and drops a per-article closure's at each full collection.)
 */
export class SentenceCursor {
  private i = 0;

  constructor(private readonly sentences: readonly Sentence[]) {}

  at(offset: number): Sentence | undefined {
    while (this.i < this.sentences.length && this.sentences[this.i]!.end <= offset) this.i++;
    const s = this.sentences[this.i];
    return s && s.start <= offset ? s : undefined;
  }
}
