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
 *
 * It runs over every token of every article, so it stays cheap: the elements of one array are built
 * by one object literal and share a shape, so the keys that hold nested objects are looked up once per
 * array, on its first element, not with a `for…in` over every element.
 */
function checkSpans(value: unknown, length: number, pass: string, depth = 0): void {
  if (depth > 4 || value === null || typeof value !== 'object') return;
  if (!Array.isArray(value)) {
    checkSpan(value as Record<string, unknown>, length, pass);
    for (const key of nestedKeys(value)) checkSpans((value as Record<string, unknown>)[key], length, pass, depth + 1);
    return;
  }
  if (value.length === 0) return;
  if (value[0] === null || typeof value[0] !== 'object' || Array.isArray(value[0])) {
    for (const v of value) checkSpans(v, length, pass, depth + 1);
    return;
  }
  const keys = nestedKeys(value[0]);
  for (const v of value as Record<string, unknown>[]) {
    if (v === null || typeof v !== 'object') continue;
    checkSpan(v, length, pass);
    for (const key of keys) {
      const nested = v[key];
      if (nested !== null && typeof nested === 'object') checkSpans(nested, length, pass, depth + 1);
    }
  }
}

function checkSpan(o: Record<string, unknown>, length: number, pass: string): void {
  const start = o.start;
  const end = o.end;
  if (typeof start === 'number' && typeof end === 'number' && !isValidSpan({ start, end }, length)) {
    throw new Error(`pass "${pass}" produced an invalid span [${start}, ${end}) for a text of length ${length}`);
  }
}

/** Keys of `o` whose values may hold spans: objects now, or null (a `speaker` that is set on other elements). */
function nestedKeys(o: object): string[] {
  return Object.keys(o).filter((k) => { const v = (o as Record<string, unknown>)[k]; return v === null || typeof v === 'object'; });
}
