/**
 * What every output format implements. The CLI hands each finished article to `article()` in
 * input order and writes what it returns at once (so output streams and `| head` stops early),
 * then writes what `end()` returns. A format that needs the whole run first (an index at the
 * top, say) returns '' per article and everything from `end()`, as a list of pieces if it is long.
 */
import type { ArticleResult } from '../model/result.js';
import type { SourceFile } from '../model/source.js';
import type { PieceFormat } from './pieces.js';

export interface Formatter {
  /**
   * True for formats that show the article text (`pretty`, `html`): the CLI then keeps each text
   * in the main thread. Data formats leave it in the worker that read the file.
   */
  readonly needsText: boolean;
  /**
   * The text to write for the next article; `source`, its decoded text, is there when `needsText` is.
   * It may throw the error isTooLongToWrite recognises; the output must then go on as if the
   * article had not been given.
   */
  article(result: ArticleResult, source: SourceFile | null): string;
  /**
   * For formats made of pieces (pieces.ts): the piece format, and what goes before the next
   * article's piece (called once per article, in order). `article()` is then `joint()` followed by
   * the piece, so the CLI may write a piece made elsewhere (a worker thread) in its place.
   */
  readonly pieces?: { readonly format: PieceFormat; joint(): string };
  /** The text that closes the output, whole or in pieces written one after another; for no articles, the whole of it. */
  end(): string | readonly (string | Uint8Array)[];
}

/**
 * The error V8 throws when a string would be longer than it can make (2^29 - 24 code units, about
 * 512 MiB). An article's output gets there only from millions of quotations or diagnostics: a
 * 16 MiB input of back-to-back or nested quote marks.
 */
export function isTooLongToWrite(error: unknown): boolean {
  return error instanceof RangeError && error.message === 'Invalid string length';
}

/** The problem reported for such an article. */
export const TOO_LONG_TO_WRITE = 'output too long to write as one article (longer than the longest string JavaScript can make): split it into articles';

/** The problem reported when the whole output is made at its end (html) and would be that long. */
export const TOO_LONG_TO_END = 'the report would be longer than the longest string JavaScript can make: give it fewer or smaller articles';
