/**
 * `extract check`: in-process through main() with injected streams, and as a subprocess of the
 * built CLI for the exit codes, --format github and --since in a temporary git repository.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { makeTree } from './fixture-tree.js';

const BIN = join(fileURLToPath(new URL('../..', import.meta.url)), 'bin', 'extract.js');
const CLEAN = '“We will win,” said Ida Quell.\n';
const UNATTRIBUTED = 'The hall was full.\n\n“Nobody saw it coming.”\n';
const NAMED_TWO_WAYS = '“We will win,” said Susan Harlow.\n\nSue Harlow said the vote was close.\n';

class Collector extends Writable {
  text = '';
  override _write(chunk: Buffer, _e: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

let root: string;
let cleanup: () => void;
beforeAll(() => {
  ({ root, cleanup } = makeTree({
    'desk/clean.txt': CLEAN,
    'desk/open.txt': UNATTRIBUTED,
    'desk/names.txt': NAMED_TWO_WAYS,
    'quiet/.extractrc.yaml': 'rules:\n  unattributed-quote: warning\n',
    'quiet/sub/open.txt': UNATTRIBUTED,
    'bad-config/.extractrc.yaml': 'rules:\n  unattributed-quotes: off\n',
    'bad-config/a.txt': CLEAN,
    'people.yaml': '- Ida Quell\n- name: Susan Harlow\n  aliases: [Sue Harlow]\n',
  }));
});
afterAll(() => cleanup());

async function check(argv: string[], cwd = root) {
  const stdout = new Collector();
  const stderr = new Collector();
  const stdin = Object.assign(Readable.from([]), { isTTY: true });
  const code = await main({ argv: ['check', ...argv], stdin, stdout, stderr, env: {}, cwd });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

describe('extract check (in-process)', () => {
  it('0 when clean, with a summary on stderr', async () => {
    expect(await check(['desk/clean.txt'])).toEqual({ code: 0, stdout: '', stderr: 'extract: check: 0 errors, 0 warnings in 1 file checked\n' });
  });

  it('1 with findings at error level, one line each as file:line:col: severity rule message', async () => {
    const r = await check(['desk/open.txt', 'desk/names.txt', '--no-config']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      'desk/open.txt:3:2: error unattributed-quote quotation “Nobody saw it coming.” has no speaker\n' +
        'desk/names.txt:3:1: error inconsistent-speaker “Sue Harlow” is written “Susan Harlow” elsewhere in the article\n',
    );
    expect(r.stderr).toBe('extract: check: 2 errors, 0 warnings in 2 files checked\n');
  });

  it('--rule and the nearest .extractrc.yaml set levels; warnings alone exit 0', async () => {
    expect((await check(['desk/open.txt', '--rule', 'unattributed-quote=warning'])).code).toBe(0);
    expect((await check(['desk/open.txt', '--rule', 'unattributed-quote=off'])).stdout).toBe('');
    const fromConfig = await check(['open.txt'], join(root, 'quiet', 'sub'));
    expect(fromConfig.code).toBe(0);
    expect(fromConfig.stdout).toMatch(/^open\.txt:3:2: warning unattributed-quote/);
    expect((await check(['open.txt', '--no-config'], join(root, 'quiet', 'sub'))).code).toBe(1);
  });

  it('a registry: a speaker spelled another way is reported with the registered form', async () => {
    const r = await check(['desk/names.txt', '--speakers', 'people.yaml', '--rule', 'inconsistent-speaker=off']);
    expect(r.stdout).toBe('');
    const unknown = await check(['desk/clean.txt', '--speakers', 'people.yaml']);
    expect(unknown.code).toBe(0);
  });

  it.each([
    [['desk/clean.txt', '--rule', 'no-such-rule=off'], /^extract: check: option '--rule <rule=level>' argument 'no-such-rule=off' is invalid\. unknown rule 'no-such-rule'/],
    [['desk/clean.txt', '--rule', 'unattributed-quote=loud'], /level must be one of error, warning, off/],
    [['desk/clean.txt', '--speakers', 'missing.yaml'], /^extract: check: .*missing\.yaml: no such file\n/],
    [['--config', 'bad-config/.extractrc.yaml', 'desk/clean.txt'], /^extract: check: .*\.extractrc\.yaml: unknown rule 'unattributed-quotes'/],
    [['--format', 'xml'], /'xml' is invalid/],
    [[], /^extract: check: no input/],
  ])('%j: a usage or configuration error is one line, exit 2', async (argv, message) => {
    const r = await check(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('an unreadable path among readable ones: its line on stderr, the others checked, exit 2', async () => {
    const r = await check(['missing.txt', 'desk/open.txt']);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/^desk\/open\.txt:3:2: error unattributed-quote/);
    expect(r.stderr).toBe('extract: missing.txt: no such file\nextract: check: 1 error, 0 warnings in 1 file checked\n');
  });

  it('--format json: the findings and a summary in one document', async () => {
    const r = await check(['desk/open.txt', '-f', 'json', '-q']);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({
      findings: [{ file: 'desk/open.txt', line: 3, column: 2, start: 21, end: 42, severity: 'error', rule: 'unattributed-quote', message: 'quotation “Nobody saw it coming.” has no speaker' }],
      summary: { files: 1, errors: 1, warnings: 0 },
    });
  });

  it('--help lists the rules and the exit codes', async () => {
    const r = await check(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('unattributed-quote');
    expect(r.stdout).toMatch(/Exit codes:\n\s+0\s+no finding at error level\n\s+1\s+findings at error level\n\s+2\s+usage/);
  });
});

function cli(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [BIN, 'check', ...args], { cwd, encoding: 'utf8', input: '', env: { PATH: process.env.PATH ?? '', HOME: root } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('extract check (built)', () => {
  it('--format github writes workflow annotations, with commas and colons escaped in properties', () => {
    const r = cli(['desk/open.txt', '-f', 'github', '-q'], root);
    expect(r).toEqual({
      code: 1,
      stdout: '::error file=desk/open.txt,line=3,col=2,title=unattributed-quote::quotation “Nobody saw it coming.” has no speaker\n',
      stderr: '',
    });
  });

  it('worker threads (several files) find what the main thread finds in each file alone, with levels and a registry', () => {
    const files = ['desk/clean.txt', 'desk/names.txt', 'desk/open.txt', 'quiet/sub/open.txt', 'desk/unknown.txt'];
    writeFileSync(join(root, 'desk', 'unknown.txt'), '“Later,” said Piet Brandt.\n');
    const options = ['--speakers', 'people.yaml', '--rule', 'unattributed-quote=warning', '--no-config', '-q'];
    const together = cli([...files, ...options], root);
    const alone = files.map((f) => cli([f, ...options], root));
    expect(together.stdout).toBe(alone.map((r) => r.stdout).join(''));
    expect(together.stdout).toMatch(/: warning unattributed-quote /);
    expect(together.stdout).toMatch(/: error unknown-speaker speaker “Piet Brandt”/);
    expect(together.code).toBe(1);
  });

  it('--since checks only article files added or changed since the ref, committed or not', () => {
    const repo = join(root, 'repo');
    mkdirSync(join(repo, 'news'), { recursive: true });
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', ...args], { cwd: repo, stdio: 'pipe' });
    git('init', '-q', '-b', 'main');
    writeFileSync(join(repo, 'news', 'old.txt'), UNATTRIBUTED);
    git('add', '.');
    git('commit', '-q', '-m', 'old');
    git('checkout', '-q', '-b', 'topic');
    writeFileSync(join(repo, 'news', 'new.txt'), UNATTRIBUTED);
    writeFileSync(join(repo, 'news', 'notes.json'), '{}');
    git('add', '.');
    git('commit', '-q', '-m', 'new');
    writeFileSync(join(repo, 'news', 'draft.txt'), NAMED_TWO_WAYS); // untracked, not ignored
    const r = cli(['--since', 'main', '-f', 'github'], repo);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n').filter(Boolean).map((l) => /file=([^,]+)/.exec(l)![1])).toEqual(['news/draft.txt', 'news/new.txt']);
    expect(cli(['--since', 'main', 'news/new.txt'], repo).stdout).toMatch(/^news\/new\.txt:3:2:/);
    expect(cli(['--since', 'no-such-ref'], repo)).toMatchObject({ code: 2, stderr: "extract: check: --since: 'no-such-ref' is not a commit, branch or tag in this repository\n" });
  });

  it('--since outside a git repository is a clear error, exit 2', () => {
    const outside = join(root, 'desk');
    const r = cli(['--since', 'main'], outside);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^extract: check: --since needs a git repository, and .* is not in one\n$/);
  });
});
