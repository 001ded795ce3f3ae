/**
 * The JSON Schema in schema/ is the contract for other programs: everything the extractor can
 * produce must validate against it, and `extract schema` prints exactly the shipped file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runSchema } from '../src/cli/schema.js';
import { extract } from '../src/index.js';
import { articleProblems, documentProblems, SCHEMA } from './support/schema.js';

const seedsDir = new URL('../seeds/', import.meta.url);
const layoutsDir = new URL('../fixtures/layouts/', import.meta.url);
const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).map((f) => [f, readFileSync(new URL(f, seedsDir), 'utf8')] as const);
const layouts = readdirSync(layoutsDir).map((d) => [d, readFileSync(new URL(`${d}/input.txt`, layoutsDir), 'utf8')] as const);

describe('JSON Schema', () => {
  it('extract schema prints the shipped schema', async () => {
    const stdout = new PassThrough();
    const chunks: Buffer[] = [];
    stdout.on('data', (c: Buffer) => chunks.push(c));
    expect(await runSchema({ argv: [], stdout, stderr: new PassThrough() })).toBe(0);
    expect(JSON.parse(Buffer.concat(chunks).toString('utf8'))).toEqual(SCHEMA);
  });

  it.each([...seeds, ...layouts])('%s: the article validates, with and without --explain', (file, text) => {
    expect(articleProblems(extract(text, { file }))).toBe('');
    expect(articleProblems(extract(text, { file, explain: true }))).toBe('');
  });

  it('a whole document validates, and an empty one', () => {
    expect(documentProblems({ articles: seeds.map(([file, text]) => extract(text, { file })) })).toBe('');
    expect(documentProblems({ articles: [] })).toBe('');
  });

  it('catches drift: a missing field, an unknown field, a bad offset', () => {
    const [file, text] = seeds[0]!;
    const good = extract(text, { file });
    const { confidence: _, ...noConfidence } = good.quotes[0]!;
    expect(articleProblems({ ...good, quotes: [noConfidence] })).toMatch(/confidence/);
    expect(articleProblems({ ...good, extra: 1 })).toMatch(/additional properties/);
    expect(articleProblems({ ...good, quotes: [{ ...good.quotes[0], start: -1 }] })).toMatch(/start/);
  });

  it('any text gives a valid article', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'Jo', ' Nell Abbot', ' said', ' she', '“', '”', '"', "'", '.', ',', '\n', '\n\n', '\ud800', '😀'), maxLength: 80 });
    fc.assert(
      fc.property(text, (t) => articleProblems(extract(t, { explain: true })) === ''),
      { seed: 7, numRuns: 200 },
    );
  });
});
