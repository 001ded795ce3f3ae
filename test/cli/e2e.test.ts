/**
 * The built CLI as a user runs it: `node bin/extract.js …` in a temp directory of invented
 * articles, checking stdout, stderr and the exit code. Needs `dist/` (`npm test` builds first).
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import type { ArticleResult } from '../../src/index.js';
import { articleProblems, documentProblems } from '../support/schema.js';
import { ARTICLES, MD_GLOB_ORDER, makeTree, NEWS_ORDER } from './fixture-tree.js';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(REPO, 'bin', 'extract.js');
const BUILT_MAIN = join(REPO, 'dist', 'cli', 'main.js');
const VERSION = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string }).version;

let root: string;
let cleanup: () => void = () => {};

/** A plain environment: no colour settings unless a test adds them. */
function environment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? root, ...extra };
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], options: { input?: string | Uint8Array; env?: Record<string, string>; node?: string[] } = {}): Run {
  const r = spawnSync(process.execPath, [...(options.node ?? []), BIN, ...args], {
    cwd: root,
    input: options.input ?? '',
    env: environment(options.env),
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The articles of a json output, which must validate against the shipped schema. */
function articles(stdout: string): ArticleResult[] {
  const document = JSON.parse(stdout) as { articles: ArticleResult[] };
  expect(documentProblems(document)).toBe('');
  return document.articles;
}

/** Every span reproduces its text from the article (the documented offset contract). */
function expectSpansInside(article: ArticleResult, text: string): void {
  for (const q of article.quotes) {
    expect(text.slice(q.start, q.end)).toBe(q.text);
    if (q.cue) expect(text.slice(q.cue.start, q.cue.end)).toBe(q.cue.text);
    if (q.speaker) expect(text.slice(q.speaker.mention.start, q.speaker.mention.end)).toBe(q.speaker.mention.text);
  }
}

const MANY = 80;

beforeAll(() => {
  if (!existsSync(BUILT_MAIN)) {
    throw new Error(`${BUILT_MAIN} is missing: run \`npm run build\` first (\`npm test\` builds before testing).`);
  }
  const paragraph = '“We have asked for more time, and we will keep asking,” said Mara Quince, who chairs the committee. ';
  const many: Record<string, string> = {};
  for (let i = 0; i < MANY; i++) many[`many/article-${String(i).padStart(3, '0')}.txt`] = `${paragraph.repeat(8)}\n`;
  ({ root, cleanup } = makeTree(many));
});
afterAll(() => cleanup());

describe('extract (built), options', () => {
  it('--help: help with exit codes on stdout, exit 0', () => {
    const r = cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^Usage: extract/);
    expect(r.stdout).toMatch(/Exit codes:\n\s+0\s+done\n\s+2\s+usage error/);
  });

  it('--version prints the version', () => {
    expect(cli(['--version'])).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
  });

  it.each([[['--format', 'xml', 'a.txt']], [['--bogus', 'a.txt']]])('%j: one line on stderr, no stdout, exit 2', (args) => {
    const r = cli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^extract: [^\n]+\n$/);
  });
});

describe('extract (built), inputs and output', () => {
  it('a missing file among readable ones: its line on stderr, the rest on stdout, exit 2', () => {
    const r = cli(['a.txt', 'missing.txt', 'b.md', '--format', 'json']);
    expect(r.stderr).toBe('extract: missing.txt: no such file\n');
    expect(r.code).toBe(2);
    const found = articles(r.stdout);
    expect(found.map((a) => a.file)).toEqual(['a.txt', 'b.md']);
    expectSpansInside(found[0]!, ARTICLES['a.txt']);
    expectSpansInside(found[1]!, ARTICLES['b.md']);
    expect(found[0]!.quotes.length).toBeGreaterThan(0);
  });

  it('a directory: its text files, recursively, in sorted order', () => {
    const r = cli(['news', '-f', 'json']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(articles(r.stdout).map((a) => a.file)).toEqual(NEWS_ORDER);
  });

  it('a glob, sorted; a glob that matches nothing is an error', () => {
    const r = cli(['**/*.md', 'none/*.txt', '-f', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('extract: none/*.txt: no files match this pattern\n');
    expect(articles(r.stdout).map((a) => a.file)).toEqual(MD_GLOB_ORDER);
  });

  it('standard input: piped with no paths, and "-" in its place', () => {
    const text = '“It is piped,” said Pia Stone.\n';
    const piped = cli(['-f', 'json'], { input: text });
    expect(piped).toMatchObject({ code: 0, stderr: '' });
    expect(articles(piped.stdout).map((a) => a.file)).toEqual(['<stdin>']);
    expectSpansInside(articles(piped.stdout)[0]!, text);
    const dash = cli(['a.txt', '-', '-f', 'json'], { input: text });
    expect(articles(dash.stdout).map((a) => a.file)).toEqual(['a.txt', '<stdin>']);
  });

  it('a BOM is stripped: offsets count from the first character after it', () => {
    const r = cli(['bom.txt', '-f', 'json']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expectSpansInside(articles(r.stdout)[0]!, ARTICLES['bom.txt'].slice(1));
    const fromStdin = cli(['-f', 'json'], { input: Buffer.from(ARTICLES['bom.txt']) });
    expect(fromStdin.stdout).toBe(r.stdout.replace('"file": "bom.txt"', '"file": "<stdin>"'));
  });

  it('yaml (the default) parses with the yaml package to the same data as json', () => {
    const yaml = cli(['a.txt', 'b.md', 'news']);
    const json = cli(['a.txt', 'b.md', 'news', '-f', 'json']);
    expect(yaml).toMatchObject({ code: 0, stderr: '' });
    expect(yaml.stdout).toMatch(/^articles:\n/);
    expect(YAML.parse(yaml.stdout)).toEqual(JSON.parse(json.stdout));
  });

  it('output does not depend on NO_COLOR, FORCE_COLOR or TERM, and is deterministic', () => {
    const args = ['a.txt', 'b.md', 'missing.txt'];
    const plain = cli(args);
    expect(plain.code).toBe(2);
    const variants: Record<string, string>[] = [{ NO_COLOR: '1' }, { FORCE_COLOR: '3' }, { TERM: 'dumb' }, { TERM: 'xterm-256color' }];
    for (const env of variants) {
      expect(cli(args, { env })).toEqual(plain);
    }
    expect(plain.stdout + plain.stderr).not.toContain('\u001b');
  });
});

describe('extract (built), formats and options', () => {
  const SEEDS = join(REPO, 'seeds');

  it('json, ndjson and yaml hold the same articles; every one validates against the schema', () => {
    const json = articles(cli([SEEDS, '-f', 'json']).stdout);
    const lines = cli([SEEDS, '-f', 'ndjson']).stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as ArticleResult);
    for (const line of lines) expect(articleProblems(line)).toBe('');
    expect(lines).toEqual(json);
    expect(YAML.parse(cli([SEEDS]).stdout)).toEqual({ articles: json });
    expect(json.reduce((n, a) => n + a.quotes.length, 0)).toBeGreaterThan(50);
  });

  it('pretty: plain text when piped, NO_COLOR or TERM=dumb; colour only with --color always', () => {
    const plain = cli(['a.txt', '-f', 'pretty']);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toMatch(/^a\.txt {2}1 quote · 0 claims · 1 speaker\n {2}1:2 {4}Ana Ruiz/);
    expect(plain.stdout).not.toContain('\u001b');
    for (const env of [{ NO_COLOR: '1' }, { TERM: 'dumb' }, { FORCE_COLOR: '3' }] as Record<string, string>[]) expect(cli(['a.txt', '-f', 'pretty'], { env }).stdout).toBe(plain.stdout);
    const coloured = cli(['a.txt', '-f', 'pretty', '--color', 'always']).stdout;
    expect(coloured).toContain('\u001b[');
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, '')).toBe(plain.stdout);
  });

  it('--output writes the file atomically; the other inputs are still written when one fails', () => {
    const r = cli(['a.txt', 'missing.txt', '-f', 'json', '-o', 'out.json']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'extract: missing.txt: no such file\n' });
    expect(articles(readFileSync(join(root, 'out.json'), 'utf8')).map((a) => a.file)).toEqual(['a.txt']);
    expect(cli(['a.txt', '-o', 'no/such/dir/out.yaml'])).toEqual({ code: 2, stdout: '', stderr: 'extract: no/such/dir/out.yaml: cannot write: no such file\n' });
  });

  it('a full disk (/dev/full) on stdout or --output: one line, exit 2; --output /dev/stdout is written, not replaced', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [BIN, 'a.txt'], { cwd: root, env: environment(), stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
      expect([r.status, r.stderr]).toEqual([2, 'extract: cannot write the output: no space left on the device\n']);
    } finally {
      closeSync(full);
    }
    expect(cli(['a.txt', '-o', '/dev/full'])).toEqual({ code: 2, stdout: '', stderr: 'extract: /dev/full: cannot write: no space left on the device\n' });
    // Through a shell pipe: Node's own stdio pipes are sockets, which /dev/stdout cannot reopen.
    const direct = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" a.txt -f json -o /dev/stdout | cat`], { cwd: root, env: environment(), encoding: 'utf8' });
    expect([direct.status, direct.stderr]).toEqual([0, '']);
    expect(articles(direct.stdout).map((a) => a.file)).toEqual(['a.txt']);
    expect(lstatSync('/dev/stdout').isSymbolicLink() || lstatSync('/dev/stdout').isCharacterDevice()).toBe(true);
  });

  it('--output: an interrupted run leaves neither the file nor its temporary file', async () => {
    const dir = join(root, 'interrupted');
    mkdirSync(dir, { recursive: true });
    // Reading a stdin that never ends keeps the run going after the temporary file is opened.
    const child = spawn(process.execPath, [BIN, '-', '-o', 'out.json'], { cwd: dir, env: environment(), stdio: ['pipe', 'ignore', 'pipe'] });
    for (let waited = 0; readdirSync(dir).length === 0 && waited < 200; waited++) await new Promise((r) => setTimeout(r, 50));
    expect(readdirSync(dir)).toHaveLength(1); // the temporary file
    const exit = new Promise<NodeJS.Signals | null>((resolve) => child.on('close', (_code, signal) => resolve(signal)));
    child.kill('SIGINT');
    expect(await exit).toBe('SIGINT');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('filters and --explain', () => {
    const [b] = articles(cli(['b.md', '-f', 'json', '--types', 'direct', '--speaker', 'vale', '--explain']).stdout);
    expect(b!.quotes.map((q) => [q.text, q.speaker?.name, q.explain?.map((s) => s.pass)])).toEqual([
      ['We are watching it closely,', 'Tom Vale', ['quote-shapes', 'cue-speakers', 'attribution']],
    ]);
  });

  it('extract schema prints the schema the outputs validate against', () => {
    const r = cli(['schema']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(readFileSync(join(REPO, 'schema', 'extract.schema.json'), 'utf8')));
  });
});

describe('extract (built), closed stdout', () => {
  function runWithClosingStdout(args: string[], when: 'first chunk' | 'at once'): Promise<Run> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [BIN, ...args], { cwd: root, env: environment(), stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      if (when === 'at once') child.stdout.destroy();
      else
        child.stdout.setEncoding('utf8').once('data', (chunk: string) => {
          stdout = chunk;
          child.stdout.destroy();
        });
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });
  }

  it('ends quietly with exit 0 when the reader goes after the first chunk (| head)', async () => {
    const r = await runWithClosingStdout(['many', '--format', 'json'], 'first chunk');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\{\n {2}"articles": \[/);
  });

  it('ndjson | head -1: the first line, then a quiet exit 0', async () => {
    const r = await runWithClosingStdout(['many', '-f', 'ndjson'], 'first chunk');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout.split('\n')[0]!) as ArticleResult).file).toBe('many/article-000.txt');
  });

  it('ends quietly with exit 0 when stdout is closed before anything is written', async () => {
    const r = await runWithClosingStdout(['many', 'a.txt', '--format', 'json'], 'at once');
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});

describe('extract (built), start-up cost', () => {
  /** The modules a run loaded: URLs through a module resolve hook, and files that require() loaded. */
  function loadedModules(args: string[]): { run: Run; urls: string[] } {
    const dir = join(root, '.hooks');
    mkdirSync(dir, { recursive: true });
    const log = join(dir, `log-${args.join('_').replace(/\W/g, '')}.txt`);
    writeFileSync(log, '');
    writeFileSync(
      join(dir, 'hooks.mjs'),
      `import { appendFileSync } from 'node:fs';
let log;
export function initialize(data) { log = data.log; }
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  appendFileSync(log, result.url + '\\n');
  return result;
}
`,
    );
    const register = join(dir, `register-${log.length}.mjs`);
    writeFileSync(
      register,
      `import { register } from 'node:module';
register(${JSON.stringify(pathToFileURL(join(dir, 'hooks.mjs')).href)}, { data: { log: ${JSON.stringify(log)} } });
`,
    );
    // The ESM hook does not see require(), which yaml.ts uses to load the package.
    const required = join(dir, `required-${log.length}.cjs`);
    writeFileSync(
      required,
      `const Module = require('node:module');
const { appendFileSync } = require('node:fs');
const load = Module._load;
Module._load = function (request, parent, isMain) {
  appendFileSync(${JSON.stringify(log)}, Module._resolveFilename(request, parent, isMain) + '\\n');
  return load.apply(this, arguments);
};
`,
    );
    const run = cli(args, { node: ['--require', required, '--import', pathToFileURL(register).href] });
    return { run, urls: readFileSync(log, 'utf8').split('\n').filter(Boolean) };
  }

  it('--help and usage errors load neither yaml nor compromise', () => {
    for (const args of [['--help'], ['--format', 'xml']]) {
      const { run, urls } = loadedModules(args);
      expect(run.stderr.includes('Error') ? run.stderr : '').toBe('');
      expect(urls.some((u) => u.includes('/node_modules/commander/'))).toBe(true); // the hook sees packages
      expect(urls.filter((u) => /\/node_modules\/(yaml|compromise)\//.test(u))).toEqual([]);
    }
  });

  it('YAML of an ordinary article loads neither yaml nor compromise; an article the YAML writer declines loads yaml', () => {
    const ordinary = loadedModules(['a.txt']);
    expect([ordinary.run.code, ordinary.run.stderr]).toEqual([0, '']);
    expect(ordinary.urls.some((u) => u.includes('/dist/output/yaml-writer.js'))).toBe(true); // the hooks see our modules
    expect(ordinary.urls.filter((u) => /\/node_modules\/(yaml|compromise)\//.test(u))).toEqual([]);
    writeFileSync(join(root, 'tab.txt'), '“A\ttab,” said Jo Reed.\n');
    const declined = loadedModules(['tab.txt']);
    expect(declined.run.stdout).toContain('text: A\ttab,\n'); // a tab is allowed raw in a plain scalar
    expect(declined.urls.some((u) => u.includes('/node_modules/yaml/'))).toBe(true);
  });
});
