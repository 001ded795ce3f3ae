/**
 * The run loop shared by `extract` and `extract check`: read each input, decode it, extract it,
 * and yield the outcomes in input order. A failed input is an outcome too, in its place, so the
 * caller reports it and goes on.
 *
 * With `jobs` above 1 and more than one input, extraction runs in worker threads while the main
 * thread reads ahead a bounded window of inputs (16 per worker), so memory stays
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
      /** The article's NDJSON line as UTF-8, when a worker made it (writing NDJSON then needs no object at all). */
      readonly line?: Uint8Array;
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
  return { kind: 'article', source: prepared.decoded.source, warnings: prepared.decoded.warnings, result: finish(prepared, extracted) };
}

/** A worker's result: parsed only if something asks for the object; its line kept when it is final. */
function fromLine(prepared: Extract<Prepared, { kind: 'read' }>, line: Uint8Array): Outcome {
  let parsed: ArticleResult | undefined;
  const final = prepared.decoded.warnings.length === 0 && prepared.id === undefined;
  return {
    kind: 'article',
    source: prepared.decoded.source,
    warnings: prepared.decoded.warnings,
    get result() {
      // The line's extra escapes (\u2028 and the like) parse back to the same characters.
      parsed ??= finish(prepared, JSON.parse(decoder.decode(line)) as ArticleResult);
      return parsed;
    },
    ...(final ? { line } : {}),
  };
}

const decoder = new TextDecoder();

/** Extract every input, in order. `inputs` may be a stream of records, read as they are needed. */
export async function* extractInputs(inputs: Iterable<Input> | AsyncIterable<Input>, context: ReadContext): AsyncGenerator<Outcome> {
  const explain = context.explain === true;
  const jobs = context.jobs ?? 1;
  const script = jobs > 1 ? workerScript() : null;
  let extract: ExtractFn | undefined;
  // A list of inputs says at once whether threads are worth starting (more than one input); a stream
  // of records starts them with its second record, so a lone record is not held back waiting for it.
  // Either way a run of many inputs never loads the extractor into this thread as well.
  let pool: Pool | null = script && Array.isArray(inputs) && inputs.length > 1 ? new Pool(script, jobs) : null;

  // Never rejects: a failure becomes the input's outcome, so a window of promises cannot leak a rejection.
  const process = async (input: Input): Promise<Outcome> => {
    const prepared = await prepare(input, context);
    if (prepared.kind === 'failed') return prepared;
    const { path, text } = prepared.decoded.source;
    try {
      if (pool) return fromLine(prepared, await pool.run(text, path, explain));
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
