/** The last step of every article, in whichever thread extracted it. */
import type { ArticleResult } from '../model/result.js';
import { withSourceWarnings } from '../result.js';
import type { Decoded } from '../source.js';
import type { RecordId } from './inputs.js';

/** The article as the CLI writes it: its decode warnings among its diagnostics, and its record id (`--input ndjson`) first. */
export function finishArticle(extracted: ArticleResult, decoded: Decoded, id: RecordId | undefined): ArticleResult {
  const result = withSourceWarnings(extracted, decoded);
  return id === undefined ? result : { id, ...result };
}
