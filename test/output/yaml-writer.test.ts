/**
 * The YAML writer (src/output/yaml-writer.ts) against the yaml package it stands in for: on
 * generated values full of what decides a scalar's style (indicators, ': ', ' #', words and numbers
 * that YAML 1.1 or 1.2 reads as other types, quotes of both kinds, line breaks, a CRLF file's
 * carriage returns and other control characters, empty maps and lists), it writes
 * the package's bytes or declines (null), and it declines only outside its case.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import type { ArticleResult } from '../../src/index.js';
import { OTHER_TYPE_TESTS, writeYaml as write } from '../../src/output/yaml-writer.js';
import { viaPackage as packagePiece } from '../../src/output/yaml.js';

const options = { aliasDuplicateObjects: false, compat: 'yaml-1.1' } as const;

/** What yaml.ts has the package write for an article: its item of the `articles:` list. */
const viaPackage = (value: unknown): string => packagePiece(value as ArticleResult);

const WORDS = ['', 'yes', 'No', 'ON', 'off', 'y', 'N', 'null', 'Null', '~', 'true', 'FALSE', '0x1F', '0o17', '017', '0b101', '1_000', '+12', '-3',
  '1e5', '.5', '1.', '.inf', '-.Inf', '.NaN', '2001-12-14', '2001-12-14 21:59:43.10 -5', '12:30', '190:20:30.15', '<<', '---', '...', '%x', '-', '?', '- a', '? b',
  'a: b', 'a:b', 'a #b', 'a#b', 'a ', ' a', 'a:', '@x', '`x', '"x"', "'x'", 'it\'s "so"', 'x, y', '[x]', '{x}', '&a', '*a', '!a', '|', '>', 'Dr Siân O’Neill', '“Yes,” she said'];
/** Mostly what decides a style; some line breaks; now and then a character outside the writer's case. */
const char = fc.oneof(
  { weight: 40, arbitrary: fc.constantFrom(...'aZ09 :#-?.,\'"[]{}&*!|>%@`~+_eExXoObBYyNnTt<é“”') },
  { weight: 3, arbitrary: fc.constant('\n') },
  { weight: 2, arbitrary: fc.constantFrom('😀', '𝔸') },
  { weight: 1, arbitrary: fc.constantFrom('\t', '\r', '\u0085', '\u2028', '\ud800', '\udc00') },
);

/** Text of a CRLF file, control characters, emoji and escapes: what the package double-quotes, long enough to fold its breaks. */
const doubleQuotedText = fc.array(fc.oneof(
  fc.constantFrom('\r\n', '\r\n\r\n', '\n', ' ', '\r', '\t', '\u0000', '\u0007', '\u001b', '\u0085', '\u2028', '😀', '"', '\\'),
  fc.constantFrom(...WORDS),
), { minLength: 3, maxLength: 16 }).map((parts) => parts.join(''));
/** Lines as a hard-wrapped article has them, blank lines too. */
const lines = fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.array(char, { maxLength: 10 }).map((c) => c.join(''))), { minLength: 2, maxLength: 4 })
  .map((l) => l.join('\n'));
const string = fc.oneof(
  fc.constantFrom(...WORDS),
  lines,
  doubleQuotedText,
  fc.array(char, { maxLength: 12 }).map((c) => c.join('')),
  fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...WORDS)).map(([a, b]) => `${a} ${b}`),
);
const scalar = fc.oneof(string, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(-0), fc.boolean(), fc.constant(null));
const key = fc.oneof({ weight: 40, arbitrary: fc.constantFrom('file', 'quotes', 'text', 'start', 'speaker', 'id', 'type_2', '_x') }, { weight: 1, arbitrary: string });
// As in a result: a map's value may be undefined (the pair is left out), a list's item may not.
// Objects have Object.prototype, as the extractor and JSON.parse make them.
const { value } = fc.letrec((tie) => ({
  value: fc.oneof({ maxDepth: 4 }, scalar, tie('list'), tie('map')),
  list: fc.array(fc.oneof({ weight: 20, arbitrary: fc.oneof(scalar, tie('map')) }, { weight: 1, arbitrary: tie('list') }), { maxLength: 4 }),
  map: fc.dictionary(key, fc.option(tie('value'), { nil: undefined, freq: 8 }), { maxKeys: 5, noNullPrototype: true }),
}));
const article = fc.dictionary(key, fc.option(value, { nil: undefined, freq: 8 }), { minKeys: 1, maxKeys: 6, noNullPrototype: true });

/** What the package (or yaml.ts) double-quotes: control characters but tab and line feed, and characters yaml.ts escapes or beyond the BMP. */
const DOUBLE_QUOTED = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]/;
/**
 * Strings inside the writer's case: no lone surrogate; and unless double-quoted, no tab, and if
 * broken into lines, no space or break at either end.
 */
const inCase = (s: string): boolean => !/\p{Cs}/u.test(s)
  && (DOUBLE_QUOTED.test(s) || (!s.includes('\t') && !(s.includes('\n') && /^[\n ]|[\n ]$/.test(s))));
/** Keys with a value (a pair whose value is undefined is left out, as JSON leaves it out). */
const keysOf = (v: unknown): string[] => (v && typeof v === 'object'
  ? Object.entries(v).flatMap(([k, x]) => (x === undefined ? [] : [...(Array.isArray(v) ? [] : [k]), ...keysOf(x)]))
  : []);
const stringsOf = (v: unknown): string[] => (typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(stringsOf) : []);
const hasNestedList = (v: unknown): boolean => v !== null && typeof v === 'object'
  && (Array.isArray(v) ? v.some((x) => Array.isArray(x) || hasNestedList(x)) : Object.values(v).some(hasNestedList));

describe('yaml writer', () => {
  it('tests plain scalars for other types exactly as the package does: its default tags under YAML 1.2 core, then YAML 1.1', () => {
    const { schema } = new YAML.Document(null, options);
    const tests = [...schema.tags, ...(schema.compat ?? [])]
      .filter((t) => t.default && t.tag !== 'tag:yaml.org,2002:str' && 'test' in t && t.test)
      .map((t) => (t as { test: RegExp }).test);
    expect(OTHER_TYPE_TESTS.map(String)).toEqual(tests.map(String));
  });

  it('writes what the yaml package writes, or declines', () => {
    let compared = 0;
    let blocks = 0;
    let folded = 0;
    fc.assert(fc.property(article, (a) => {
      const written = write(a as unknown as ArticleResult);
      if (written === null) return;
      compared++;
      if (written.includes('|-\n')) blocks++;
      if (written.includes('\\r\n\n')) folded++; // a CRLF break in double quotes, folded onto the next line
      expect(written).toBe(viaPackage(a));
    }), { seed: 20261201, numRuns: 3000 });
    expect(compared).toBeGreaterThan(1000); // most generated values are in the writer's case
    expect(blocks).toBeGreaterThan(150); // and many of them line-broken
    expect(folded).toBeGreaterThan(30); // and some of them long enough to fold
  });

  it('declines only for an unprintable string, a line-broken one with white space at an end, a key that is no plain word, or a list in a list', () => {
    fc.assert(fc.property(article, (a) => {
      const outside = !stringsOf(a).every(inCase) || !keysOf(a).every((k) => /^[A-Za-z_]\w*$/.test(k) && viaPackage({ [k]: 1 }) === `  - ${k}: 1\n`) || hasNestedList(a);
      expect(write(a as unknown as ArticleResult) === null).toBe(outside);
    }), { seed: 20261201, numRuns: 3000 });
  });

  it('writes a line-broken string as the package does: a literal block under its key', () => {
    const a = { text: 'one \ntwo: 2\n\nthree', list: ['a\nb'] };
    expect(write(a as unknown as ArticleResult)).toBe(viaPackage(a));
    expect(write(a as unknown as ArticleResult)).toBe('  - text: |-\n      one \n      two: 2\n\n      three\n    list:\n      - |-\n        a\n        b\n');
  });

  it('double-quotes a string with a character beyond the BMP, as yaml.ts has the package do', () => {
    const a = { text: 'Great 😀 day', name: '𝔸lex' };
    expect(write(a as unknown as ArticleResult)).toBe(viaPackage(a));
    expect(write(a as unknown as ArticleResult)).toBe('  - text: "Great 😀 day"\n    name: "𝔸lex"\n');
    expect(write({ text: 'lone \ud800' } as unknown as ArticleResult)).toBeNull();
  });

  it('double-quotes a line of a CRLF file as the package does: escapes, and a long string folded at its breaks', () => {
    const a = { text: 'We will go,\r\nand stay.', long: 'We will go, we said,\r\n and stay until the end \r\n\r\nof May.', bell: '\u0007\u0085' };
    expect(write(a as unknown as ArticleResult)).toBe(viaPackage(a));
    // The package folds from 40 characters of JSON on: 33 letters, \r\n, a letter and the quotes.
    const edge = { folded: `${'a'.repeat(33)}\r\nb`, kept: `${'a'.repeat(32)}\r\nb` };
    expect(write(edge as unknown as ArticleResult)).toBe(viaPackage(edge));
    expect(write(edge as unknown as ArticleResult)).toMatch(/folded: "a+\\r\n\n {6}b"\n {4}kept: "a+\\r\\nb"\n$/);
    expect(write(a as unknown as ArticleResult)).toBe(
      '  - text: "We will go,\\r\\nand stay."\n' +
        '    long: "We will go, we said,\\r\n\n      \\ and stay until the end \\r\n\n      \\r\n\n      of May."\n' +
        '    bell: "\\a\\x85"\n',
    );
  });

  it('quotes as the package does: single quotes around a double quote, else JSON', () => {
    const a = { q1: '"Hi," she said', q2: "'Tis so", q3: '\'both\' "kinds"', plain: 'say "hi", it\'s', word: 'yes', none: '', number: '12', colon: 'a: b' };
    expect(write(a as unknown as ArticleResult)).toBe(viaPackage(a));
    expect(write(a as unknown as ArticleResult)).toBe(
      `  - q1: '"Hi," she said'\n    q2: "'Tis so"\n    q3: "'both' \\"kinds\\""\n    plain: say "hi", it's\n    word: "yes"\n    none: ""\n    number: "12"\n    colon: "a: b"\n`,
    );
  });
});
