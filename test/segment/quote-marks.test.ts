import { describe, expect, it } from 'vitest';
import { QUOTE_CHARS, nextQuoteMark } from '../../src/segment/quote-marks.js';

describe('nextQuoteMark', () => {
  it('finds exactly the UTF-16 code units of QUOTE_CHARS', () => {
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if ((nextQuoteMark(ch, 0, 1) === 0) !== QUOTE_CHARS.has(ch)) differ.push(c);
    }
    expect(differ).toEqual([]);
  });

  it.each([
    ['ab “c” d', 0, 8, 3],
    ['ab “c” d', 4, 8, 5],
    ['ab “c” d', 6, 8, -1],
    ["it's", 0, 4, 2],
    ['no marks here', 0, 13, -1],
  ])('in %j from %i to %i: %i', (text, from, end, found) => {
    expect(nextQuoteMark(text, from, end)).toBe(found);
  });

  it('reads nothing at or past `end`, though the text goes on with marks', () => {
    expect(nextQuoteMark('first paragraph\n\n“second”', 0, 15)).toBe(-1);
    expect(nextQuoteMark('ab “c”', 0, 3)).toBe(-1);
    expect(nextQuoteMark('ab “c”', 0, 4)).toBe(3);
  });
});
