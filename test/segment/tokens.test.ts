/**
 * The tokenizer (src/segment/tokens.ts) scans in place with a sticky expression; this checks it
 * against the plain reading of its rule (every match of the token expression in a copy of the range)
 * on hand-picked cases and on random text with surrogates, odd spaces and ranges that cut words.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Span } from '../../src/model/span.js';
import { tokenize } from '../../src/segment/tokens.js';

type Seen = [number, number, string, boolean];

function tokens(text: string, range: Span = { start: 0, end: text.length }): Seen[] {
  const out: Seen[] = [];
  tokenize(text, range, { token: (start, end, t, isWord) => out.push([start, end, t, isWord]) });
  return out;
}

/** The rule as stated: the matches of one expression in the range, words starting with a letter or digit. */
function reference(text: string, range: Span): Seen[] {
  const slice = text.slice(range.start, range.end);
  return [...slice.matchAll(/[\p{L}\p{N}\p{M}]+(?:['’\-.&][\p{L}\p{N}\p{M}]+)*|\S/gu)].map((m) => {
    const start = range.start + m.index;
    return [start, start + m[0].length, m[0], /^[\p{L}\p{N}]/u.test(m[0])];
  });
}

describe('tokenize', () => {
  it('keeps inner apostrophes, hyphens, periods and ampersands inside words', () => {
    expect(tokens('O’Neill’s well-known U.S. AT&T deal, 9.5%').map((t) => t[2])).toEqual(['O’Neill’s', 'well-known', 'U.S', '.', 'AT&T', 'deal', ',', '9.5', '%']);
  });

  it('skips every kind of white space, and gives offsets into the whole text', () => {
    expect(tokens('a\u00a0b\u2009c\u3000d\ufeffe\n\tf', { start: 2, end: 11 })).toEqual([[2, 3, 'b', true], [4, 5, 'c', true], [6, 7, 'd', true], [8, 9, 'e', true]]);
  });

  it('cuts a word at the end of the range as if the text ended there', () => {
    expect(tokens('U.S.A. now', { start: 0, end: 4 }).map((t) => t[2])).toEqual(['U.S', '.']);
    expect(tokens('well-known', { start: 0, end: 5 }).map((t) => t[2])).toEqual(['well', '-']);
  });

  it('takes an astral character or a lone surrogate as one token', () => {
    expect(tokens('😀 \ud83d x').map((t) => t[2])).toEqual(['😀', '\ud83d', 'x']);
  });

  it('agrees with the plain reading of its rule on random text and ranges', () => {
    const char = fc.constantFrom('a', 'Z', 'é', '9', ' ', '\u00a0', '\u2028', '\n', '.', '-', '’', "'", '&', '“', '”', '–', '—', '…', '«', '😀', '\ud83d', '\u0301', ',');
    const text = fc.array(char, { maxLength: 40 }).map((cs) => cs.join(''));
    fc.assert(fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
      // Ranges start and end on code point boundaries, as sentence ranges do.
      const cut = (n: number) => { let k = n % (t.length + 1); if (k > 0 && k < t.length && /[\udc00-\udfff]/.test(t[k]!) && /[\ud800-\udbff]/.test(t[k - 1]!)) k--; return k; };
      const [start, end] = [cut(a), cut(b)].sort((x, y) => x - y) as [number, number];
      expect(tokens(t, { start, end })).toEqual(reference(t, { start, end }));
    }), { numRuns: 2000 });
  });
});
