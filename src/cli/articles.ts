/**
 * The run loop shared by `extract` and `extract check`: read each input, decode it, extract it,
 * and yield the outcomes in input order. A failed input is an outcome too, in its place, so the
 * caller reports it and goes on.
 *
 * The extractor (and with it compromise) is imported when the first article has been read, so a
 * run whose inputs all fail never pays for it.
 */
import type { ExtractOptions } from '../index.js';
import type { ArticleResult } from '../model/result.js';
import { withSourceWarnings } from '../result.js';
import { readSource, readStream, SourceError, type Decoded, type SourceFile, type SourceWarning } from '../source.js';
import type { Input } from './inputs.js';

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
}

type Extract = (text: string, options?: ExtractOptions) => ArticleResult;

async function read(input: Exclude<Input, { kind: 'error' }>, context: ReadContext): Promise<Decoded> {
  return input.kind === 'stdin' ? readStream(context.stdin, input.path) : readSource(input.path, { cwd: context.cwd });
}

/** Extract every input, in order. */
export async function* extractInputs(inputs: readonly Input[], context: ReadContext): AsyncGenerator<Outcome> {
  let extract: Extract | undefined;
  for (const input of inputs) {
    if (input.kind === 'error') {
      yield { kind: 'failed', path: input.path, problem: input.problem };
      continue;
    }
    let decoded: Decoded;
    try {
      decoded = await read(input, context);
    } catch (error) {
      if (!(error instanceof SourceError)) throw error;
      yield { kind: 'failed', path: error.path, problem: error.problem };
      continue;
    }
    extract ??= (await import('../index.js')).extract;
    const result = withSourceWarnings(extract(decoded.source.text, { file: decoded.source.path, explain: context.explain === true }), decoded);
    yield { kind: 'article', source: decoded.source, warnings: decoded.warnings, result };
  }
}
