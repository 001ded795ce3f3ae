/**
 * What a quotation looks like in its sentence:
 *   sentence  the speaker's own sentence(s): it opens its sentence, follows a colon or a cue and
 *             comma, or continues a multi-paragraph quotation;
 *   label     a quoted term, not speech: `was rated ‘inadequate’`, `an ‘inadequate’ rating`, a
 *             crosshead such as `‘Incredibly worrying’` on a line of its own;
 *   fragment  anything else: quoted words inside the writer's sentence.
 */
import type { Doc, QuoteShape, Quotation, Sentence } from '../model/document.js';
import { NAMING_VERBS } from '../lexicon/speech-verbs.js';
import type { Pass } from './pass.js';

const TERMINAL = /[.!?…]["'”’)\]]*$/u;
const FUNCTION_WORDS = new Set([
  'of', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'about', 'from', 'and', 'or', 'but', 'that', 'which', 'who',
  'is', 'was', 'are', 'were', 'as', 'than', 'into', 'over', 'after', 'before', 'because', 'if', 'when', 'while',
  'it', 'he', 'she', 'they', 'we', 'this', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'since',
]);
// Not `that`: after a verb it introduces a clause (`saying that “bombastic comments” do harm`).
const MODIFIER_DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our']);

export function quoteShape(text: string, q: Quotation, sentence: Sentence | undefined, isOnlyThingInParagraph: boolean): QuoteShape {
  const content = text.slice(q.start, q.end);
  const words = content.split(/\s+/).filter(Boolean);
  if (q.continues !== null) return 'sentence';
  if (isOnlyThingInParagraph && !TERMINAL.test(content) && !/[,;:]$/.test(content) && words.length <= 6) return 'label';
  const before = sentence ? text.slice(sentence.start, q.outer.start) : '';
  const after = sentence ? text.slice(q.outer.end, sentence.end) : '';
  const prevWords = before.trim().split(/\s+/).filter(Boolean);
  const prevWord = (prevWords.at(-1) ?? '').toLowerCase();
  const nextWord = (after.trim().split(/\s+/)[0] ?? '').toLowerCase();

  if (/(^|[\s(])so-called$/i.test(before.trimEnd()) || NAMING_VERBS.has(prevWord) || prevWords.slice(-3).some((w) => NAMING_VERBS.has(w.toLowerCase())) && words.length <= 3) return 'label';
  // `an ‘inadequate’ rating`: a short quoted modifier between a determiner and a noun.
  if (words.length <= 2 && MODIFIER_DETERMINERS.has(prevWord) && /^\p{Ll}+$/u.test(nextWord) && !FUNCTION_WORDS.has(nextWord)) return 'label';

  const opensSentence = before.trim() === '' || /[:–—-]\s*$/.test(before);
  if (opensSentence) return 'sentence';
  // `he said, "We will …"`: a full sentence after a comma.
  if (/,\s*$/.test(before) && /^\p{Lu}/u.test(content) && words.length >= 3) return 'sentence';
  return 'fragment';
}

export const quoteShapesPass: Pass = {
  name: 'quote-shapes',
  run(doc) {
    const sentenceAt = sentenceFinder(doc.sentences);
    const quoteShapes = doc.quotations.map((q) => {
      const para = doc.paragraphs[q.paragraph]!;
      const only = q.outer.start === para.start && (q.outer.end === para.end || /^[\s.,!?]*$/.test(doc.source.text.slice(q.outer.end, para.end)));
      return quoteShape(doc.source.text, q, sentenceAt(q.outer.start), only);
    });
    return { quoteShapes };
  },
};

/** Sentence containing an offset; queries must come in increasing order. */
export function sentenceFinder(sentences: readonly Sentence[]): (offset: number) => Sentence | undefined {
  let i = 0;
  return (offset) => {
    while (i < sentences.length && sentences[i]!.end <= offset) i++;
    const s = sentences[i];
    return s && s.start <= offset ? s : undefined;
  };
}
