/**
 * The run loop shared by `extract` and `extract check`: read each input, decode it, extract it,
 * and yield the outcomes in input order. A failed input is an outcome too, in its place, so the
 * caller reports it and goes on.
 *
 * With more than one input, extraction runs in `jobs` worker threads (pool.ts), whose heaps are
 * capped, while this thread keeps a bounded window of inputs in flight (16 per worker), so memory
 * stays flat however many inputs there are, and the output is byte-identical whatever the number
 * of jobs. A single input, an input too big for a worker, and every input when running from
 * sources (tests) are extracted in this thread.
 *
 * The extractor is imported only when this thread first extracts, so a run whose inputs all go to
 * workers, or all fail, never loads it here.
 */
import type { ExtractOptions } from '../index.js';
import type { ArticleResult } from '../model/result.js';
import { makeSource } from '../model/source.js';
import { withSourceWarnings } from '../result.js';
import { readSource, readStream, SourceError, type Decoded, type SourceFile, type SourceWarning } from '../source.js';
import type { Input, RecordId } from './inputs.js';
import { Pool, WorkerOutOfMemory, workerScript, type Answered, type Task } from './pool.js';
import { WORKER_MAX_INPUT, type ArticleAnswer } from './worker-protocol.js';

/** `S`: SourceFile when the caller needs the text (the default), else SourceFile | null. */
export type Outcome<S extends SourceFile | null = SourceFile | null> =
  | {
      readonly kind: 'article';
      /** The input as the user named it. */
      readonly path: string;
      /** The decoded text; null when a worker read the file and the caller said it needs no text. */
      readonly source: S;
      /** Decode warnings are in `result.diagnostics` too; here they are for stderr. */
      readonly warnings: readonly SourceWarning[];
      readonly result: ArticleResult;
      /** The article's NDJSON line as UTF-8, when a worker made it (writing NDJSON then needs no object at all). */
      readonly line?: Uint8Array;
      /** Once `line` is written: hand it back to its worker (after this, `line` and `result` are unusable). */
      readonly release?: () => void;
    }
  | { readonly kind: 'failed'; readonly path: string; readonly problem: string };

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
}

type ExtractFn = (text: string, options?: ExtractOptions) => ArticleResult;

/**
 * Inputs in flight per worker. Outcomes leave in input order, so a long article at the head holds
 * back the ones behind it; a deeper window keeps the other workers busy meanwhile.
 */
const WINDOW_PER_JOB = 16;
type Prepared = { readonly kind: 'failed'; readonly path: string; readonly problem: string } | { readonly kind: 'read'; readonly decoded: Decoded; readonly id?: RecordId };

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

function finish(prepared: Extract<Prepared, { kind: 'read' }>, extracted: ArticleResult): ArticleResult {
  const result = withSourceWarnings(extracted, prepared.decoded);
  return prepared.id === undefined ? result : { id: prepared.id, ...result };
}

function outcome(prepared: Extract<Prepared, { kind: 'read' }>, extracted: ArticleResult): Outcome {
  const { source, warnings } = prepared.decoded;
  return { kind: 'article', path: source.path, source, warnings, result: finish(prepared, extracted) };
}

/**
 * A worker's article. Its line is parsed only if something asks for the object. `finish` adds what
 * the worker did not know (a record id, this thread's decode warnings); without it the line is
 * final and is written as it is.
 */
function fromLine(path: string, source: SourceFile | null, { answer, giveBack }: { answer: ArticleAnswer; giveBack: () => void },
  warnings: readonly SourceWarning[], finish: ((parsed: ArticleResult) => ArticleResult) | null): Outcome {
  let result: ArticleResult | undefined;
  const { line } = answer;
  return {
    kind: 'article',
    path,
    source,
    warnings,
    get result() {
      // The line's extra escapes (\u2028 and the like) parse back to the same characters.
      if (result === undefined) {
        const parsed = JSON.parse(decoder.decode(line)) as ArticleResult;
        result = finish ? finish(parsed) : parsed;
      }
      return result;
    },
    ...(finish ? {} : { line, release: giveBack }),
  };
}

const decoder = new TextDecoder();

type Inputs = Iterable<Input> | AsyncIterable<Input>;

/** Extract every input, in order. `inputs` may be a stream of records, read as they are needed. */
export function extractInputs(inputs: Inputs, context: ReadContext & { readonly needsText?: true }): AsyncGenerator<Outcome<SourceFile>>;
export function extractInputs(inputs: Inputs, context: ReadContext): AsyncGenerator<Outcome>;
export async function* extractInputs(inputs: Inputs, context: ReadContext): AsyncGenerator<Outcome> {
  const explain = context.explain === true;
  const jobs = context.jobs ?? 1;
  // Even one job runs in a worker when there are several inputs: its heap is capped (pool.ts), where
  // this thread's heap would grow with the length of the run.
  const script = workerScript();
  let extract: ExtractFn | undefined;
  // A list of inputs says at once whether threads are worth starting (more than one input); a stream
  // of records starts them with its second record, so a lone record is not held back waiting for it.
  // Either way a run of many inputs never loads the extractor into this thread as well.
  let pool: Pool | null = script && Array.isArray(inputs) && inputs.length > 1 ? new Pool(script, jobs) : null;

  const inThisThread = async (prepared: Extract<Prepared, { kind: 'read' }>): Promise<Outcome> => {
    const { path, text } = prepared.decoded.source;
    extract ??= (await import('../index.js')).extract;
    return outcome(prepared, extract(text, { file: path, explain })); // an exception here is a bug: let it surface
  };

  /** The input's outcome from a worker, or null when this thread is to extract it (too large, or it ran the worker out of memory). */
  const inWorker = async (p: Pool, task: Task, done: (answered: { answer: ArticleAnswer; giveBack: () => void }) => Outcome): Promise<Outcome | null> => {
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
    return done({ answer, giveBack });
  };

  // Never rejects: a failure becomes the input's outcome, so a window of promises cannot leak a rejection.
  const process = async (input: Input): Promise<Outcome> => {
    // When the caller needs no text, a worker reads, decodes and extracts the file itself.
    if (pool && input.kind === 'file' && context.needsText === false) {
      const { path, id } = input;
      const withId = id === undefined ? null : (r: ArticleResult): ArticleResult => ({ id, ...r });
      const done = await inWorker(pool, { kind: 'file', file: path, cwd: context.cwd, explain }, (a) => fromLine(path, null, a, a.answer.warnings, withId));
      if (done) return done;
    }
    const prepared = await prepare(input, context);
    if (prepared.kind === 'failed') return prepared;
    const { source, warnings } = prepared.decoded;
    if (pool && source.text.length <= WORKER_MAX_INPUT) {
      const final = warnings.length === 0 && prepared.id === undefined;
      const task: Task = { kind: 'text', file: source.path, text: source.text, explain };
      const done = await inWorker(pool, task, (a) => fromLine(source.path, source, a, warnings, final ? null : (r) => finish(prepared, r)));
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
        if (++seen === 2 && script && !pool) pool = new Pool(script, jobs);
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
