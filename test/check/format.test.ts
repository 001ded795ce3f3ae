import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/check/finding.js';
import { FindingsWriter, formatFinding, tally, type Summary } from '../../src/check/format.js';

const finding = (n: number): Finding => ({
  file: `a${n % 7}.txt`, line: n + 1, column: 1, start: n, end: n + 1, severity: n % 3 === 0 ? 'error' : 'warning', rule: 'unclosed-quote', message: `mark “${n}”`,
});

/** The whole output of a run whose files have these findings, and the strings it was written in. */
function run(files: readonly Finding[][], format: 'text' | 'github' | 'json'): { output: string; strings: string[]; summary: Summary } {
  const writer = new FindingsWriter(format);
  const summary: Summary = { files: 0, errors: 0, warnings: 0 };
  const strings = [writer.head()];
  for (const findings of files) {
    tally(summary, findings);
    strings.push(...writer.pieces(findings));
  }
  strings.push(writer.end(summary));
  return { output: strings.join(''), strings, summary };
}

const many = Array.from({ length: 10_000 }, (_, n) => finding(n));
const runs = [[], [[]], [[finding(1)]], [[], [finding(0), finding(1)], []], [many.slice(0, 3000), [], many.slice(3000)]];

describe('FindingsWriter', () => {
  it.each(runs.map((files, i) => [i, files] as const))('json, run %i: exactly JSON.stringify of the findings and the summary', (_, files) => {
    const { output, summary } = run(files, 'json');
    expect(output).toBe(`${JSON.stringify({ findings: files.flat(), summary }, null, 2)}\n`);
  });

  it.each(['text', 'github'] as const)('%s: every line once, in order', (format) => {
    for (const files of runs) expect(run(files, format).output).toBe(files.flat().map((f) => formatFinding(f, format)).join(''));
  });

  it.each(['text', 'github', 'json'] as const)('%s: a few thousand findings per string at most', (format) => {
    const { strings } = run([many], format);
    expect(strings.length).toBeGreaterThan(3);
    for (const s of strings) expect(s.length).toBeLessThan(4096 * 400);
  });
});

describe('tally', () => {
  it('counts files, errors and warnings over several files', () => {
    const summary: Summary = { files: 0, errors: 0, warnings: 0 };
    tally(summary, [finding(0), finding(1), finding(2)]);
    tally(summary, []);
    tally(summary, [finding(3)]);
    expect(summary).toEqual({ files: 3, errors: 2, warnings: 2 });
  });
});
