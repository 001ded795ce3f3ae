/**
 * Invariants of `extract()` over arbitrary text, with fast-check. The text is built from a biased
 * alphabet (quote marks of every kind, sentence punctuation, line breaks, astral characters,
 * name-like words, speech verbs and pronouns) so that the passes see quotations, cues and names far
 * more often than in uniformly random strings. The seed is fixed, so the runs are deterministic.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import type { ArticleResult, TextSpan } from '../src/index.js';

const SEED = 20_240_601;
const RUNS = 300;

const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('a', 'e', 'o', 'x', 'n', 's', 'T', 'M', 'é', 'ß', '9') },
  { weight: 8, arbitrary: fc.constantFrom(' ', ' ', ' ', '\n', '\n\n', '\r\n', '\r', '\t', '\u00a0') },
  { weight: 5, arbitrary: fc.constantFrom('.', ',', ':', ';', '?', '!', '—', '–', '-', '(', ')', '…') },
  { weight: 8, arbitrary: fc.constantFrom('“', '”', '‘', '’', '"', "'", '«', '»', '„', '‹', '›', '＂') },
  { weight: 2, arbitrary: fc.constantFrom('😀', '𝒜', '\ud83d', '\u200b', '\ufeff') },
  {
    weight: 8,
    arbitrary: fc.constantFrom(
      'Jane', 'Roe', 'Robbie Ashworth', 'Mr', 'Ms', 'Mr.', 'Cllr', 'MP', 'Ashworth', 'Smith', 'Council', 'Greenfield Council',
      'According to', 'according to', 'the council', 'a spokesperson for', 'However', 'The', 'Al-Awlaki', 'de', 'R-Ohio',
    ),
  },
  { weight: 6, arbitrary: fc.constantFrom('said', 'says', 'told', 'added', 'pointed out', 'was told', 'asked', 'rated') },
  { weight: 5, arbitrary: fc.constantFrom('he', 'she', 'it', 'they', 'He', 'She', 'It', 'we') },
  {
    weight: 12,
    arbitrary: fc.constantFrom(
      '“We will win the vote,” ', 'Jane Roe said: “', '.”', ',” she said.', ',” said Jane Roe.', ' – Robbie Ashworth',
      'Mr Ashworth said ', 'Greenfield Council approved it.', 'Robbie Ashworth, the local MP, said ', '\n\n“', '”\n\n',
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 4 }) },
);
// Mostly single spaces between pieces, so that words, names and cues form phrases.
const separator = fc.oneof({ weight: 12, arbitrary: fc.constant(' ') }, { weight: 3, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.constant('\n') });

const article = fc.array(fc.tuple(piece, separator), { maxLength: 60 }).map((parts) => parts.flat().join(''));

function checkSpan(text: string, s: TextSpan, what: string): void {
  expect(Number.isInteger(s.start) && Number.isInteger(s.end), what).toBe(true);
  expect(0 <= s.start && s.start <= s.end && s.end <= text.length, `${what} [${s.start}, ${s.end}) in ${text.length}`).toBe(true);
  expect(s.text, what).toBe(text.slice(s.start, s.end));
}

function checkResult(text: string, r: ArticleResult): void {
  r.quotes.forEach((q, i) => {
    checkSpan(text, q, `${q.id}`);
    if (q.speaker) checkSpan(text, q.speaker.mention, `${q.id} speaker mention`);
    if (q.cue) checkSpan(text, q.cue, `${q.id} cue`);
    expect(q.confidence).toBeGreaterThanOrEqual(0);
    expect(q.confidence).toBeLessThanOrEqual(1);
    expect(q.id).toBe(`q${i + 1}`);
    expect(q.rule).toMatch(/\S/);
    // A quotation lies inside one paragraph: it never runs over a blank line.
    expect(q.text, `${q.id} runs over a blank line`).not.toMatch(/(\r\n|\r|\n)[^\S\r\n]*(\r\n|\r|\n)/);
    if (q.continues !== undefined) expect(r.quotes.findIndex((p) => p.id === q.continues)).toBeLessThan(i);
    // Top-level quotations, in text order, never overlap.
    const next = r.quotes[i + 1];
    if (next) expect(q.end, `${q.id} overlaps ${next.id}`).toBeLessThanOrEqual(next.start);
  });
  for (const d of r.diagnostics) {
    expect(Number.isInteger(d.start) && Number.isInteger(d.end)).toBe(true);
    expect(0 <= d.start && d.start <= d.end && d.end <= text.length, `${d.code} [${d.start}, ${d.end})`).toBe(true);
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeGreaterThanOrEqual(1);
  }
  const attributed = r.quotes.filter((q) => q.speaker !== null).length;
  expect(r.speakers.reduce((n, s) => n + s.quotes, 0)).toBe(attributed);
}

describe('extract: properties', () => {
  it('never throws', () => {
    fc.assert(fc.property(article, (text) => {
      extract(text);
    }), { numRuns: RUNS, seed: SEED });
  });

  it('every span lies inside the text and reproduces it; quotes are ordered and disjoint; confidence in [0, 1]', () => {
    fc.assert(fc.property(article, (text) => {
      checkResult(text, extract(text, { file: 'prop.txt' }));
    }), { numRuns: RUNS, seed: SEED });
  });

  it('is deterministic: two runs give deeply equal results', () => {
    fc.assert(fc.property(article, (text) => {
      expect(extract(text, { file: 'a.txt' })).toEqual(extract(text, { file: 'a.txt' }));
    }), { numRuns: RUNS, seed: SEED });
  });

  it('holds on fully arbitrary strings too', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
      checkResult(text, extract(text));
    }), { numRuns: RUNS, seed: SEED });
  });
});
