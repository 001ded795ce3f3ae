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
    let sentence = 0;
    const add = (start: number, end: number, text: string, isWord: boolean) => {
      while (q < top.length && top[q]!.outer.end <= start) q++;
      const inside = q < top.length && top[q]!.outer.start <= start && end <= top[q]!.outer.end;
      // Words are mostly lower case already; toLowerCase then returns the same string without copying.
      tokens.push({ start, end, text, isWord, lower: isWord ? text.toLowerCase() : text, sentence, quote: inside ? top[q]!.index : null });
    };
    for (const s of doc.sentences) {
      sentence = s.index;
      tokenize(doc.source.text, s, add);
    }
    return { tokens };
  },
};
