/**
 * Run the passes over one source and turn the document into the public result.
 */
import type { Doc } from './model/document.js';
import type { ArticleResult } from './model/result.js';
import type { SourceFile } from './model/source.js';
import { isValidRange } from './model/span.js';
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
 * It runs over every token of every article, so it stays cheap. The elements of one array are built
 * by one object literal and share a shape: the keys that can hold nested spans are found once per
 * array, and an array of strings or numbers is not walked at all.
 */
function checkSpans(value: unknown, length: number, pass: string, depth = 0): void {
  if (depth > 4 || value === null || typeof value !== 'object') return;
  if (!Array.isArray(value)) {
    const o = value as Record<string, unknown>;
    checkSpan(o, length, pass);
    for (const key in o) checkSpans(o[key], length, pass, depth + 1);
    return;
  }
  const first = value.find((v) => v !== null);
  if (first === undefined || typeof first !== 'object') return;
  if (Array.isArray(first)) {
    for (const v of value) checkSpans(v, length, pass, depth + 1);
    return;
  }
  const elements = value as (Record<string, unknown> | null)[];
  const keys = nestedKeys(elements);
  for (const v of elements) {
    if (v === null) continue;
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
  if (typeof start === 'number' && typeof end === 'number' && !isValidRange(start, end, length)) {
    throw new Error(`pass "${pass}" produced an invalid span [${start}, ${end}) for a text of length ${length}`);
  }
}

/** Keys whose values are objects in these elements: a key that is null on one is decided by the first element where it is not. */
function nestedKeys(elements: readonly (Record<string, unknown> | null)[]): string[] {
  const first = elements.find((v) => v !== null)!;
  return Object.keys(first).filter((k) => {
    const v = first[k] ?? elements.find((e) => e !== null && e[k] !== null && e[k] !== undefined)?.[k];
    return v !== null && typeof v === 'object';
  });
}
