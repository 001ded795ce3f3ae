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
   * For formats that write an article as its compact JSON: the same text as `article()`, from
   * `JSON.stringify(result)` made elsewhere (a worker thread), so the object need not exist here.
   */
  articleJson?(json: string): string;
  /** The text that closes the output; for no articles, the whole of it. */
  end(): string;
}
