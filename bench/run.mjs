#!/usr/bin/env node
/**
 * npm run bench [-- --size 20MB] [-- --quick]
 *
 * Side by side, on one generated corpus (bench/corpus.mjs, written to bench/corpus/, not committed):
 *   ceiling    read every file and run one regular expression over it, in this process
 *   extract    the built CLI, `-f ndjson`, with --jobs 1 and with --jobs <cores>; and in the default
 *              format (YAML) with --jobs <cores>, for what a run without options costs; and
 *              `extract check` (one worker per core; it exits 1, as the corpus has findings)
 *   baseline   a naive compromise extractor: each paragraph through nlp(p).quotations() and
 *              nlp(p).people(), the nearest person wins (on an evenly spread sample: it is slow)
 *   warm       the extractor in this process, warmed up, over texts in memory: every pass, and the
 *              segmentation passes alone (about the best a worker can do with the present passes)
 * plus peak RSS, start-up times against `node -e 0`, and linear-time checks (4× an adversarial
 * input against 1×). Prints a table and writes bench/results.json. Times are wall-clock medians
 * (of three runs of each extract command at the default size) on whatever else the machine is
 * doing, so compare the ratios of one run, not runs.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { generateCorpus } from './corpus.mjs';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(REPO, 'bin', 'extract.js');
const CORPUS = join(REPO, 'bench', 'corpus');
const MB = 1024 * 1024;

function parseSize(text) {
  const m = /^(\d+(?:\.\d+)?)\s*(KB|MB|GB)?$/i.exec(text);
  if (!m) throw new Error(`--size: expected e.g. 20MB or 1GB, got ${text}`);
  return Number(m[1]) * { KB: 1024, MB, GB: 1024 * MB }[(m[2] ?? 'MB').toUpperCase()];
}

const args = process.argv.slice(2);
const sizeArg = args.includes('--size') ? args[args.indexOf('--size') + 1] : '20MB';
const targetBytes = parseSize(sizeArg);
const quick = args.includes('--quick');

/** The corpus on disk is reused while its size and the generator that wrote it are the same. */
function writeCorpus() {
  const stamp = join(CORPUS, '.stamp');
  const made = `${targetBytes} ${createHash('sha256').update(readFileSync(new URL('./corpus.mjs', import.meta.url))).digest('hex').slice(0, 16)}`;
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === made) return;
  rmSync(CORPUS, { recursive: true, force: true });
  mkdirSync(CORPUS, { recursive: true });
  // About 12.5 KB per article on average (log-uniform from 1 to 50 KB); generated in batches to keep memory flat.
  const articles = Math.max(10, Math.round(targetBytes / 12_700));
  const batch = 500;
  for (let start = 0; start < articles; start += batch) {
    const files = generateCorpus({ articles: Math.min(batch, articles - start), seed: 2026 + start });
    files.forEach((f, i) => writeFileSync(join(CORPUS, `article-${String(start + i).padStart(7, '0')}.txt`), f.text));
  }
  writeFileSync(stamp, made);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Wall time of `run`, a synchronous call, in seconds. */
function secondsOf(run) {
  const t0 = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - t0) / 1e9;
}
const hasTime = existsSync('/usr/bin/time');

/**
 * Wall time (s), CPU time (s) and peak RSS (MB) of a command, output discarded; CPU and RSS via
 * /usr/bin/time when present. Another exit code than `okCodes` is a failure.
 */
function timed(command, commandArgs, okCodes = [0]) {
  let r;
  const seconds = secondsOf(() => {
    r = hasTime
      ? spawnSync('/usr/bin/time', ['-f', '%U %S %M', command, ...commandArgs], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' })
      : spawnSync(command, commandArgs, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  });
  if (!okCodes.includes(r.status)) throw new Error(`${command} ${commandArgs.join(' ')} failed: ${r.stderr}`);
  if (!hasTime) return { seconds, cpuSeconds: null, rssMB: null };
  const [user, system, rssKB] = r.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  return { seconds, cpuSeconds: user + system, rssMB: rssKB / 1024 };
}

/**
 * The run of median wall time out of `n` (the machine is shared, so one run can be slowed by
 * others), with the highest peak RSS of them all.
 */
function medianRun(n, command, commandArgs, okCodes) {
  const runs = Array.from({ length: n }, () => timed(command, commandArgs, okCodes)).sort((a, b) => a.seconds - b.seconds);
  const middle = runs[Math.floor(n / 2)];
  const rss = runs.map((r) => r.rssMB).filter((x) => x !== null);
  return { ...middle, rssMB: rss.length > 0 ? Math.max(...rss) : null, runs: n };
}

function ceiling(files) {
  let marks = 0;
  const seconds = secondsOf(() => {
    for (const f of files) marks += (readFileSync(f, 'utf8').match(/[“”"]/g) ?? []).length;
  });
  return { seconds, marks };
}

/**
 * The extractor warm, in this process, on one thread, over texts already in memory: every pass and
 * the result (what `extract()` does), and the segmentation passes alone (paragraphs, quotation
 * marks, sentences, tokens). No start-up, no warm-up, no reading, no output: about the best rate a
 * worker can reach with the present passes. One round warms the code up; the median of three counts.
 * Holds at most WARM_BYTES of text, so a 1 GB corpus is sampled from its start.
 */
const WARM_BYTES = 32 * MB;

async function warm(files) {
  const { extract } = await import(join(REPO, 'dist', 'index.js'));
  const { runPasses } = await import(join(REPO, 'dist', 'pipeline.js'));
  const { PASSES } = await import(join(REPO, 'dist', 'passes', 'index.js'));
  const { makeSource } = await import(join(REPO, 'dist', 'model', 'source.js'));
  const texts = [];
  let bytes = 0;
  for (const f of files) {
    const size = statSync(f).size;
    if (texts.length > 0 && bytes + size > WARM_BYTES) break;
    texts.push(readFileSync(f, 'utf8'));
    bytes += size;
  }
  const segmentation = PASSES.slice(0, PASSES.findIndex((p) => p.name === 'tokens') + 1);
  const round = (one) => secondsOf(() => {
    for (const text of texts) one(text);
  });
  const rounds = (one) => {
    round(one);
    return median([round(one), round(one), round(one)]);
  };
  const all = rounds((text) => extract(text));
  const segment = rounds((text) => runPasses(makeSource('<text>', text), segmentation));
  return { articles: texts.length, bytes, all, segment, segmentationPasses: segmentation.map((p) => p.name) };
}

/** The naive baseline: compromise's own quotations and people per paragraph, nearest person wins. */
function baseline(files) {
  const nlp = createRequire(import.meta.url)('compromise');
  let quotes = 0;
  const seconds = secondsOf(() => {
    for (const f of files) {
      for (const p of readFileSync(f, 'utf8').split(/\n\s*\n/)) {
        const doc = nlp(p);
        const people = doc.people().json({ offset: true });
        for (const q of doc.quotations().json({ offset: true })) {
          const at = q.offset?.start ?? 0;
          people.sort((a, b) => Math.abs((a.offset?.start ?? 0) - at) - Math.abs((b.offset?.start ?? 0) - at));
          quotes += people.length > 0 ? 1 : 0;
        }
      }
    }
  });
  return { seconds, quotes };
}

/** 4× an adversarial input against 1×, in this process: near 4 means linear, 16 quadratic. */
async function linearity() {
  const { extract } = await import(join(REPO, 'dist', 'index.js'));
  const unit = 100_000;
  const shapes = {
    'one long paragraph': (n) => 'The council said the road would close. “It will reopen in May,” said Ida Quell. '.repeat(Math.ceil(n / 80)).slice(0, n),
    'unbalanced quote marks': (n) => '“ ” " « ‘ '.repeat(n / 10),
    'straight quotes': (n) => '"a" b "c d" e '.repeat(n / 14),
    'back-to-back quotations': (n) => '“x”'.repeat(n / 3),
    'dense names': (n) => 'Ida Quell Piet Brandt Nadia Forsyth said '.repeat(n / 41),
    'paragraphs without quote marks': (n) => 'The council met on Monday and approved the plan.\n\n'.repeat(n / 50),
    'one long word': (n) => 'x'.repeat(n),
  };
  const result = {};
  for (const [name, make] of Object.entries(shapes)) {
    const time = (n) => {
      const text = make(n);
      return secondsOf(() => extract(text));
    };
    time(unit / 10); // warm up
    const one = median([time(unit), time(unit), time(unit)]);
    const four = median([time(unit * 4), time(unit * 4), time(unit * 4)]);
    result[name] = { bytes: unit, seconds1x: one, seconds4x: four, ratio: four / one };
  }
  return result;
}

function startup() {
  const small = join(CORPUS, readdirSync(CORPUS).find((f) => f.endsWith('.txt')));
  const runs = (cmd, a) => median(Array.from({ length: 7 }, () => timed(cmd, a).seconds));
  const node = runs(process.execPath, ['-e', '0']);
  const version = runs(process.execPath, [BIN, '--version']);
  const help = runs(process.execPath, [BIN, '--help']);
  const one = runs(process.execPath, [BIN, small, '-f', 'json']);
  return { nodeSeconds: node, versionSeconds: version, helpSeconds: help, oneFileSeconds: one, versionRatio: version / node, helpRatio: help / node, oneFileRatio: one / node };
}

async function main() {
  if (!existsSync(join(REPO, 'dist', 'cli', 'main.js'))) execFileSync('npm', ['run', 'build'], { cwd: REPO, stdio: 'inherit' });
  writeCorpus();
  const files = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort().map((f) => join(CORPUS, f));
  const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
  const cores = availableParallelism();
  console.error(`corpus: ${files.length} articles, ${(bytes / MB).toFixed(1)} MB in bench/corpus/`);

  // Three runs each (medians) at the default size; one at sizes where a run takes minutes.
  const repeats = bytes > 100 * MB || quick ? 1 : 3;
  const ceil = [ceiling(files), ceiling(files), ceiling(files)].sort((a, b) => a.seconds - b.seconds)[1];
  const single = medianRun(repeats, process.execPath, [BIN, CORPUS, '-f', 'ndjson', '-q', '-j', '1']);
  const multi = medianRun(repeats, process.execPath, [BIN, CORPUS, '-f', 'ndjson', '-q', '-j', String(cores)]);
  const yaml = medianRun(repeats, process.execPath, [BIN, CORPUS, '-q', '-j', String(cores)]);
  const check = medianRun(repeats, process.execPath, [BIN, 'check', CORPUS, '-q'], [0, 1]);
  // The baseline on every k-th file, so its sample has the corpus's size mix.
  const every = Math.max(1, Math.round(files.length / (quick ? 20 : 120)));
  const sample = files.filter((_, i) => i % every === 0);
  const sampleBytes = sample.reduce((n, f) => n + statSync(f).size, 0);
  const base = baseline(sample);
  const hot = await warm(files);
  const rate = (n, b, s) => ({ filesPerSecond: n / s, mbPerSecond: b / MB / s });

  const results = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, model: cpus()[0]?.model ?? 'unknown', memoryGB: Math.round(totalmem() / 1024 ** 3), node: process.version },
    corpus: { articles: files.length, megabytes: bytes / MB },
    ceiling: { ...rate(files.length, bytes, ceil.seconds), seconds: ceil.seconds },
    extractJobs1: { ...rate(files.length, bytes, single.seconds), seconds: single.seconds, cpuSeconds: single.cpuSeconds, peakRssMB: single.rssMB, runs: single.runs },
    extractJobsN: { jobs: cores, ...rate(files.length, bytes, multi.seconds), seconds: multi.seconds, cpuSeconds: multi.cpuSeconds, peakRssMB: multi.rssMB, runs: multi.runs },
    extractYamlJobsN: { jobs: cores, ...rate(files.length, bytes, yaml.seconds), seconds: yaml.seconds, cpuSeconds: yaml.cpuSeconds, peakRssMB: yaml.rssMB, runs: yaml.runs },
    check: { jobs: cores, ...rate(files.length, bytes, check.seconds), seconds: check.seconds, cpuSeconds: check.cpuSeconds, peakRssMB: check.rssMB, runs: check.runs },
    baseline: { sampleArticles: sample.length, ...rate(sample.length, sampleBytes, base.seconds), seconds: base.seconds },
    warmOneThread: {
      articles: hot.articles,
      megabytes: hot.bytes / MB,
      allPasses: { ...rate(hot.articles, hot.bytes, hot.all), seconds: hot.all },
      segmentation: { passes: hot.segmentationPasses, ...rate(hot.articles, hot.bytes, hot.segment), seconds: hot.segment },
    },
    startup: startup(),
    linearTime: null,
  };
  results.ratios = {
    extractVsBaseline: results.extractJobsN.filesPerSecond / results.baseline.filesPerSecond,
    extractVsCeiling: results.extractJobsN.mbPerSecond / results.ceiling.mbPerSecond,
    jobsNVsJobs1: results.extractJobsN.filesPerSecond / results.extractJobs1.filesPerSecond,
    warmVsCeiling: results.warmOneThread.allPasses.mbPerSecond / results.ceiling.mbPerSecond,
    warmSegmentationVsCeiling: results.warmOneThread.segmentation.mbPerSecond / results.ceiling.mbPerSecond,
  };
  return results;
}

const results = await main();
results.linearTime = await linearity();
writeFileSync(join(REPO, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);

const f = (x, d = 1) => (x === null || x === undefined ? '–' : x.toFixed(d));
const row = (name, r) => `${name.padEnd(34)}${f(r.filesPerSecond).padStart(10)}${f(r.mbPerSecond, 2).padStart(10)}${(r.cpuSeconds === undefined ? '' : f(r.cpuSeconds, 2)).padStart(10)}${(r.peakRssMB === undefined ? '' : f(r.peakRssMB, 0)).padStart(12)}`;
console.log(`\nCorpus: ${results.corpus.articles} articles, ${f(results.corpus.megabytes)} MB; ${results.machine.cpus} cores (${results.machine.model}), Node ${results.machine.node}\n`);
console.log(`${'run'.padEnd(34)}${'files/s'.padStart(10)}${'MB/s'.padStart(10)}${'CPU s'.padStart(10)}${'peak RSS MB'.padStart(12)}`);
console.log(row('read + one regex (ceiling)', results.ceiling));
console.log(row('extract --jobs 1', results.extractJobs1));
console.log(row(`extract --jobs ${results.extractJobsN.jobs}`, results.extractJobsN));
console.log(row(`extract --jobs ${results.extractYamlJobsN.jobs}, YAML (default)`, results.extractYamlJobsN));
console.log(row(`extract check (${results.check.jobs} workers)`, results.check));
console.log(row(`naive compromise (${results.baseline.sampleArticles} files)`, results.baseline));
const w = results.warmOneThread;
console.log(row(`warm, one thread: every pass`, w.allPasses));
console.log(row(`warm, one thread: segmentation`, w.segmentation));
console.log(`\nextract vs naive compromise: ${f(results.ratios.extractVsBaseline)}× files/s (target ≥ 50×)`);
console.log(`extract vs read+regex ceiling: ${f(results.ratios.extractVsCeiling * 100)}% MB/s (target ≥ 10%)`);
console.log(`--jobs ${results.extractJobsN.jobs} vs --jobs 1: ${f(results.ratios.jobsNVsJobs1, 2)}×`);
console.log(
  `warm, one thread, in memory (${w.articles} articles): every pass ${f(results.ratios.warmVsCeiling * 100)}% of the ceiling, ` +
    `segmentation alone ${f(results.ratios.warmSegmentationVsCeiling * 100)}% (with ${results.machine.cpus} cores, at most ${results.machine.cpus}× these)`,
);
const s = results.startup;
console.log(`\nstart-up: node -e 0 ${f(s.nodeSeconds * 1000, 0)} ms; extract --version ${f(s.versionSeconds * 1000, 0)} ms (${f(s.versionRatio, 2)}×); --help ${f(s.helpSeconds * 1000, 0)} ms (${f(s.helpRatio, 2)}×); one small file ${f(s.oneFileSeconds * 1000, 0)} ms (${f(s.oneFileRatio, 2)}×)`);
console.log('\nlinear time (time at 4× the input / time at 1×; 4 is linear, 16 quadratic):');
for (const [name, r] of Object.entries(results.linearTime)) console.log(`  ${name.padEnd(32)}${f(r.ratio, 2)}×  (${f(r.seconds1x * 1000, 0)} ms → ${f(r.seconds4x * 1000, 0)} ms)`);
console.log('\nwritten: bench/results.json');
