/**
 * main() in-process, with in-memory streams. The extractor is replaced by a fake that reports the
 * whole article text as one quotation, so these tests check the CLI layer (inputs, order, errors,
 * formats, round-trips) whatever the passes do; e2e.test.ts runs the same cases on the real build.
 */
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import YAML from 'yaml';
import { main } from '../../src/cli/main.js';
import { expandInputs } from '../../src/cli/inputs.js';
import type { ArticleResult } from '../../src/index.js';
import { formatJson } from '../../src/output/json.js';
import { formatYaml } from '../../src/output/yaml.js';
import { decodeSource, OverSizeLimit, readSource, SourceError } from '../../src/source.js';
import { ARTICLES, MD_GLOB_ORDER, makeTree, NEWS_ORDER } from './fixture-tree.js';

vi.mock('../../src/index.js', () => ({
  extract: (text: string, options: { file?: string } = {}): ArticleResult => ({
    file: options.file ?? '<text>',
    quotes:
      text === ''
        ? []
        : [
            {
              id: 'q1',
              type: 'direct',
              text,
              start: 0,
              end: text.length,
              speaker: null,
              cue: null,
              rule: 'test-fake',
              reason: 'the whole text',
              confidence: 1,
            },
          ],
    claims: [],
    speakers: [],
    diagnostics: [],
  }),
}));

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string })
  .version;
const isRoot = process.getuid?.() === 0;

class Collector extends Writable {
  chunks: string[] = [];
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.chunks.push(chunk.toString());
    callback();
  }
  get text(): string {
    return this.chunks.join('');
  }
}

/** A stdout whose reader goes away after `accept` chunks: later writes fail with EPIPE. */
class ClosingPipe extends Collector {
  constructor(
    private accept: number,
    private code = 'EPIPE',
  ) {
    super();
  }
  override _write(chunk: Buffer | string, encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    if (this.accept-- > 0) return super._write(chunk, encoding, callback);
    callback(Object.assign(new Error(`write ${this.code}`), { code: this.code }));
  }
}

interface RunOptions {
  cwd?: string;
  stdin?: string | Uint8Array;
  tty?: boolean;
  stdout?: Collector;
}

let root: string;
let cleanup: () => void;

async function run(argv: string[], options: RunOptions = {}) {
  const stdout = options.stdout ?? new Collector();
  const stderr = new Collector();
  const chunks = options.stdin === undefined ? [] : [Buffer.from(options.stdin)];
  const stdin = Object.assign(Readable.from(chunks), { isTTY: options.tty });
  const code = await main({ argv, stdin, stdout, stderr, env: {}, cwd: options.cwd ?? root });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

function jsonFiles(stdout: string): string[] {
  return (JSON.parse(stdout) as { articles: ArticleResult[] }).articles.map((a) => a.file);
}

beforeAll(() => {
  ({ root, cleanup } = makeTree({ 'odd[1].txt': '“Literal brackets,” said Ida Quell.\n' }));
});
afterAll(() => cleanup());

describe('options', () => {
  it.each([['--help'], ['-h']])('%s prints help with exit codes to stdout, exit 0', async (flag) => {
    const r = await run([flag]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^Usage: extract \[options\] \[paths\.\.\.\]/);
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toMatch(/Exit codes:\n\s+0\s+done\n\s+2\s+usage error, or some input could not be read/);
  });

  it.each([['--version'], ['-V']])('%s prints the package version, exit 0', async (flag) => {
    const r = await run([flag]);
    expect(r).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
  });

  it.each([
    [['--format', 'xml', 'a.txt'], /^extract: .*'xml' is invalid.*yaml, json/],
    [['-f'], /^extract: .*argument missing/],
    [['--bogus', 'a.txt'], /^extract: unknown option '--bogus'/],
    [['--formt', 'json'], /^extract: unknown option '--formt' \(Did you mean --format\?\)/],
  ])('usage error %j: one line on stderr, nothing on stdout, exit 2', async (argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')).toHaveLength(2); // one line and its newline
    expect(r.stderr).toMatch(message);
  });

  it('accepts --format=json and -f json', async () => {
    for (const argv of [['--format=json', 'a.txt'], ['-f', 'json', 'a.txt'], ['a.txt', '-fjson']]) {
      const r = await run(argv);
      expect(r.code).toBe(0);
      expect(jsonFiles(r.stdout)).toEqual(['a.txt']);
    }
  });

  it('ndjson writes one line per article, each equal to its article in the json output', async () => {
    const lines = (await run(['-f', 'ndjson', 'a.txt', 'news'])).stdout.split('\n');
    expect(lines.pop()).toBe('');
    const json = (JSON.parse((await run(['-f', 'json', 'a.txt', 'news'])).stdout) as { articles: unknown[] }).articles;
    expect(lines.map((line) => JSON.parse(line) as unknown)).toEqual(json);
    expect((await run(['-f', 'ndjson', 'missing.txt'])).stdout).toBe('');
  });
});

describe('inputs', () => {
  it('a missing file is one line on stderr; the others are still written; exit 2', async () => {
    const r = await run(['a.txt', 'missing.txt', 'b.md', '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('extract: missing.txt: no such file\n');
    expect(jsonFiles(r.stdout)).toEqual(['a.txt', 'b.md']);
  });

  it('a directory is searched recursively, sorted, text files only', async () => {
    const r = await run(['news', '-f', 'json']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(jsonFiles(r.stdout)).toEqual(NEWS_ORDER);
  });

  it('lists the files of a directory and its subdirectories in the order of their whole paths', async () => {
    // `sub/` sorts between `sub.txt` and `sub0.txt`, and `a b/` before `a/`, as whole paths do.
    const names = ['sub.txt', 'sub/x.txt', 'sub/y/z.txt', 'sub0.txt', 'sub-1.txt', 'a/x.txt', 'a b/x.txt', 'a.txt', 'B.txt', 'é.txt', 'z/\u{1F4F0}.txt', 'z/\uFF5E.txt'];
    const { root: tree, cleanup: remove } = makeTree(Object.fromEntries(names.map((n) => [`walk/${n}`, '“Yes,” said Jo Reed.\n'])));
    try {
      const paths = (args: string[]) => expandInputs(args, { cwd: tree, stdinIsTTY: () => false }).then((list) => [...list].map((i) => i.path));
      const sorted = names.map((n) => `walk/${n}`).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      expect(await paths(['walk'])).toEqual(sorted);
      expect(await paths(['walk/'])).toEqual(sorted);
      // Several arguments: each file once, at its first place.
      expect(await paths(['walk/sub', 'walk', './walk/a.txt'])).toEqual(['walk/sub/x.txt', 'walk/sub/y/z.txt', ...sorted.filter((p) => !p.startsWith('walk/sub/'))]);
    } finally {
      remove();
    }
  });

  it('keeps the directory argument as given in the reported paths', async () => {
    expect(jsonFiles((await run(['news/', '-f', 'json'])).stdout)).toEqual(NEWS_ORDER);
    expect(jsonFiles((await run(['./news', '-f', 'json'])).stdout)).toEqual(NEWS_ORDER.map((p) => `./${p}`));
  });

  it('expands a glob, sorted, skipping node_modules and hidden directories', async () => {
    const r = await run(['**/*.md', '-f', 'json']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(jsonFiles(r.stdout)).toEqual(MD_GLOB_ORDER);
  });

  it('a glob that matches nothing is an error line; exit 2', async () => {
    const r = await run(['a.txt', 'nothing/*.txt', '-f', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('extract: nothing/*.txt: no files match this pattern\n');
    expect(jsonFiles(r.stdout)).toEqual(['a.txt']);
  });

  it('an existing path with glob characters is read as a file', async () => {
    const r = await run(['odd[1].txt', '-f', 'json']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(jsonFiles(r.stdout)).toEqual(['odd[1].txt']);
  });

  it('keeps argument order between arguments and reads a file once', async () => {
    const r = await run(['b.md', 'news/z.txt', 'a.txt', './a.txt', 'news', '-f', 'json']);
    expect(jsonFiles(r.stdout)).toEqual(['b.md', 'news/z.txt', 'a.txt', 'news/UPPER.TXT', 'news/a/c.md', 'news/b.text']);
  });

  it('resolves relative paths against io.cwd and reports them as given', async () => {
    const r = await run(['../a.txt', join(root, 'b.md'), '-f', 'json'], { cwd: join(root, 'news') });
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(jsonFiles(r.stdout)).toEqual(['../a.txt', join(root, 'b.md')]);
  });

  it('"-" reads standard input, in its place', async () => {
    const r = await run(['a.txt', '-', 'b.md', '-f', 'json'], { stdin: '“From a pipe,” said Pia.\n' });
    const { articles } = JSON.parse(r.stdout) as { articles: ArticleResult[] };
    expect(articles.map((a) => a.file)).toEqual(['a.txt', '<stdin>', 'b.md']);
    expect(articles[1]!.quotes[0]!.text).toBe('“From a pipe,” said Pia.\n');
  });

  it('with no paths, reads standard input when it is not a terminal', async () => {
    const r = await run(['-f', 'json'], { stdin: 'piped text' });
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(jsonFiles(r.stdout)).toEqual(['<stdin>']);
  });

  it('leaves standard input alone unless it reads it (making it would switch a shared pipe to non-blocking)', async () => {
    const io = (argv: string[]) => {
      const touched: string[] = [];
      const stdout = new Collector();
      return {
        touched, stdout,
        io: { argv, stdout, stderr: new Collector(), env: {}, cwd: root,
          get stdin(): NodeJS.ReadableStream & { isTTY?: boolean } {
            touched.push(argv.join(' '));
            return Readable.from([Buffer.from('piped')]);
          } },
      };
    };
    for (const argv of [['a.txt', 'b.md', '-f', 'json'], ['check', 'a.txt'], ['--version'], ['--help']]) {
      const { touched, io: mainIO } = io(argv);
      await main(mainIO);
      expect(touched).toEqual([]);
    }
    const piped = io(['-f', 'json']);
    expect(await main(piped.io)).toBe(0);
    expect(jsonFiles(piped.stdout.text)).toEqual(['<stdin>']);
    expect(piped.touched.length).toBeGreaterThan(0);
  });

  it('with no paths and a terminal on stdin, is a usage error', async () => {
    const r = await run([], { tty: true });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^extract: no input: [^\n]*\n$/);
  });

  it('strips a byte order mark, from files and from stdin', async () => {
    const fromFile = JSON.parse((await run(['bom.txt', '-f', 'json'])).stdout) as { articles: ArticleResult[] };
    expect(fromFile.articles[0]!.quotes[0]!.text).toBe(ARTICLES['bom.txt'].slice(1));
    const fromStdin = JSON.parse((await run(['-f', 'json'], { stdin: '\uFEFFhello' })).stdout) as { articles: ArticleResult[] };
    expect(fromStdin.articles[0]!.quotes[0]!.text).toBe('hello');
  });

  it.skipIf(isRoot)('an unreadable file is "permission denied"', async () => {
    const file = join(root, 'locked.txt');
    writeFileSync(file, 'secret');
    chmodSync(file, 0o000);
    try {
      const r = await run(['locked.txt', 'a.txt', '-f', 'json']);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe('extract: locked.txt: permission denied\n');
      expect(jsonFiles(r.stdout)).toEqual(['a.txt']);
    } finally {
      chmodSync(file, 0o644);
    }
  });

  it('expandInputs lists problems in their place', async () => {
    const inputs = await expandInputs(['a.txt', 'nope', '-', 'news/a'], { cwd: root, stdinIsTTY: () => false });
    expect(inputs).toHaveLength(4);
    expect([...inputs]).toEqual([
      { kind: 'file', path: 'a.txt' },
      { kind: 'error', path: 'nope', problem: 'no such file' },
      { kind: 'stdin', path: '<stdin>' },
      { kind: 'file', path: 'news/a/c.md' },
    ]);
  });
});

describe('source', () => {
  it('readSource explains what went wrong in plain words', async () => {
    await expect(readSource('missing.txt', { cwd: root })).rejects.toThrow(new SourceError('missing.txt', 'no such file'));
    await expect(readSource('news', { cwd: root })).rejects.toThrow('news: is a directory');
    await expect(readSource('a.txt/x', { cwd: root })).rejects.toBeInstanceOf(SourceError);
    // Over the caller's size limit: refused unread, and not as a fault of the file.
    const size = Buffer.byteLength(ARTICLES['a.txt']);
    await expect(readSource('a.txt', { cwd: root, sizeLimit: size - 1 })).rejects.toBeInstanceOf(OverSizeLimit);
    expect((await readSource('a.txt', { cwd: root, sizeLimit: size })).source.text).toBe(ARTICLES['a.txt']);
  });

  it('decodeSource strips one leading BOM only and replaces bad bytes', () => {
    const s = decodeSource('x', new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0x0a, 0xff, 0xef, 0xbb, 0xbf])).source;
    expect(s.text).toBe('a\n\uFFFD\uFEFF');
    expect(s.lineStarts).toEqual([0, 2]);
    expect(s.path).toBe('x');
  });
});

describe('output', () => {
  it('json: one document {"articles": [...]}, 2-space indent, ending in a newline', async () => {
    const r = await run(['a.txt', 'b.md', '--format', 'json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { articles: ArticleResult[] };
    expect(r.stdout).toBe(`${JSON.stringify(doc, null, 2)}\n`);
    expect(doc.articles[0]!.file).toBe('a.txt');
    expect(doc.articles[1]!.file).toBe('b.md');
  });

  it('yaml (the default): one document with articles:, parsed by the yaml package', async () => {
    const r = await run(['a.txt', 'b.md']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/^articles:\n {2}- file: a\.txt\n/);
    expect(YAML.parseAllDocuments(r.stdout)).toHaveLength(1);
    const doc = YAML.parse(r.stdout) as { articles: ArticleResult[] };
    expect(doc.articles.map((a) => a.file)).toEqual(['a.txt', 'b.md']);
    expect(doc.articles[0]!.quotes[0]!.text).toBe(ARTICLES['a.txt']);
  });

  it('with nothing readable, still writes an empty document', async () => {
    expect((await run(['missing.txt'])).stdout).toBe('articles: []\n');
    expect(JSON.parse((await run(['missing.txt', '-f', 'json'])).stdout)).toEqual({ articles: [] });
  });

  const NASTY = [
    '---\n...\n# not a comment\nkey: value\n- item\n',
    '"double" \'single\' `back` “curly” ‘curly’ «guillemets»',
    'tab\there\r\nwindows\rold mac\u0085nel\u2028ls\u2029ps',
    'bell\u0007 esc\u001b[31mred\u001b[0m del\u007f csi\u009b c1\u0080', // a NUL would make the file binary
    'yes no on off ~ null true 012 0x1f 1e3 .inf 12:30 2001-12-14',
    'bom\uFEFFinside \uFFFE \uFFFF  trailing space ',
    ' leading space and a very long line '.repeat(20),
    '   \n\n  indented block\n\n',
    '',
  ];

  it.each(['yaml', 'json'])('%s round-trips any article text through files', async (format) => {
    const files = NASTY.map((text, i) => {
      const name = `nasty-${i}.txt`;
      writeFileSync(join(root, name), text);
      return name;
    });
    const r = await run([...files, '-f', format]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const doc = (format === 'json' ? JSON.parse(r.stdout) : YAML.parse(r.stdout)) as { articles: ArticleResult[] };
    expect(doc.articles.map((a) => a.quotes[0]?.text ?? '')).toEqual(NASTY);
    // Nothing a terminal would act on, nothing YAML forbids raw.
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/);
  });
});

describe('formatters', () => {
  /** Strings from code units that tend to break serialisers, lone surrogates included. */
  function randomStrings(count: number): string[] {
    const pool = [
      ...'ab :#-?*&!|>\'"%@`,[]{}\\/\n\r\t ',
      '\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u009b', '\u00a0', '\u2028', '\u2029',
      '\ufeff', '\ufffe', '\uffff', '\ud800', '\udc00', '😀', '“', '”', '---', '...', 'yes', '0',
    ];
    let seed = 12345;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    return Array.from({ length: count }, () => Array.from({ length: next(12) }, () => pool[next(pool.length)]).join(''));
  }

  function article(file: string, text: string): ArticleResult {
    const mention = { text, start: 0, end: text.length };
    return {
      file,
      quotes: [
        {
          id: 'q1',
          type: 'direct',
          text,
          start: 0,
          end: text.length,
          speaker: { name: text, kind: 'person', mention },
          cue: mention, // the same object twice: must not become a YAML alias
          rule: text,
          reason: text,
          confidence: 0.5,
        },
      ],
      claims: [],
      speakers: [{ name: text, kind: 'person', quotes: 1, claims: 0 }],
      diagnostics: [],
    };
  }

  it('json equals JSON.stringify({articles}, null, 2) + newline, written piece by piece', () => {
    const results = [article('a.txt', 'plain'), article('b: c.txt', 'two\nlines')];
    expect(formatJson(results)).toBe(`${JSON.stringify({ articles: results }, null, 2)}\n`);
    expect(formatJson([])).toBe('{\n  "articles": []\n}\n');
  });

  it('yaml and json round-trip random strings exactly', async () => {
    const results = randomStrings(300).map((s, i) => article(s || `f${i}`, s));
    const expected = JSON.parse(JSON.stringify({ articles: results })) as unknown;
    const yaml = formatYaml(results);
    expect(yaml).not.toContain('*a1');
    expect(YAML.parse(yaml)).toEqual(expected);
    expect(YAML.parseAllDocuments(yaml)).toHaveLength(1);
    expect(JSON.parse(formatJson(results))).toEqual(expected);
  });

  it('yaml written piece by piece equals the whole document', async () => {
    const results = [article('a.txt', 'one'), article('b.txt', 'two\nlines\n')];
    const yaml = formatYaml(results);
    expect(yaml).toBe(YAML.stringify({ articles: results }, { aliasDuplicateObjects: false, lineWidth: 0 }));
    expect(formatYaml([])).toBe('articles: []\n');
  });
});

describe('closed stdout', () => {
  it('a closed pipe (EPIPE) ends quietly with exit 0', async () => {
    const stdout = new ClosingPipe(1);
    const r = await run(['news', 'a.txt', 'b.md', '-f', 'json'], { stdout });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(stdout.chunks).toHaveLength(1);
  });

  it('a closed pipe wins over earlier input errors: exit 0', async () => {
    const r = await run(['missing.txt', 'news', 'a.txt'], { stdout: new ClosingPipe(0) });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('extract: missing.txt: no such file\n');
  });

  it('help to a closed pipe ends quietly too', async () => {
    expect(await run(['--help'], { stdout: new ClosingPipe(0) })).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('any other write error is one line on stderr, exit 2', async () => {
    const r = await run(['news', 'a.txt'], { stdout: new ClosingPipe(1, 'ENOSPC') });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('extract: cannot write the output: no space left on the device\n');
  });
});
