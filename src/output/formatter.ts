/**
 * What every output format implements. The CLI hands each finished article to `article()` in
 * input order and writes what it returns at once (so output streams and `| head` stops early),
 * then writes what `end()` returns. A format that needs the whole run first (an index at the
 * top, say) returns '' per article and everything from `end()`.
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
  /** The text to write for the next article; `source`, its decoded text, is there when `needsText` is. */
  article(result: ArticleResult, source: SourceFile | null): string;
  /**
   * For formats made of pieces (pieces.ts): the piece format, and what goes before the next
   * article's piece (called once per article, in order). `article()` is then `joint()` followed by
   * the piece, so the CLI may write a piece made elsewhere (a worker thread) in its place.
   */
  readonly pieces?: { readonly format: PieceFormat; joint(): string };
  /** The text that closes the output; for no articles, the whole of it. */
  end(): string;
}
