/**
 * Library API. The CLI is a thin layer over these functions.
 *
 *   import { extract } from 'extract-quotes';
 *   const result = extract(articleText, { file: 'story.txt' });
 */
import { makeSource } from './model/source.js';
import { runPipeline } from './pipeline.js';
import type { ArticleResult } from './model/result.js';

export interface ExtractOptions {
  /** Reported back as `result.file`; defaults to `<text>`. */
  file?: string;
}

/** Find and attribute every quotation in one article's text. Never throws on any input string. */
export function extract(text: string, options: ExtractOptions = {}): ArticleResult {
  return runPipeline(makeSource(options.file ?? '<text>', text));
}

export type * from './model/result.js';
export type { Span } from './model/span.js';
