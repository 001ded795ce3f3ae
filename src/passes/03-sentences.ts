import type { Sentence } from '../model/document.js';
import type { Span } from '../model/span.js';
import { splitSentences } from '../segment/sentences.js';
import type { Pass } from './pass.js';

/** Sentences never end inside a quotation: `"A. B," he said.` is one sentence, with its attribution. */
export const sentencesPass: Pass = {
  name: 'sentences',
  run(doc) {
    const protectedSpans: Span[] = [];
    for (const q of doc.quotations) if (q.depth === 0) protectedSpans.push(q.outer);
    const sentences: Sentence[] = [];
    let from = 0;
    for (const para of doc.paragraphs) {
      while (from < protectedSpans.length && protectedSpans[from]!.end <= para.start) from++;
      let to = from;
      while (to < protectedSpans.length && protectedSpans[to]!.start < para.end) to++;
      for (const s of splitSentences(doc.source.text, para, protectedSpans.slice(from, to))) {
        sentences.push({ start: s.start, end: s.end, index: sentences.length, paragraph: para.index });
      }
    }
    return { sentences };
  },
};
