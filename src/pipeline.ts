/**
 * Run the passes over one source and turn the document into the public result.
 */
import type { Doc } from './model/document.js';
import type { ArticleResult } from './model/result.js';
import type { SourceFile } from './model/source.js';
import { isValidSpan } from './model/span.js';
import { PASSES } from './passes/index.js';
import type { Pass } from './passes/pass.js';
import { toResult, type ResultOptions } from './result.js';

export function runPipeline(source: SourceFile, options: ResultOptions = {}): ArticleResult {
  return toResult(runPasses(source, PASSES), options);
}

/** Run the given passes in order over a new document (tests run a prefix of PASSES). */
export function runPasses(source: SourceFile, passes: readonly Pass[]): Doc {
  const doc: Doc = {
    source, paragraphs: [], quotations: [], sentences: [], tokens: [], cues: [], mentions: [], entities: [],
    mentionEntity: [], cueSpeakers: [], quoteShapes: [], attributions: [], claims: [], diagnostics: [],
  };
  for (const pass of passes) {
    const added = pass.run(doc);
    checkSpans(added, source.text.length, pass.name);
    Object.assign(doc, added);
  }
  return doc;
}

/**
 * The checked boundary between passes: every span a pass returns must lie inside the text. A bad one
 * is a bug in that pass, so it fails loudly and names the pass.
 */
function checkSpans(value: unknown, length: number, pass: string, depth = 0): void {
  if (depth > 4 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) checkSpans(value[i], length, pass, depth + 1);
    return;
  }
  // Plain loops and no allocation: this runs over every token of every article.
  const o = value as Record<string, unknown>;
  const start = o.start;
  const end = o.end;
  if (typeof start === 'number' && typeof end === 'number' && !isValidSpan({ start, end }, length)) {
    throw new Error(`pass "${pass}" produced an invalid span [${start}, ${end}) for a text of length ${length}`);
  }
  for (const key in o) {
    const v = o[key];
    if (v !== null && typeof v === 'object') checkSpans(v, length, pass, depth + 1);
  }
}
