/**
 * An article whose output would be longer than V8's longest string (millions of quotations in one
 * 16 MiB input) is reported and skipped by the CLI (cli/run.ts). The formats must then go on as if
 * it had not been given: the error is the real one V8 throws, raised while the piece is made.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { ArticleResult } from '../../src/model/result.js';
import { isTooLongToWrite } from '../../src/output/formatter.js';
import { createJsonFormatter } from '../../src/output/json.js';
import { createNdjsonFormatter } from '../../src/output/ndjson.js';
import { createYamlFormatter } from '../../src/output/yaml.js';

const article = (file: string): ArticleResult => ({ file, quotes: [], claims: [], speakers: [], diagnostics: [] });

/** A result whose serialisation asks V8 for a string longer than it can make. */
const tooLong = (): ArticleResult => ({ ...article('huge.txt'), quotes: [{ toJSON: () => 'x'.repeat(2 ** 29) } as never] });

const formats = [
  ['json', createJsonFormatter, (s: string) => JSON.parse(s) as { articles: ArticleResult[] }],
  ['yaml', createYamlFormatter, (s: string) => parse(s) as { articles: ArticleResult[] }],
  ['ndjson', createNdjsonFormatter, (s: string) => ({ articles: s.split('\n').filter(Boolean).map((l) => JSON.parse(l) as ArticleResult) })],
] as const;

describe('an article too long to write', () => {
  it('is recognised by the error V8 throws', () => {
    let thrown: unknown;
    try {
      'x'.repeat(2 ** 29);
    } catch (error) {
      thrown = error;
    }
    expect(isTooLongToWrite(thrown)).toBe(true);
    expect(isTooLongToWrite(new RangeError('Maximum call stack size exceeded'))).toBe(false);
    expect(isTooLongToWrite(new TypeError('Invalid string length'))).toBe(false);
  });

  it.each(formats)('leaves the %s output whole, with the other articles', (_, create, read) => {
    for (const before of [[], ['a.txt']]) {
      const formatter = create();
      let out = before.map((f) => formatter.article(article(f), null)).join('');
      let thrown: unknown;
      try {
        out += formatter.article(tooLong(), null);
      } catch (error) {
        thrown = error;
      }
      expect(isTooLongToWrite(thrown)).toBe(true);
      out += formatter.article(article('b.txt'), null) + formatter.end();
      expect(read(out).articles.map((a) => a.file)).toEqual([...before, 'b.txt']);
    }
  });
});
