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
const TOKEN = /[\p{L}\p{N}\p{M}]+(?:['’\-.&][\p{L}\p{N}\p{M}]+)*|[^\s]/gu;

export function tokenize(text: string, range: Span): RawToken[] {
  const out: RawToken[] = [];
  const slice = text.slice(range.start, range.end);
  for (const m of slice.matchAll(TOKEN)) {
    const start = range.start + m.index;
    const word = /[\p{L}\p{N}]/u.test(m[0][0]!);
    out.push({ start, end: start + m[0].length, text: m[0], isWord: word });
  }
  return out;
}

