import type { Span } from '../model/span.js';

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

export type TokenSink = (start: number, end: number, text: string, isWord: boolean) => void;

/**
 * Hand each token of `text[range)` to `emit`, in order. The scan runs on the whole text from
 * `range.start` (no copy of the range); a word that would run past `range.end` is cut there, as if
 * the range were the whole text.
 */
export function tokenize(text: string, range: Span, emit: TokenSink): void {
  TOKEN.lastIndex = range.start;
  for (let m = TOKEN.exec(text); m !== null && m.index < range.end; m = TOKEN.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (end > range.end) {
      tokenize(text.slice(0, range.end), { start, end: range.end }, emit);
      return;
    }
    emit(start, end, m[0], startsWord(m[0]));
  }
}
