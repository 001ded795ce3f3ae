/**
 * The checked boundary between passes (src/pipeline.ts): a span outside the text, anywhere in what a
 * pass returns, fails the run and names the pass.
 */
import { describe, expect, it } from 'vitest';
import { makeSource } from '../src/model/source.js';
import type { Pass } from '../src/passes/pass.js';
import { runPasses } from '../src/pipeline.js';

const returning = (added: object): Pass => ({ name: 'faulty', run: () => added as ReturnType<Pass['run']> });
const run = (added: object) => () => runPasses(makeSource('<test>', 'Ten chars.'), [returning(added)]);

describe('span check between passes', () => {
  it('accepts spans inside the text, empty ones and ones that end at its end', () => {
    expect(run({ tokens: [{ start: 0, end: 3 }, { start: 10, end: 10 }, { start: 4, end: 10 }] })).not.toThrow();
  });

  it('rejects a span past the end in any element of an array, not only the first', () => {
    expect(run({ tokens: [{ start: 0, end: 3 }, { start: 4, end: 11 }] })).toThrow(/pass "faulty" produced an invalid span \[4, 11\)/);
  });

  it('rejects a reversed span and a fractional offset', () => {
    expect(run({ tokens: [{ start: 5, end: 2 }] })).toThrow(/invalid span/);
    expect(run({ tokens: [{ start: 0.5, end: 2 }] })).toThrow(/invalid span/);
  });

  it('looks inside nested objects, including a key that is null on the first element', () => {
    expect(run({ quotations: [{ start: 1, end: 2, outer: { start: 0, end: 40 } }] })).toThrow(/\[0, 40\)/);
    const speaker = (end: number) => ({ name: 'x', mention: { start: 0, end } });
    expect(run({ cueSpeakers: [null, speaker(3), speaker(99)] })).toThrow(/\[0, 99\)/);
    expect(run({ attributions: [{ quote: 0, speaker: null }, { quote: 1, speaker: speaker(50) }] })).toThrow(/\[0, 50\)/);
  });
});
