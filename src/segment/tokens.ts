import type { Span } from '../model/span.js';

export interface RawToken extends Span {
  readonly text: string;
  readonly isWord: boolean;
}

/**
 * Words and punctuation of a range. A word keeps inner apostrophes, hyphens, periods and ampersands
 * (`children’s`, `O'Neill`, `well-known`, `U.S`, `AT&T`); every other non-space character is its own token.
 * Each alternative consumes at least one character and the repeated group needs a separator, so the
 * scan is linear.
 */
const TOKEN = /[\p{L}\p{N}\p{M}]+(?:['’\-.&][\p{L}\p{N}\p{M}]+)*|\S/gu;
const WORD_START = /^[\p{L}\p{N}]/u;

/** A token is a word when its first character is a letter or a digit (ASCII answered without a regex). */
function startsWord(token: string): boolean {
  const c = token.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return WORD_START.test(token);
}

export function tokenize(text: string, range: Span): RawToken[] {
  const out: RawToken[] = [];
  const slice = text.slice(range.start, range.end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m !== null; m = TOKEN.exec(slice)) {
    const start = range.start + m.index;
    out.push({ start, end: start + m[0].length, text: m[0], isWord: startsWord(m[0]) });
  }
  return out;
}
