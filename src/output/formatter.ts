/**
 * What every output format implements. The CLI hands each finished article to `article()` in
 * input order and writes what it returns at once (so output streams and `| head` stops early),
 * then writes what `end()` returns. A format that needs the whole run first (an index at the
 * top, say) returns '' per article and everything from `end()`.
 */
import type { ArticleResult } from '../model/result.js';
import type { SourceFile } from '../model/source.js';

export interface Formatter {
  /** The text to write for the next article; `source` is its decoded text, for formats that show it. */
  article(result: ArticleResult, source: SourceFile): string;
  /**
   * For formats that write an article as its NDJSON line: that line, made elsewhere (a worker
   * thread) as UTF-8 bytes, so neither the object nor the text need exist here.
   */
  articleLine?(line: Uint8Array): Uint8Array;
  /** The text that closes the output; for no articles, the whole of it. */
  end(): string;
}
