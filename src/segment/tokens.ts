import type { Span } from '../model/span.js';
import { isWhiteSpace } from './white-space.js';

/**
 * Words and punctuation of a range. A word keeps inner apostrophes, hyphens, periods and ampersands
 * (`children’s`, `O'Neill`, `well-known`, `U.S`, `AT&T`); every other non-space character is its own token.
 * Each alternative consumes at least one character and the repeated group needs a separator, so the
 * scan is linear.
 */
const TOKEN = /[\p{L}\p{N}\p{M}]+(?:['’\-.&][\p{L}\p{N}\p{M}]+)*|\S/uy;
const WORD_START = /^[\p{L}\p{N}]/u;

/** A token is a word when its first character is a letter or a digit (ASCII answered without a regex). */
function startsWord(c: number, token: string): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return WORD_START.test(token);
}


export type TokenSink = (start: number, end: number, text: string, isWord: boolean) => void;

/**
 * Hand each token of `text[range)` to `emit`, in order. White space is skipped by hand and each
 * token matched in place with a sticky expression (`test` and `lastIndex`, so no match array is
 * made per token, and no copy of the range); a word that would run past `range.end` is cut
 * there, as if the range were the whole text.
 */
export function tokenize(text: string, range: Span, emit: TokenSink): void {
  let i = range.start;
  while (i < range.end) {
    const c = text.charCodeAt(i);
    if (isWhiteSpace(c)) {
      i++;
      continue;
    }
    TOKEN.lastIndex = i;
    // Every non-space character matches, at least as `\S` (a lone surrogate too).
    TOKEN.test(text);
    const end = TOKEN.lastIndex;
    if (end > range.end) {
      tokenize(text.slice(0, range.end), { start: i, end: range.end }, emit);
      return;
    }
    const token = text.slice(i, end);
    emit(i, end, token, startsWord(c, token));
    i = end;
  }
}
