/**
 * NDJSON (JSON Lines) output: one article per line, written as soon as the article is done, so a
 * consumer (`jq -c`, a database loader, a streaming job) can start on the first article and memory
 * stays flat whatever the number of inputs. Each line is exactly what the JSON format holds for
 * that article, compact; no runs means no lines.
 */
import type { ArticleResult } from '../model/result.js';
import type { SourceFile } from '../model/source.js';
import type { Formatter } from './formatter.js';
import { compactJson } from './json.js';

/** An article's line. JSON.stringify escapes every raw line break inside strings, so it cannot split. */
export function ndjsonPiece(result: ArticleResult, text?: string): string {
  return `${compactJson(result, text)}\n`;
}

export function createNdjsonFormatter() {
  return {
    needsText: false,
    pieces: { format: 'ndjson', joint: () => '' },
    article: (result: ArticleResult, source: SourceFile | null) => ndjsonPiece(result, source?.text),
    end: () => '',
  } satisfies Formatter;
}
