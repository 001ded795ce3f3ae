import type { Token } from '../model/document.js';
import { tokenize } from '../segment/tokens.js';
import type { Pass } from './pass.js';

/**
 * Most words are lower-case ASCII already: they are kept as they are rather than copied by
 * toLowerCase (a check costs half of a copy, and the copy would be garbage to collect).
 */
function lowerCase(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return word.toLowerCase();
  }
  return word;
}

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
      tokens.push({ start, end, text, isWord, lower: isWord ? lowerCase(text) : text, sentence, quote: inside ? top[q]!.index : null });
    };
    for (const s of doc.sentences) {
      sentence = s.index;
      tokenize(doc.source.text, s, add);
    }
    return { tokens };
  },
};
