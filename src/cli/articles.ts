/**
 * The run loop shared by `extract` and `extract check`: read each input, decode it, extract it,
 * and yield the outcomes in input order. A failed input is an outcome too, in its place, so the
 * caller reports it and goes on.
 *
 * With `jobs` above 1 and more than one input, extraction runs in worker threads while the main
 * thread reads ahead a bounded window of inputs (twice the number of workers), so memory stays
 * flat however many inputs there are, and the output is byte-identical to a run with one job.
 *
 * The extractor (and with it compromise) is imported when the first article has been read, so a
 * run whose inputs all fail never pays for it.
 */
import type { ExtractOptions } from '../index.js';
import type { ArticleResult } from '../model/result.js';
import { makeSource } from '../model/source.js';
import { withSourceWarnings } from '../result.js';
import { readSource, readStream, SourceError, type Decoded, type SourceFile, type SourceWarning } from '../source.js';
import type { Input, RecordId } from './inputs.js';
import { Pool, workerScript } from './pool.js';

export type Outcome =
  | {
      readonly kind: 'article';
      readonly source: SourceFile;
      /** Decode warnings are in `result.diagnostics` too; here they are for stderr. */
      readonly warnings: readonly SourceWarning[];
      readonly result: ArticleResult;
    }
  | { readonly kind: 'failed'; readonly path: string; readonly problem: string };

export interface ReadContext {
  readonly cwd: string;
  readonly stdin: NodeJS.ReadableStream;
  /** Passed to the extractor: add each item's `explain` steps. */
  readonly explain?: boolean;
  /** Worker threads to extract with; 1 (the default) extracts in this thread. */
  readonly jobs?: number;
}

type ExtractFn = (text: string, options?: ExtractOptions) => ArticleResult;
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

function outcome(prepared: Extract<Prepared, { kind: 'read' }>, extracted: ArticleResult): Outcome {
  const { decoded, id } = prepared;
  const result = withSourceWarnings(extracted, decoded);
  return { kind: 'article', source: decoded.source, warnings: decoded.warnings, result: id === undefined ? result : { id, ...result } };
}

/** Extract every input, in order. `inputs` may be a stream of records, read as they are needed. */
export async function* extractInputs(inputs: Iterable<Input> | AsyncIterable<Input>, context: ReadContext): AsyncGenerator<Outcome> {
  const explain = context.explain === true;
  const jobs = context.jobs ?? 1;
  const script = jobs > 1 ? workerScript() : null;
  let extract: ExtractFn | undefined;
  let pool: Pool | null = null;

  // Never rejects: a failure becomes the input's outcome, so a window of promises cannot leak a rejection.
  const process = async (input: Input): Promise<Outcome> => {
    const prepared = await prepare(input, context);
    if (prepared.kind === 'failed') return prepared;
    const { path, text } = prepared.decoded.source;
    try {
      if (pool) return outcome(prepared, await pool.run(text, path, explain));
      extract ??= (await import('../index.js')).extract;
      return outcome(prepared, extract(text, { file: path, explain }));
    } catch (error) {
      if (!pool) throw error; // in this thread, an exception is a bug: let it surface
      return { kind: 'failed', path, problem: `internal error in a worker thread (${(error as Error).message})` };
    }
  };

  const window: Promise<Outcome>[] = [];
  const iterator = Symbol.asyncIterator in inputs ? inputs[Symbol.asyncIterator]() : inputs[Symbol.iterator]();
  let exhausted = false;
  let seen = 0;
  try {
    for (;;) {
      const size = pool ? jobs * 2 : 1;
      while (!exhausted && window.length < size) {
        const next = await iterator.next();
        if (next.done) {
          exhausted = true;
          break;
        }
        // Threads start with the second input: a single article is quicker in this thread.
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
