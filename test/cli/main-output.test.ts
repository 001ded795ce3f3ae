/**
 * main() in-process with the real extractor: where the output goes (--output, written atomically),
 * colour and progress decisions, the filters and --explain, and `extract schema`.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, useColor } from '../../src/cli/main.js';
import type { ArticleResult } from '../../src/index.js';
import { makeTree } from './fixture-tree.js';

class Collector extends Writable {
  chunks: string[] = [];
  constructor(readonly isTTY = false) {
    super();
  }
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.chunks.push(chunk.toString());
    callback();
  }
  get text(): string {
    return this.chunks.join('');
  }
}

let root: string;
let cleanup: () => void;
beforeAll(() => {
  ({ root, cleanup } = makeTree({
    'two.txt': '“The roof leaks,” said Nell Abbot, the caretaker.\n\nPiet Brandt said the repairs would start in May. He called the delay “shameful”.\n',
  }));
});
afterAll(() => cleanup());

async function run(argv: string[], options: { env?: Record<string, string>; stdoutTTY?: boolean; stderrTTY?: boolean } = {}) {
  const stdout = new Collector(options.stdoutTTY);
  const stderr = new Collector(options.stderrTTY);
  const stdin = Object.assign(Readable.from([]), { isTTY: false });
  const code = await main({ argv, stdin, stdout, stderr, env: options.env ?? {}, cwd: root });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

const parse = (json: string): ArticleResult[] => (JSON.parse(json) as { articles: ArticleResult[] }).articles;

describe('--output', () => {
  it('writes the file and nothing to stdout; no temporary file is left', async () => {
    mkdirSync(join(root, 'out'), { recursive: true });
    const r = await run(['two.txt', '-f', 'json', '-o', 'out/result.json']);
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(parse(readFileSync(join(root, 'out/result.json'), 'utf8')).map((a) => a.file)).toEqual(['two.txt']);
    expect(readdirSync(join(root, 'out'))).toEqual(['result.json']);
  });

  it('an unreadable input among readable ones: reported, the file still written, exit 2', async () => {
    const r = await run(['missing.txt', 'two.txt', '-f', 'ndjson', '--output', 'partial.ndjson']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('extract: missing.txt: no such file\n');
    expect(readFileSync(join(root, 'partial.ndjson'), 'utf8').trim().split('\n')).toHaveLength(1);
  });

  it('a directory that does not exist: one line, exit 2, before any work', async () => {
    const r = await run(['two.txt', '-o', 'nowhere/result.yaml']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'extract: nowhere/result.yaml: cannot write: no such file\n' });
    expect(existsSync(join(root, 'nowhere'))).toBe(false);
  });

  it('replaces an existing file whole', async () => {
    writeFileSync(join(root, 'old.json'), 'old contents that are longer than nothing at all');
    expect((await run(['a.txt', '-f', 'json', '-o', 'old.json'])).code).toBe(0);
    expect(parse(readFileSync(join(root, 'old.json'), 'utf8')).map((a) => a.file)).toEqual(['a.txt']);
  });
});

describe('colour', () => {
  it.each([
    [{ color: 'auto', output: null }, true, {}, true],
    [{ color: 'auto', output: null }, false, {}, false],
    [{ color: 'auto', output: null }, true, { NO_COLOR: '1' }, false],
    [{ color: 'auto', output: null }, true, { NO_COLOR: '' }, true], // empty means unset (no-color.org)
    [{ color: 'auto', output: null }, true, { TERM: 'dumb' }, false],
    [{ color: 'auto', output: 'out.txt' }, true, {}, false],
    [{ color: 'always', output: null }, false, { NO_COLOR: '1' }, true],
    [{ color: 'never', output: null }, true, {}, false],
  ] as const)('%j, stdout a terminal: %s, env %j → %s', (options, isTTY, env, expected) => {
    expect(useColor(options, { stdout: Object.assign(new Collector(), { isTTY }), env })).toBe(expected);
  });

  it('pretty is coloured on a terminal and plain with NO_COLOR; other formats never', async () => {
    expect((await run(['two.txt', '-f', 'pretty'], { stdoutTTY: true })).stdout).toContain('\x1b[');
    expect((await run(['two.txt', '-f', 'pretty'], { stdoutTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toContain('\x1b');
    expect((await run(['two.txt', '-f', 'json', '--color', 'always'], { stdoutTTY: true })).stdout).not.toContain('\x1b');
  });
});

describe('progress', () => {
  it('never shows when stderr is not a terminal, with --quiet, or when the data goes to the terminal', async () => {
    for (const [argv, options] of [
      [['two.txt', 'a.txt'], { stderrTTY: false }],
      [['two.txt', 'a.txt', '-q'], { stderrTTY: true }],
      [['two.txt', 'a.txt'], { stderrTTY: true, stdoutTTY: true }],
    ] as const) {
      expect((await run([...argv], options)).stderr).toBe('');
    }
  });
});

describe('filters and --explain', () => {
  it('--speaker keeps one speaker’s items; --types keeps some kinds; --fields some fields', async () => {
    const [bySpeaker] = parse((await run(['two.txt', '-f', 'json', '--speaker', 'brandt'])).stdout);
    expect([...bySpeaker!.quotes, ...bySpeaker!.claims].map((i) => i.speaker?.name)).toEqual(['Piet Brandt', 'Piet Brandt']);
    const [claimsOnly] = parse((await run(['two.txt', '-f', 'json', '--types', 'indirect'])).stdout);
    expect(claimsOnly!.quotes).toEqual([]);
    expect(claimsOnly!.claims.map((c) => c.text)).toEqual(['the repairs would start in May']);
    const [few] = parse((await run(['two.txt', '-f', 'json', '--types', 'direct', '--fields', 'text,speaker'])).stdout);
    expect(few!.quotes.map((q) => Object.keys(q))).toEqual([['text', 'speaker']]);
  });

  it.each([
    [['--types', 'direct,quoted'], /^extract: option '--types <list>' argument 'direct,quoted' is invalid\. 'quoted' is not one of direct, mixed, scare, indirect\./],
    [['--fields', 'nope'], /'nope' is not one of id, type, text/],
    [['--speaker', ' '], /give a name/],
  ])('%j is a usage error, exit 2', async (argv, message) => {
    const r = await run(['two.txt', ...argv]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  it('--explain adds the steps to every item', async () => {
    const [article] = parse((await run(['two.txt', '-f', 'json', '--explain'])).stdout);
    for (const item of [...article!.quotes, ...article!.claims]) expect(item.explain?.length).toBeGreaterThan(0);
    const [plain] = parse((await run(['two.txt', '-f', 'json'])).stdout);
    expect(plain!.quotes.every((q) => q.explain === undefined)).toBe(true);
  });
});

describe('extract schema', () => {
  it('prints the schema; arguments are a usage error', async () => {
    const r = await run(['schema']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { title: string }).title).toBe('extract output');
    expect(await run(['schema', 'x'])).toEqual({ code: 2, stdout: '', stderr: "extract: schema takes no arguments. See 'extract schema --help'.\n" });
  });
});
