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
 * thread parses. A single input, an input too big for a worker, and every input when running from
 * sources (tests) are extracted in this thread.
 *
 * The extractor is imported only when this thread first extracts, so a run whose inputs all go to
 * workers, or all fail, never loads it here.
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
import { Pool, WorkerOutOfMemory, workerScript, type Answered, type Task } from './pool.js';
import { WORKER_MAX_INPUT, type CheckSettings } from './worker-protocol.js';

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

/** An input a worker extracted and wrote as a piece, when the caller asked for pieces (ReadContext.pieces). */
export interface Piece {
  readonly kind: 'piece';
  readonly path: string;
  readonly warnings: readonly SourceWarning[];
  /** The article's piece as UTF-8, ready to write. */
  readonly piece: Uint8Array;
  /** Once `piece` is written: hand it back to its worker (after this, `piece` is empty). */
  readonly release: () => void;
}

export type Outcome = Article | Piece | Checked | Failed;

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
   * outcomes are `piece`s. Without it they are results. An article extracted in this thread is
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

type Inputs = Iterable<Input> | AsyncIterable<Input>;

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
  const startPool = (url: URL): Pool => new Pool(url, jobs, {
    cwd: context.cwd,
    explain,
    format: context.pieces?.format ?? 'ndjson',
    selection: context.pieces?.selection ?? null,
    check: context.check ?? null,
  });
  let extract: ExtractFn | undefined;
  let check: typeof checkArticle | undefined;
  // A list of inputs says at once whether threads are worth starting (more than one input); a stream
  // of records starts them with its second record, so a lone record is not held back waiting for it.
  // Either way a run of many inputs never loads the extractor into this thread as well.
  let pool: Pool | null = script && Array.isArray(inputs) && inputs.length > 1 ? startPool(script) : null;

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
  const inWorker = async (p: Pool, task: Task, source: SourceFile | null, warnings: readonly SourceWarning[] | null): Promise<Outcome | null> => {
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
    if (context.pieces) return { kind: 'piece', path, warnings: warnings ?? answer.warnings, piece: answer.piece, release: giveBack };
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
    const prepared = await prepare(input, context);
    if (prepared.kind === 'failed') return prepared;
    const { source, warnings } = prepared.decoded;
    if (pool && source.text.length <= WORKER_MAX_INPUT) {
      const { id } = prepared;
      const done = await inWorker(pool, { kind: 'text', file: source.path, text: source.text, warnings, ...(id !== undefined ? { id } : {}) }, source, warnings);
      if (done) return done;
    }
    return inThisThread(prepared);
  };

  const window: Promise<Outcome>[] = [];
  const iterator = Symbol.asyncIterator in inputs ? inputs[Symbol.asyncIterator]() : inputs[Symbol.iterator]();
  let exhausted = false;
  let seen = 0;
  try {
    for (;;) {
      const size = pool ? jobs * WINDOW_PER_JOB : 1;
      while (!exhausted && window.length < size) {
        const next = await iterator.next();
        if (next.done) {
          exhausted = true;
          break;
        }
        if (++seen === 2 && script && !pool) pool = startPool(script);
        window.push(process(next.value));
      }
      const first = window.shift();
      if (!first) return;
      yield await first;
    }
  } finally {
    await Promise.allSettled(window);
    await pool?.close();
  }
}
