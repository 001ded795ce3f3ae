/**
 * Bad input, generated here rather than committed: encodings, binary files, sizes and shapes
 * that stress the extractor, and paths that could block or loop. Decoding is tested as a unit;
 * the rest through the built CLI, as a newsroom's CI would meet it. Every case must end with one
 * clear line per problem on stderr, the other files' output intact, and no stack trace.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeBytes } from '../src/decode.js';
import type { ArticleResult } from '../src/index.js';
import { MAX_INPUT_BYTES } from '../src/source.js';
import { makeTree } from './cli/fixture-tree.js';
import { articleProblems } from './support/schema.js';

const BIN = join(fileURLToPath(new URL('..', import.meta.url)), 'bin', 'extract.js');
const ARTICLE = '“We will reopen the pool in June,” said Ida Quell.\n';
const utf8 = (s: string) => Buffer.from(s, 'utf8');
const utf16 = (s: string, endian: 'le' | 'be') => {
  const le = Buffer.from(s, 'utf16le');
  return endian === 'le' ? Buffer.concat([Buffer.from([0xff, 0xfe]), le]) : Buffer.concat([Buffer.from([0xfe, 0xff]), le.swap16()]);
};

describe('decoding', () => {
  it.each<[string, Uint8Array, string, string[]]>([
    ['UTF-8', utf8('“Yes,” she said.'), '“Yes,” she said.', []],
    ['UTF-8 with a BOM: the BOM is dropped', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8('“Yes.”')]), '“Yes.”', []],
    ['UTF-16 LE with a BOM', utf16('“Yes,” said Zoë.', 'le'), '“Yes,” said Zoë.', []],
    ['UTF-16 BE with a BOM', utf16('“Yes,” said Zoë.', 'be'), '“Yes,” said Zoë.', []],
    ['Windows-1252 smart quotes saved as single bytes', Buffer.from([0x93, 0x59, 0x65, 0x73, 0x94, 0x20, 0x96, 0x20, 0x92]), '“Yes” – ’', ['windows-1252@0 not valid UTF-8; decoded as Windows-1252']],
    ['invalid bytes in UTF-8 text: U+FFFD, one warning with the first byte and the count', Buffer.concat([utf8('é ok '), Buffer.from([0xff]), utf8(' “x” '), Buffer.from([0xc3])]), 'é ok \uFFFD “x” \uFFFD', ['invalid-utf8@5 invalid UTF-8 at byte 6 (2 malformed sequences in all), shown as U+FFFD']],
    ['an overlong encoding is malformed', Buffer.concat([utf8('é'), Buffer.from([0xc0, 0xaf])]), 'é\uFFFD\uFFFD', ['invalid-utf8@1 invalid UTF-8 at byte 2 (2 malformed sequences in all), shown as U+FFFD']],
  ])('%s', (_d, bytes, text, warnings) => {
    const r = decodeBytes(bytes);
    expect(r.kind).toBe('text');
    if (r.kind !== 'text') return;
    expect(r.text).toBe(text);
    expect(r.warnings.map((w) => `${w.code}@${w.offset} ${w.message}`)).toEqual(warnings);
  });

  it.each<[string, Uint8Array, string]>([
    ['a PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'PNG image'],
    ['a zip', Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0]), 'zip archive'],
    ['a PDF', utf8('%PDF-1.7\n'), 'PDF document'],
    ['NUL bytes', utf8('text\u0000more'), 'contains NUL bytes'],
  ])('%s is not text', (_d, bytes, what) => {
    expect(decodeBytes(bytes)).toEqual({ kind: 'binary', what });
  });
});

let root: string;
let cleanup: () => void;

beforeAll(() => {
  const paragraph = 'The council said the road would close. “It will reopen in May,” said Ida Quell. ';
  ({ root, cleanup } = makeTree({
    'ok.txt': ARTICLE,
    'bin/image.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
    'bin/archive.txt': Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 8, 0]),
    'enc/utf16le.txt': utf16(ARTICLE, 'le'),
    'enc/utf16be.txt': utf16(ARTICLE, 'be'),
    'enc/cp1252.txt': Buffer.from(ARTICLE.replace(/“/g, '\x93').replace(/”/g, '\x94'), 'latin1'),
    'enc/broken.txt': Buffer.concat([utf8('Zoë said: “Fine.” '), Buffer.from([0xfe, 0xfe]), utf8('\n')]),
    'shape/empty.txt': '',
    'shape/blank.txt': ' \n\t\n\u00a0\n\n',
    'shape/no-quotes.txt': 'The road will close on Monday for repairs.\n',
    'shape/crlf.txt': ARTICLE.replace(/\n/g, '\r\n'),
    'shape/cr.txt': `${ARTICLE}\n${ARTICLE}`.replace(/\n/g, '\r'),
    'shape/zero-width.txt': '“We\u200b will\u200d win,” said\u00a0Ida\u00a0Quell.\n',
    'shape/one-paragraph.txt': paragraph.repeat(40_000), // 3 MB, no line break
    'shape/long-word.txt': 'x'.repeat(1024 * 1024),
    'shape/marks.txt': '“ ” " \' « ‘ '.repeat(10_000 / 6) + '\n',
    'shape/paragraphs.txt': 'The council met on Monday and approved the plan.\n\n'.repeat(20_000), // 1 MB, no quote mark
    'shape/crowded.txt': '"ab" '.repeat(200_000), // 1 MB of back-to-back quotations: a few hundred MB to extract
    'names/with space.txt': ARTICLE,
    'names/ünïcödé.txt': ARTICLE,
    'names/new\nline.txt': ARTICLE,
  }));
  mkdirSync(join(root, 'tree', 'sub'), { recursive: true });
  writeFileSync(join(root, 'tree', 'sub', 'a.txt'), ARTICLE);
  symlinkSync('..', join(root, 'tree', 'sub', 'up'));
  symlinkSync('loop-b.txt', join(root, 'tree', 'loop-a.txt'));
  symlinkSync('loop-a.txt', join(root, 'tree', 'loop-b.txt'));
  spawnSync('mkfifo', [join(root, 'tree', 'pipe.txt')]);
  writeFileSync(join(root, 'huge.txt'), '');
  truncateSync(join(root, 'huge.txt'), MAX_INPUT_BYTES + 1);
});
afterAll(() => cleanup());

function cli(args: string[], input = '', env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: root, encoding: 'utf8', input, timeout: 120_000, maxBuffer: 256 * 1024 * 1024, env: { PATH: process.env.PATH ?? '', ...env } });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function lines(stdout: string): ArticleResult[] {
  const articles = stdout.trimEnd().split('\n').filter(Boolean).map((l) => JSON.parse(l) as ArticleResult);
  for (const a of articles) expect(articleProblems(a)).toBe('');
  return articles;
}

describe('bad input through the CLI', () => {
  it('binary files named .txt: one line each, the rest still written, exit 2', () => {
    const r = cli(['bin', 'ok.txt', '-f', 'ndjson']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('extract: bin/archive.txt: binary file (zip archive), not an article\nextract: bin/image.txt: binary file (PNG image), not an article\n');
    expect(lines(r.stdout).map((a) => a.file)).toEqual(['ok.txt']);
  });

  it('UTF-16, Windows-1252 and broken UTF-8 are decoded; doubtful ones warn with the file and byte; exit 0', () => {
    const r = cli(['enc', '-f', 'ndjson']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      'extract: enc/broken.txt: warning: invalid UTF-8 at byte 23 (2 malformed sequences in all), shown as U+FFFD\n' +
        'extract: enc/cp1252.txt: warning: not valid UTF-8; decoded as Windows-1252\n',
    );
    const articles = lines(r.stdout);
    for (const a of articles.filter((x) => x.file !== 'enc/broken.txt')) {
      expect(a.quotes.map((q) => [q.text, q.speaker?.name])).toEqual([['We will reopen the pool in June,', 'Ida Quell']]);
    }
    const broken = articles.find((a) => a.file === 'enc/broken.txt')!;
    expect(broken.diagnostics).toEqual([expect.objectContaining({ severity: 'warning', code: 'invalid-utf8', start: 18, line: 1, column: 19 })]);
  });

  it('empty, blank, quote-less, CR and CRLF, zero-width and non-breaking spaces: valid output, exit 0', () => {
    const r = cli(['shape/empty.txt', 'shape/blank.txt', 'shape/no-quotes.txt', 'shape/crlf.txt', 'shape/cr.txt', 'shape/zero-width.txt', '-f', 'ndjson']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const [empty, blank, none, crlf, cr, zw] = lines(r.stdout);
    expect([empty!.quotes, blank!.quotes, none!.quotes]).toEqual([[], [], []]);
    expect(crlf!.quotes.map((q) => q.speaker?.name)).toEqual(['Ida Quell']);
    expect(cr!.quotes.map((q) => q.speaker?.name)).toEqual(['Ida Quell', 'Ida Quell']);
    expect(cr!.quotes[1]!.start).toBe(ARTICLE.length + 2);
    expect(zw!.quotes.map((q) => q.speaker?.name)).toEqual(['Ida Quell']);
  });

  it('a 3 MB paragraph, a 1 MB word, 10,000 unbalanced marks and 20,000 paragraphs without a mark complete with valid output', () => {
    const r = cli(['shape/one-paragraph.txt', 'shape/long-word.txt', 'shape/marks.txt', 'shape/paragraphs.txt', '-f', 'ndjson']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const [paragraph, word, marks, paragraphs] = lines(r.stdout);
    expect(paragraph!.quotes).toHaveLength(40_000);
    expect(word!.quotes).toEqual([]);
    expect(marks!.diagnostics.length).toBeGreaterThan(0);
    expect([paragraphs!.quotes, paragraphs!.diagnostics]).toEqual([[], []]);
  });

  it('an input over the size limit is refused clearly, not run out of memory', () => {
    const r = cli(['huge.txt', 'ok.txt', '-f', 'ndjson']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('extract: huge.txt: too large for one article (16.0 MiB; the limit is 16 MiB): split it into articles\n');
    expect(lines(r.stdout)).toHaveLength(1);
  });

  it('an input that runs the extractor out of memory fails alone with one line; the outputs around it are written', () => {
    // A small heap stands in for a machine with less memory: the process's own limit is the one
    // the large-input worker gets.
    const small = { NODE_OPTIONS: '--max-old-space-size=96' };
    const problem = /^extract: shape\/crowded\.txt: ran out of memory extracting it \(1\.0 million characters; the heap limit is \d+ MB\): split it into articles, or raise the limit with NODE_OPTIONS=--max-old-space-size=<MB>\n$/;
    const r = cli(['ok.txt', 'shape/crowded.txt', 'names/with space.txt', '-f', 'ndjson'], '', small);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(problem);
    expect(lines(r.stdout).map((a) => a.file)).toEqual(['ok.txt', 'names/with space.txt']);
    const alone = cli(['shape/crowded.txt', '-f', 'ndjson'], '', small);
    expect([alone.code, alone.stdout]).toEqual([2, '']);
    expect(alone.stderr).toMatch(problem);
  });

  it('a tree with a named pipe, a link to its parent and a link loop: the walk ends, the pipe is skipped', () => {
    const r = cli(['tree', '-f', 'ndjson']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('extract: tree/loop-a.txt: too many levels of symbolic links\nextract: tree/loop-b.txt: too many levels of symbolic links\n');
    expect(lines(r.stdout).map((a) => a.file)).toEqual(['tree/sub/a.txt']);
    expect(cli(['tree/**/*.txt', '-f', 'ndjson']).code).toBe(0); // a glob does not follow links either
  });

  it('a device given by name is refused; a named pipe given by name is read', () => {
    const r = cli(['/dev/zero', 'ok.txt', '-f', 'ndjson']);
    expect([r.code, r.stderr]).toEqual([2, 'extract: /dev/zero: is a device, not a file\n']);
    const piped = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" <(cat ok.txt) -f ndjson`], { cwd: root, encoding: 'utf8' });
    expect(piped.status).toBe(0);
    expect(lines(piped.stdout)[0]!.quotes).toHaveLength(1);
  });

  it('file names with spaces, non-ASCII and a newline are reported as they are, escaped on stderr', () => {
    const r = cli(['names', 'names/missing\u001b[31m.txt', '-f', 'ndjson']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('extract: names/missing\\x1b[31m.txt: no such file\n');
    expect(lines(r.stdout).map((a) => a.file)).toEqual(['names/new\nline.txt', 'names/with space.txt', 'names/ünïcödé.txt']);
  });
});
