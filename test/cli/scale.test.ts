/**
 * Running at scale with the built CLI: worker threads give byte-identical output in input order,
 * `--input ndjson` maps records to results, and a corpus split into shards and run as separate
 * processes (as GNU parallel, Spark's pipe or Hadoop Streaming would) merges to exactly one run.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: the corpus generator is plain JavaScript, shared with the benchmark.
import { generateCorpus } from '../../bench/corpus.mjs';
import { MAX_RECORD_LINE } from '../../src/cli/records.js';
import { WORKER_MAX_INPUT } from '../../src/cli/worker-protocol.js';
import type { ArticleResult } from '../../src/index.js';
import { MAX_INPUT_BYTES } from '../../src/source.js';
import { articleProblems } from '../support/schema.js';
import { makeTree } from './fixture-tree.js';

const BIN = join(fileURLToPath(new URL('../..', import.meta.url)), 'bin', 'extract.js');
const corpus = (generateCorpus as (o: { articles: number; seed: number }) => { name: string; text: string }[])({ articles: 60, seed: 7 });

let root: string;
let cleanup: () => void;
beforeAll(() => {
  ({ root, cleanup } = makeTree());
  mkdirSync(join(root, 'corpus'));
  for (const f of corpus) writeFileSync(join(root, 'corpus', f.name), f.text);
});
afterAll(() => cleanup());

function cli(args: string[], input = '') {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: root, input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { PATH: process.env.PATH ?? '' } });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('scale', () => {
  it('--jobs 1, 2 and 3 give byte-identical output, in input order, as the main thread does', () => {
    const one = cli(['corpus', '-f', 'ndjson', '-j', '1']);
    expect([one.code, one.stderr]).toEqual([0, '']);
    expect(one.stdout.split('\n').filter(Boolean)).toHaveLength(corpus.length);
    for (const jobs of ['2', '3']) expect(cli(['corpus', '-f', 'ndjson', '-j', jobs]).stdout).toBe(one.stdout);
    // A lone input is extracted in the main thread, not a worker: the same bytes.
    const lines = one.stdout.split('\n');
    const names = corpus.map((f) => f.name).sort();
    for (const i of [0, 1, 2]) expect(cli([`corpus/${names[i]}`, '-f', 'ndjson']).stdout).toBe(`${lines[i]}\n`);
    expect(cli(['corpus', '-f', 'yaml', '-j', '2']).stdout).toBe(cli(['corpus', '-f', 'yaml', '-j', '1']).stdout);
    // pretty shows the text, so the main thread reads the files and sends the workers their text.
    expect(cli(['corpus', '-f', 'pretty', '-j', '2']).stdout).toBe(cli(['corpus', '-f', 'pretty', '-j', '1']).stdout);
  });

  it('workers write each data format, and a selection, in the bytes the main thread writes alone', () => {
    // A lone input is extracted and formatted in the main thread; several go to the workers as pieces.
    mkdirSync(join(root, 'three'));
    const names = corpus.map((f) => f.name).sort().slice(0, 3);
    for (const name of names) writeFileSync(join(root, 'three', name), corpus.find((f) => f.name === name)!.text);
    const head = 'articles:\n';
    for (const selection of [[], ['--types', 'direct,indirect', '--fields', 'text,speaker', '--speaker', 'Quell']]) {
      const alone = (format: string) => names.map((n) => cli([`three/${n}`, '-f', format, ...selection]).stdout);
      const all = (format: string) => cli(['three', '-f', format, '-j', '2', ...selection]).stdout;
      expect(all('ndjson')).toBe(alone('ndjson').join(''));
      expect(all('yaml')).toBe(head + alone('yaml').map((t) => t.slice(head.length)).join(''));
      const articles = alone('json').map((t) => (JSON.parse(t) as { articles: unknown[] }).articles[0]);
      expect(all('json')).toBe(`${JSON.stringify({ articles }, null, 2)}\n`);
    }
  });

  it('an input too big for a pooled worker is extracted by the large-input worker, in its place', () => {
    mkdirSync(join(root, 'big'));
    const large = corpus.map((f) => f.text).join('\n\n');
    expect(large.length).toBeGreaterThan(WORKER_MAX_INPUT);
    writeFileSync(join(root, 'big', '1.txt'), corpus[0]!.text);
    writeFileSync(join(root, 'big', '2.txt'), large);
    writeFileSync(join(root, 'big', '3.txt'), corpus[1]!.text);
    const one = cli(['big', '-f', 'ndjson', '-j', '1']);
    expect([one.code, one.stderr]).toEqual([0, '']);
    expect(cli(['big', '-f', 'ndjson', '-j', '2']).stdout).toBe(one.stdout);
    const records = [corpus[0]!.text, large, corpus[1]!.text].map((text, i) => JSON.stringify({ id: i, text })).join('\n');
    expect(cli(['--input', 'ndjson', '-j', '2'], records).stdout).toBe(cli(['--input', 'ndjson', '-j', '1'], records).stdout);
  });

  it('files taken together by a worker: failures, warnings and inputs too big for it stay in their places', () => {
    // Workers take files eight at a time; these sit first, last and inside such groups.
    mkdirSync(join(root, 'mixed'));
    const large = Array.from({ length: Math.ceil(WORKER_MAX_INPUT / corpus[0]!.text.length) + 1 }, () => corpus[0]!.text).join('\n\n');
    const names = Array.from({ length: 20 }, (_, i) => `${String(i).padStart(2, '0')}.txt`);
    names.forEach((name, i) => writeFileSync(join(root, 'mixed', name), [0, 7, 8, 19].includes(i) ? large : corpus[i]!.text));
    writeFileSync(join(root, 'mixed', names[3]!), 'binary\0file');
    writeFileSync(join(root, 'mixed', names[5]!), Buffer.from('\u201cCaf\xe9,\u201d said Jo Reed.', 'latin1'));
    symlinkSync(join(root, 'nowhere'), join(root, 'mixed', names[12]!.replace('.txt', 'b.txt')));
    const alone = names.filter((_, i) => i !== 3).map((n) => cli([`mixed/${n}`, '-f', 'ndjson']).stdout);
    for (const jobs of ['1', '2']) {
      const run = cli(['mixed', '-f', 'ndjson', '-j', jobs]);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe([
        'extract: mixed/03.txt: binary file (contains NUL bytes), not an article',
        'extract: mixed/05.txt: warning: not valid UTF-8; decoded as Windows-1252',
        'extract: mixed/12b.txt: no such file',
      ].join('\n') + '\n');
      expect(run.stdout).toBe(alone.join(''));
      const articles = alone.map((line) => JSON.parse(line) as unknown);
      expect(cli(['mixed', '-f', 'json', '-j', jobs]).stdout).toBe(`${JSON.stringify({ articles }, null, 2)}\n`);
    }
  });

  it('worker threads escape what one thread escapes, in the text and in file names', () => {
    mkdirSync(join(root, 'odd'));
    const texts = ['“Line\u2028break,” said Jo Reed.', '“Plain,” said Jo Reed.', '“C1\u0085 and BOM\ufeff,” Ida Quell said.'];
    texts.forEach((t, i) => writeFileSync(join(root, 'odd', `${i}-name\u2029\u009b.txt`), t));
    const one = cli(['odd', '-f', 'ndjson', '-j', '1']);
    expect([one.code, one.stderr]).toEqual([0, '']);
    expect(cli(['odd', '-f', 'ndjson', '-j', '2']).stdout).toBe(one.stdout);
    expect(one.stdout).not.toMatch(/[\u007f-\u009f\u2028\u2029\ufeff]/);
    const results = one.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as ArticleResult);
    expect(results.map((a) => a.quotes[0]?.text)).toEqual(['Line\u2028break,', 'Plain,', 'C1\u0085 and BOM\ufeff,']);
    expect(results[1]!.file).toBe('odd/1-name\u2029\u009b.txt');
  });

  it('--input ndjson: one result line per record, in order, with its id; bad records are reported in place', () => {
    const records = [
      JSON.stringify({ id: 'a-1', text: corpus[0]!.text }),
      'not json',
      '',
      JSON.stringify({ id: 2, file: `corpus/${corpus[1]!.name}` }),
      JSON.stringify({ id: 3, text: 'x', file: 'y' }),
      JSON.stringify({ text: corpus[2]!.text }),
    ].join('\n');
    const r = cli(['--input', 'ndjson', '-j', '2'], `${records}\n`);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('extract: <stdin>:2: not a JSON record\nextract: <stdin>:5: a record needs a "text" string or a "file" path (one of them)\n');
    const results = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as ArticleResult);
    for (const a of results) expect(articleProblems(a)).toBe('');
    expect(results.map((a) => [a.id, a.file])).toEqual([['a-1', 'a-1'], [2, `corpus/${corpus[1]!.name}`], [undefined, '<stdin>:6']]);
    const inYaml = cli(['--input', 'ndjson', '-j', '2', '-f', 'yaml'], `${records}\n`).stdout;
    expect(inYaml.match(/^ {2}- (id|file): .*$/gm)).toEqual(['  - id: a-1', '  - id: 2', '  - file: <stdin>:6']);
    const [byText] = results;
    const direct = JSON.parse(cli([`corpus/${corpus[0]!.name}`, '-f', 'ndjson']).stdout) as ArticleResult;
    expect({ ...byText, id: undefined, file: direct.file }).toEqual({ ...direct, id: undefined });
  });

  it('--input ndjson: records taken together by a worker give what each record gives alone', () => {
    // A lone record is extracted in the main thread; many go to the workers eight at a time.
    const large = Array.from({ length: Math.ceil(WORKER_MAX_INPUT / corpus[0]!.text.length) + 1 }, () => corpus[0]!.text).join('\n\n');
    writeFileSync(join(root, 'large.txt'), large);
    const records = [
      ...corpus.slice(0, 12).map((f, i) => (i % 2 === 0 ? { id: i, text: f.text } : { id: `f${i}`, file: `corpus/${f.name}` })),
      { id: 'big-text', text: large },
      { id: 'big-file', file: 'large.txt' },
      { text: corpus[12]!.text },
    ].map((r) => JSON.stringify(r));
    records.splice(9, 0, JSON.stringify({ id: 'gone', file: 'nowhere.txt' }));
    const all = cli(['--input', 'ndjson', '-j', '2'], records.join('\n'));
    expect([all.code, all.stderr]).toEqual([2, 'extract: nowhere.txt: no such file\n']);
    const alone = records.map((r, i) => cli(['--input', 'ndjson'], r).stdout.replace(`<stdin>:1`, `<stdin>:${i + 1}`));
    expect(all.stdout).toBe(alone.join(''));
  });

  it('--input ndjson: a text over the size limit, or a line too long to be a record, fails in its place', () => {
    const over = JSON.stringify({ id: 'big', text: 'x'.repeat(MAX_INPUT_BYTES + 1) });
    const runaway = 'a'.repeat(MAX_RECORD_LINE + 1);
    const r = cli(['--input', 'ndjson'], [over, runaway, JSON.stringify({ id: 'ok', text: corpus[0]!.text })].join('\n'));
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'extract: <stdin>:1: too large for one article (16.0 MiB; the limit is 16 MiB): split it into articles\n' +
        'extract: <stdin>:2: record too long (134.2 million characters on one line; the limit is 134.2 million): a record holds one article\n',
    );
    expect((JSON.parse(r.stdout) as ArticleResult).id).toBe('ok');
  });

  it('--input ndjson with paths is a usage error', () => {
    expect(cli(['--input', 'ndjson', 'corpus'])).toMatchObject({ code: 2, stdout: '' });
  });

  it('shards run as separate processes merge to exactly one single run', () => {
    const single = cli(['corpus', '-f', 'ndjson']).stdout;
    const names = corpus.map((f) => `corpus/${f.name}`).sort();
    const shards = [0, 1, 2].map((k) => names.filter((_, i) => i % 3 === k));
    const outputs = shards.map((files) => cli(['-f', 'ndjson', '-j', '1', ...files]).stdout);
    const byFile = new Map(outputs.flatMap((o) => o.trimEnd().split('\n')).map((line) => [(JSON.parse(line) as ArticleResult).file, line]));
    expect(names.map((n) => byFile.get(n)).join('\n') + '\n').toBe(single);
    // The same as records: a mapper over {"file"} records, one process per shard.
    const viaRecords = shards.map((files) => cli(['--input', 'ndjson'], files.map((file) => JSON.stringify({ file })).join('\n')).stdout);
    const merged = new Map(viaRecords.flatMap((o) => o.trimEnd().split('\n')).map((line) => [(JSON.parse(line) as ArticleResult).file, line]));
    expect(names.map((n) => merged.get(n)).join('\n') + '\n').toBe(single);
  });
});
