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
 * by one object literal and share a shape (the document's types have no optional fields): the keys
 * that hold nested objects are found once per array, and the nested objects are checked column by
 * column, each column as an array of its own. (A `for…in` over every nested object was most of the
 * check's time.) An array of strings or numbers is not walked at all.
 */
function checkSpans(value: unknown, length: number, pass: string, depth = 0): void {
  if (depth > 4 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    checkElements(value, length, pass, depth);
    return;
  }
  const o = value as Record<string, unknown>;
  checkSpan(o, length, pass);
  for (const key in o) checkSpans(o[key], length, pass, depth + 1);
}

function checkElements(elements: readonly unknown[], length: number, pass: string, depth: number): void {
  const first = firstNonNull(elements);
  if (first === undefined || typeof first !== 'object') return;
  // Indexed loops: the arrays here are of every elements kind, and a `for…of` over them deoptimised
  // this function hundreds of times per run.
  if (Array.isArray(first)) {
    for (let i = 0; i < elements.length; i++) checkSpans(elements[i], length, pass, depth + 1);
    return;
  }
  const objects = elements as readonly (Record<string, unknown> | null)[];
  for (let i = 0; i < objects.length; i++) {
    const v = objects[i]!;
    if (v !== null) checkSpan(v, length, pass);
  }
  const keys = nestedKeys(objects);
  for (let k = 0; k < keys.length; k++) {
    const column: unknown[] = [];
    for (let i = 0; i < objects.length; i++) {
      const v = objects[i]!;
      const nested = v === null ? null : v[keys[k]!];
      if (nested !== null && typeof nested === 'object') column.push(nested);
    }
    checkElements(column, length, pass, depth + 1);
  }
}

function checkSpan(o: Record<string, unknown>, length: number, pass: string): void {
  const start = o.start;
  const end = o.end;
  if (typeof start === 'number' && typeof end === 'number' && !isValidRange(start, end, length)) {
    throw new Error(`pass "${pass}" produced an invalid span [${start}, ${end}) for a text of length ${length}`);
  }
}

function firstNonNull(values: readonly unknown[]): unknown {
  for (let i = 0; i < values.length; i++) if (values[i] !== null) return values[i];
  return undefined;
}

/** Keys whose values are objects in these elements: a key that is null on one is decided by the first element where it is not. */
function nestedKeys(elements: readonly (Record<string, unknown> | null)[]): string[] {
  const first = firstNonNull(elements) as Record<string, unknown>;
  const keys: string[] = [];
  for (const k of Object.keys(first)) {
    let v = first[k];
    for (let i = 0; (v === null || v === undefined) && i < elements.length; i++) v = elements[i]?.[k];
    if (v !== null && typeof v === 'object') keys.push(k);
  }
  return keys;
}
