/**
 * The run loop shared by `extract` and `extract check`: read each input, decode it, extract it,
 * and yield the outcomes in input order. A failed input is an outcome too, in its place, so the
 * caller reports it and goes on.
 *
 * With more than one input, extraction runs in `jobs` worker threads (pool.ts), whose heaps are
 * capped, while this thread keeps a bounded window of inputs in flight (16 per worker), so memory
 * stays flat however many inputs there are, and the output is byte-identical whatever the number
 * of jobs. A worker hands back each article as a piece of the caller's output format, ready to
 * write (output/pieces.ts), as its findings for `extract check`, or as an NDJSON line that this
 * thread parses; for the data formats, inputs go to the workers ARTICLES_PER_TASK at a time, and
 * their pieces come back together.
 *
 * An input too big for a pooled worker's heap (over WORKER_MAX_INPUT, or one that ran a worker out
 * of memory) goes to a worker of its own whose heap may grow as large as this thread's (pool.ts):
 * if the input runs even that out of memory, it fails alone, with a clear message, and the run
 * goes on, where in this thread it would end the process and lose the outputs waiting behind it.
 * A single small input, and every input when running from sources (tests), are extracted in this
 * thread, which then imports the extractor; a run whose inputs all go to workers, or all fail,
 * never loads it here.
 */
import type { Finding } from '../check/finding.js';
import type { checkArticle } from '../check/run.js';
import type { ExtractOptions } from '../index.js';
import type { ArticleResult } from '../model/result.js';
import { makeSource } from '../model/source.js';
import type { PieceFormat } from '../output/pieces.js';
import type { Selection } from '../output/select.js';
import { readSource, readStream, SourceError, type Decoded, type SourceFile, type SourceWarning } from '../source.js';
import { finishArticle } from './finish-article.js';
import type { Input, RecordId } from './inputs.js';
import { largeInputHeapMb, Pool, WorkerOutOfMemory, workerScript, type Answered, type Task } from './pool.js';
import { WORKER_MAX_INPUT, type ArticleItem, type CheckSettings, type FileNote, type PiecesAnswer, type WorkerSettings } from './worker-protocol.js';

type Failed = { readonly kind: 'failed'; readonly path: string; readonly problem: string };

/** An input checked by `extract check` (ReadContext.check): its findings, wherever it was extracted. */
export interface Checked {
  readonly kind: 'checked';
  readonly path: string;
  readonly warnings: readonly SourceWarning[];
  readonly findings: readonly Finding[];
}

/** An extracted input. `S`: SourceFile when the caller needs the text (the default), else SourceFile | null. */
export interface Article<S extends SourceFile | null = SourceFile | null> {
  readonly kind: 'article';
  /** The input as the user named it. */
  readonly path: string;
  /** The decoded text; null when a worker read the file and the caller said it needs no text. */
  readonly source: S;
  /** Decode warnings are in `result.diagnostics` too; here they are for stderr. */
  readonly warnings: readonly SourceWarning[];
  readonly result: ArticleResult;
}

/**
 * Inputs a worker extracted and wrote as pieces, when the caller asked for pieces (ReadContext.pieces):
 * one input, or several that one worker took together.
 */
export interface Pieces {
  readonly kind: 'pieces';
  /** The inputs as the user named them, in order. */
  readonly paths: readonly string[];
  /** Their pieces as UTF-8, one after another, ready to write: input i's is `bytes[ends[i - 1], ends[i])`. */
  readonly bytes: Uint8Array;
  readonly ends: Uint32Array;
  /** Inputs that failed, and decode warnings (for stderr), by index into `paths`, in order. */
  readonly notes: readonly PieceNote[];
  /** Once `bytes` is written: hand it back to its worker (after this, `bytes` is empty). */
  readonly release: () => void;
}

export type PieceNote = Exclude<FileNote, { kind: 'too-large' }>;

export type Outcome = Article | Pieces | Checked | Failed;

export interface ReadContext {
  readonly cwd: string;
  readonly stdin: NodeJS.ReadableStream;
  /** Passed to the extractor: add each item's `explain` steps. */
  readonly explain?: boolean;
  /** Worker threads to extract with (default 1). */
  readonly jobs?: number;
  /**
   * False when the caller uses only results (data formats): files then go to the workers by path,
   * and their text never enters this thread. Default true.
   */
  readonly needsText?: boolean;
  /**
   * Workers write each article as a piece of this format with this selection applied, and their
   * outcomes are `pieces`. Without it they are results. An article extracted in this thread is
   * always a result, for the caller to select from and format itself.
   */
  readonly pieces?: { readonly format: PieceFormat; readonly selection: Selection | null };
  /** For `extract check`: every outcome is the article's findings (`checked`), made where it is extracted. */
  readonly check?: CheckSettings;
}

type ExtractFn = (text: string, options?: ExtractOptions) => ArticleResult;

/**
 * Inputs in flight per worker. Outcomes leave in input order, so a long article at the head holds
 * back the ones behind it; a deeper window keeps the other workers busy meanwhile.
 */
const WINDOW_PER_JOB = 16;
/** Inputs a worker takes in one task (see WorkerTask `articles`): fewer messages, and less garbage here. */
const ARTICLES_PER_TASK = 8;
type Prepared = Failed | { readonly kind: 'read'; readonly decoded: Decoded; readonly id?: RecordId };

async function prepare(input: Input, context: ReadContext): Promise<Prepared> {
  if (input.kind === 'error') return { kind: 'failed', path: input.path, problem: input.problem };
  if (input.kind === 'text') return { kind: 'read', decoded: { source: makeSource(input.path, input.text), warnings: [] }, ...(input.id !== undefined ? { id: input.id } : {}) };
  try {
    const decoded = input.kind === 'stdin' ? await readStream(context.stdin, input.path) : await readSource(input.path, { cwd: context.cwd });
    return { kind: 'read', decoded, ...(input.kind === 'file' && input.id !== undefined ? { id: input.id } : {}) };
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    return { kind: 'failed', path: error.path, problem: error.problem };
  }
}

const decoder = new TextDecoder();

/** A list of inputs (its length known at once), or a stream of records read as they are needed. */
type Inputs = (Iterable<Input> & { readonly length: number }) | AsyncIterable<Input>;

/** Extract every input, in order. `inputs` may be a stream of records, read as they are needed. */
export function extractInputs(inputs: Inputs, context: ReadContext & { readonly check: CheckSettings }): AsyncGenerator<Checked | Failed>;
export function extractInputs(inputs: Inputs, context: ReadContext & { readonly needsText?: true; readonly pieces?: undefined }): AsyncGenerator<Article<SourceFile> | Failed>;
export function extractInputs(inputs: Inputs, context: ReadContext & { readonly check?: undefined }): AsyncGenerator<Exclude<Outcome, Checked>>;
export async function* extractInputs(inputs: Inputs, context: ReadContext): AsyncGenerator<Outcome> {
  const explain = context.explain === true;
  const jobs = context.jobs ?? 1;
  // Even one job runs in a worker when there are several inputs: its heap is capped (pool.ts), where
  // this thread's heap would grow with the length of the run.
  const script = workerScript();
  const settings: WorkerSettings = {
    cwd: context.cwd,
    explain,
    format: context.pieces?.format ?? 'ndjson',
    selection: context.pieces?.selection ?? null,
    check: context.check ?? null,
  };
  const startPool = (url: URL): Pool => new Pool(url, jobs, settings);
  let extract: ExtractFn | undefined;
  let check: typeof checkArticle | undefined;
  // A list of inputs says at once whether threads are worth starting (more than one input); a stream
  // of records starts them with its second record, so a lone record is not held back waiting for it.
  // Either way a run of many inputs never loads the extractor into this thread as well.
  let pool: Pool | null = script && 'length' in inputs && inputs.length > 1 ? startPool(script) : null;
  /** The worker for inputs too big for the pool's, started when the first such input comes; one, as each may take gigabytes. */
  let large = null as Pool | null; // (`as`: assigned only inside readHere, which TypeScript's narrowing cannot see)
  const largeHeapMb = largeInputHeapMb();

  const inThisThread = async (prepared: Extract<Prepared, { kind: 'read' }>): Promise<Article | Checked> => {
    const { decoded } = prepared;
    const { source, warnings } = decoded;
    const { path, text } = source;
    extract ??= (await import('../index.js')).extract;
    // An exception here is a bug: let it surface.
    const result = finishArticle(extract(text, { file: path, explain }), decoded, prepared.id);
    if (!context.check) return { kind: 'article', path, source, warnings, result };
    check ??= (await import('../check/run.js')).checkArticle;
    return { kind: 'checked', path, warnings, findings: check(source, result, context.check.levels, context.check.registry) };
  };

  /**
   * The input's outcome from a worker, or null when this thread is to extract it (too large, or it
   * ran the worker out of memory). `source` and `warnings` are this thread's, for a text it read.
   */
  const inWorker = async (p: Pool, task: Exclude<Task, { kind: 'articles' }>, source: SourceFile | null, warnings: readonly SourceWarning[] | null): Promise<Outcome | null> => {
    let answered: Answered;
    try {
      answered = await p.run(task);
    } catch (error) {
      if (error instanceof WorkerOutOfMemory) return null;
      return { kind: 'failed', path: task.file, problem: `internal error in a worker thread (${(error as Error).message})` };
    }
    const { answer, giveBack } = answered;
    if (answer.kind === 'too-large') return null;
    if (answer.kind === 'failed') return { kind: 'failed', path: task.file, problem: answer.problem };
    const path = task.file;
    if (answer.kind === 'findings') return { kind: 'checked', path, warnings: warnings ?? answer.warnings, findings: answer.findings };
    if (answer.kind === 'pieces') throw new Error('a worker answered one input with pieces of several');
    if (context.pieces) {
      const shown = warnings ?? answer.warnings;
      const notes: PieceNote[] = shown.length > 0 ? [{ index: 0, kind: 'warnings', warnings: shown }] : [];
      return { kind: 'pieces', paths: [path], bytes: answer.piece, ends: Uint32Array.of(answer.piece.length), notes, release: giveBack };
    }
    // Without pieces the worker wrote NDJSON, whose extra escapes (\u2028 and the like) parse back to the same characters.
    const result = JSON.parse(decoder.decode(answer.piece)) as ArticleResult;
    giveBack();
    return { kind: 'article', path, source, warnings: warnings ?? answer.warnings, result };
  };

  // Never rejects: a failure becomes the input's outcome, so a window of promises cannot leak a rejection.
  const process = async (input: Input): Promise<Outcome> => {
    // When the caller needs no text, a worker reads, decodes and extracts the file itself.
    if (pool && input.kind === 'file' && context.needsText === false) {
      const { path, id } = input;
      const done = await inWorker(pool, { kind: 'file', file: path, ...(id !== undefined ? { id } : {}) }, null, null);
      if (done) return done;
    }
    return readHere(input);
  };

  /**
   * Read the input in this thread, then extract it in a pooled worker if it fits one, else in the
   * large-input worker; only a single small input, or any input when there are no workers, is
   * extracted here.
   */
  const readHere = async (input: Input): Promise<Outcome> => {
    const prepared = await prepare(input, context);
    if (prepared.kind === 'failed') return prepared;
    const { source, warnings } = prepared.decoded;
    const { id } = prepared;
    const task = { kind: 'text', file: source.path, text: source.text, warnings, ...(id !== undefined ? { id } : {}) } as const;
    const fits = source.text.length <= WORKER_MAX_INPUT;
    if (pool && fits) {
      const done = await inWorker(pool, task, source, warnings);
      if (done) return done;
    }
    if (!script || (!pool && fits)) return inThisThread(prepared);
    large ??= new Pool(script, 1, settings, { maxOldGenerationSizeMb: largeHeapMb });
    // A text task is never answered too-large, so null here means out of memory.
    return await inWorker(large, task, source, warnings) ?? { kind: 'failed', path: source.path, problem: outOfMemory(source.text.length, largeHeapMb) };
  };

  /** Inputs one worker takes together (files and records' texts): their outcomes, in order (never rejects, as `process`). */
  const processTogether = async (p: Pool, inputs: readonly Together[]): Promise<Outcome[]> => {
    const paths = inputs.map((input) => input.path);
    let answered: Answered;
    try {
      answered = await p.run({ kind: 'articles', items: inputs.map(articleItem) });
    } catch (error) {
      if (error instanceof WorkerOutOfMemory) return Promise.all(inputs.map(readHere));
      const problem = `internal error in a worker thread (${(error as Error).message})`;
      return paths.map((path): Failed => ({ kind: 'failed', path, problem }));
    }
    const { answer, giveBack } = answered;
    if (answer.kind !== 'pieces') throw new Error(`a worker answered articles with ${answer.kind}`);
    const outcomes: Outcome[] = [];
    // A file too big for a worker is extracted here, in its place between the pieces around it.
    let from = 0;
    for (const note of answer.notes) {
      if (note.kind !== 'too-large') continue;
      if (note.index > from) outcomes.push(piecesBetween(answer, paths, from, note.index, () => {}));
      outcomes.push(await readHere(inputs[note.index]!));
      from = note.index + 1;
    }
    // The bytes go back to the worker once the last pieces that show them are written (unless a
    // file extracted here comes last: then they stay, and are collected here).
    if (from === 0) outcomes.push({ kind: 'pieces', paths, bytes: answer.bytes, ends: answer.ends, notes: answer.notes as PieceNote[], release: giveBack });
    else if (from < paths.length) outcomes.push(piecesBetween(answer, paths, from, paths.length, giveBack));
    return outcomes;
  };

  type InFlight = { readonly inputs: number; readonly outcomes: Promise<Outcome[]> };
  const window: InFlight[] = [];
  let inFlight = 0;
  const iterator = Symbol.asyncIterator in inputs ? inputs[Symbol.asyncIterator]() : inputs[Symbol.iterator]();
  let exhausted = false;
  let seen = 0;
  // When pieces are all the caller wants, a worker takes ARTICLES_PER_TASK inputs at a time.
  const together: Together[] = [];
  const joinsTogether = (input: Input): input is Together =>
    pool !== null && context.needsText === false && context.pieces !== undefined &&
    (input.kind === 'file' || (input.kind === 'text' && input.text.length <= WORKER_MAX_INPUT));
  const sendTogether = (): void => {
    if (together.length > 0) window.push({ inputs: together.length, outcomes: processTogether(pool!, together.splice(0)) });
  };
  try {
    for (;;) {
      const size = pool ? jobs * WINDOW_PER_JOB : 1;
      while (!exhausted && inFlight < size) {
        const next = await iterator.next();
        if (next.done) {
          exhausted = true;
          break;
        }
        if (++seen === 2 && script && !pool) pool = startPool(script);
        inFlight++;
        const input = next.value;
        if (joinsTogether(input)) {
          if (together.push(input) === ARTICLES_PER_TASK) sendTogether();
          continue;
        }
        sendTogether();
        window.push({ inputs: 1, outcomes: process(input).then((outcome) => [outcome]) });
      }
      sendTogether();
      const first = window.shift();
      if (!first) return;
      inFlight -= first.inputs;
      for (const outcome of await first.outcomes) yield outcome;
    }
  } finally {
    await Promise.allSettled(window.map((w) => w.outcomes));
    await pool?.close();
    await large?.close();
  }
}

/** The problem reported for an input that ran the large-input worker out of memory. */
const outOfMemory = (characters: number, heapMb: number): string =>
  `ran out of memory extracting it (${(characters / 1e6).toFixed(1)} million characters; the heap limit is ${heapMb} MB): ` +
  'split it into articles, or raise the limit with NODE_OPTIONS=--max-old-space-size=<MB>';

type Together = Extract<Input, { kind: 'file' | 'text' }>;

/** What a worker is sent of an input it takes with others. */
function articleItem(input: Together): ArticleItem {
  const { path: file, id } = input;
  const item = input.kind === 'text' ? { file, text: input.text } : { file };
  return id === undefined ? item : { ...item, id };
}

/** The pieces of inputs [from, to) of an `articles` answer, as their own outcome. */
function piecesBetween(answer: PiecesAnswer, paths: readonly string[], from: number, to: number, release: () => void): Pieces {
  const start = from === 0 ? 0 : answer.ends[from - 1]!;
  const end = answer.ends[to - 1]!;
  return {
    kind: 'pieces',
    paths: paths.slice(from, to),
    bytes: answer.bytes.subarray(start, end),
    ends: answer.ends.slice(from, to).map((e) => e - start),
    notes: answer.notes.filter((n): n is PieceNote => n.kind !== 'too-large' && n.index >= from && n.index < to).map((n) => ({ ...n, index: n.index - from })),
    release,
  };
}
