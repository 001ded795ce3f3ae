/**
 * Library API. The CLI is a thin layer over these functions.
 *
 *   import { extract, extractFile } from 'extract-quotes';
 *   const fromText = extract(articleText, { file: 'story.txt' });
 *   const fromFile = await extractFile('news/story.txt');
 */
import { makeSource } from './model/source.js';
import { runPipeline } from './pipeline.js';
import type { ArticleResult } from './model/result.js';
import { withSourceWarnings } from './result.js';
import { readSource } from './source.js';

export interface ExtractOptions {
  /** Reported back as `result.file`; defaults to `<text>`. */
  file?: string;
  /** Add to each quote and claim the steps that decided it (`explain`). */
  explain?: boolean;
}

/** Find and attribute every quotation in one article's text. Never throws on any input string. */
export function extract(text: string, options: ExtractOptions = {}): ArticleResult {
  return runPipeline(makeSource(options.file ?? '<text>', text), { explain: options.explain === true });
}

export interface ExtractFileOptions extends Omit<ExtractOptions, 'file'> {
  /** A relative `path` is read from here; default: the process's working directory. */
  cwd?: string;
}

/**
 * Read, decode and extract one article file. `result.file` is `path` as given; what decoding found
 * doubtful (invalid bytes, say) is in `result.diagnostics` as warnings.
 * @throws SourceError when the file cannot be read or is not text.
 */
export async function extractFile(path: string, options: ExtractFileOptions = {}): Promise<ArticleResult> {
  const decoded = await readSource(path, options);
  return withSourceWarnings(extract(decoded.source.text, { ...options, file: path }), decoded);
}

export { SourceError } from './source.js';
export type * from './model/result.js';
export type { Span } from './model/span.js';
