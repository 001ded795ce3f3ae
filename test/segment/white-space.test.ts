import { describe, expect, it } from 'vitest';
import { isWhiteSpace } from '../../src/segment/white-space.js';

describe('isWhiteSpace', () => {
  it('is true for exactly the UTF-16 code units that JavaScript’s \\s matches', () => {
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isWhiteSpace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});
