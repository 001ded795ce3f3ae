import type { Token } from '../model/document.js';
import { tokenize } from '../segment/tokens.js';
import type { Pass } from './pass.js';

/** Words and punctuation of every sentence, each marked with the top-level quotation it lies in. */
export const tokensPass: Pass = {
  name: 'tokens',
  run(doc) {
    const top = doc.quotations.filter((q) => q.depth === 0);
    const tokens: Token[] = [];
    let q = 0;
    for (const sentence of doc.sentences) {
      for (const t of tokenize(doc.source.text, sentence)) {
        while (q < top.length && top[q]!.outer.end <= t.start) q++;
        const inside = q < top.length && top[q]!.outer.start <= t.start && t.end <= top[q]!.outer.end;
        tokens.push({ start: t.start, end: t.end, text: t.text, isWord: t.isWord, lower: t.text.toLowerCase(), sentence: sentence.index, quote: inside ? top[q]!.index : null });
      }
    }
    return { tokens };
  },
};
