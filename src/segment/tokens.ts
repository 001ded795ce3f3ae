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

const isAsciiAlnum = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/**
 * Punctuation beyond ASCII common in news text: curly quotes, dashes, the ellipsis and guillemets.
 * None is a letter, a digit or a mark, so each is a token of its own and ends a word before it.
 */
const isCommonPunctuation = (c: number): boolean => (c >= 0x2013 && c <= 0x201e) || c === 0x2026 || c === 0xab || c === 0xbb;

/**
 * Where the token at `i` ends, as TOKEN would match it, when that needs no Unicode class: a run of
 * ASCII letters and digits (with `'`, `-`, `.`, `&` or `’` between two of them), or one punctuation
 * mark (ASCII or isCommonPunctuation). -1 when another character beyond ASCII takes part, which
 * only the expression can judge (`\p{L}`). Nearly every token of news text is answered here.
 */
function plainTokenEnd(text: string, i: number, c: number): number {
  if (c >= 128) return isCommonPunctuation(c) ? i + 1 : -1;
  if (!isAsciiAlnum(c)) return i + 1;
  let j = i + 1;
  for (;;) {
    let d = text.charCodeAt(j);
    while (isAsciiAlnum(d)) d = text.charCodeAt(++j);
    if (d === 39 || d === 45 || d === 46 || d === 38 || d === 0x2019) {
      const e = text.charCodeAt(j + 1);
      if (isAsciiAlnum(e)) {
        j += 1;
        continue;
      }
      if (e >= 128) return -1; // a letter or a mark beyond ASCII may continue the word
      return j;
    }
    // Past the run: a character beyond ASCII that is not common punctuation may be a letter or a mark.
    return d >= 128 && !isCommonPunctuation(d) ? -1 : j;
  }
}

/** A token is a word when its first character is a letter or a digit (the common ones answered without a regex). */
function startsWord(c: number, token: string): boolean {
  return c < 128 ? isAsciiAlnum(c) : !isCommonPunctuation(c) && WORD_START.test(token);
}

/** Receives the tokens, one call each. */
export interface TokenSink {
  token(start: number, end: number, text: string, isWord: boolean): void;
}

/**
 * Hand each token of `text[range)` to `sink`, in order. White space is skipped by hand; a plain
 * token (plainTokenEnd) is read by hand too, any other is matched in place with the sticky expression
 * (`test` and `lastIndex`: no match array per token, no copy of the range). A word that would run
 * past `range.end` is cut there, as if the range were the whole text.
 */
export function tokenize(text: string, range: Span, sink: TokenSink): void {
  let i = range.start;
  while (i < range.end) {
    const c = text.charCodeAt(i);
    if (isWhiteSpace(c)) {
      i++;
      continue;
    }
    let end = plainTokenEnd(text, i, c);
    if (end < 0) {
      TOKEN.lastIndex = i;
      // Every non-space character matches, at least as `\S` (a lone surrogate too).
      TOKEN.test(text);
      end = TOKEN.lastIndex;
    }
    if (end > range.end) {
      tokenize(text.slice(0, range.end), { start: i, end: range.end }, sink);
      return;
    }
    const token = text.slice(i, end);
    sink.token(i, end, token, startsWord(c, token));
    i = end;
  }
}
