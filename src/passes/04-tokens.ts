import type { Quotation, Token } from '../model/document.js';
import { type TokenSink, tokenize } from '../segment/tokens.js';
import type { Pass } from './pass.js';

/**
 * Most words are lower-case ASCII already: they are kept as they are rather than copied by
 * toLowerCase (a check costs half of a copy, and the copy would be garbage to collect). Most of
 * the rest are ASCII with one capital first (`The`, `Smith`): their first letter is lowered by
 * hand. toLowerCase goes through ICU for a string stored two bytes a character, as every word of
 * an article with a curly quote in it is, and that was 2.5% of a run's instructions.
 */
function lowerCase(word: string): string {
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return word.toLowerCase();
  }
  const first = word.charCodeAt(0);
  if (first >= 128) return word.toLowerCase();
  return first >= 65 && first <= 90 ? String.fromCharCode(first + 32) + word.slice(1) : word;
}

/**
 * Collects one article's tokens, marking each with its sentence and the top-level quotation it lies
 * in. (A class, not a closure made per article: V8 drops a closure's optimised code at each full
 * collection once no closure of it is alive, and this runs for every token.)
 */
class TokenCollector implements TokenSink {
  readonly tokens: Token[] = [];
  sentence = 0;
  private q = 0;

  constructor(private readonly top: readonly Quotation[]) {}

  token(start: number, end: number, text: string, isWord: boolean): void {
    const top = this.top;
    while (this.q < top.length && top[this.q]!.outer.end <= start) this.q++;
    const q = top[this.q];
    const inside = q !== undefined && q.outer.start <= start && end <= q.outer.end;
    this.tokens.push({ start, end, text, isWord, lower: isWord ? lowerCase(text) : text, sentence: this.sentence, quote: inside ? q.index : null });
  }
}

/** Words and punctuation of every sentence, each marked with the top-level quotation it lies in. */
export const tokensPass: Pass = {
  name: 'tokens',
  run(doc) {
    const collector = new TokenCollector(doc.quotations.filter((q) => q.depth === 0));
    for (const s of doc.sentences) {
      collector.sentence = s.index;
      tokenize(doc.source.text, s, collector);
    }
    return { tokens: collector.tokens };
  },
};
