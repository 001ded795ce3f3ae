/**
 * Run the pipeline's passes (src/passes/index.ts), in order, up to and including the named one, and
 * return the document they built. Mirrors src/pipeline.ts, including its check that every span a pass
 * returns lies inside the text, so a pass test sees exactly what the next pass would.
 */
import type { Doc } from '../../src/model/document.js';
import { makeSource } from '../../src/model/source.js';
import { isValidSpan } from '../../src/model/span.js';
import { PASSES } from '../../src/passes/index.js';

export type PassName = (typeof PASSES)[number]['name'];

export function emptyDoc(text: string): Doc {
  return {
    source: makeSource('<test>', text), paragraphs: [], quotations: [], sentences: [], tokens: [], cues: [], mentions: [],
    entities: [], mentionEntity: [], cueSpeakers: [], quoteShapes: [], attributions: [], diagnostics: [],
  };
}

export function runUntil(text: string, last: PassName): Doc {
  const index = PASSES.findIndex((p) => p.name === last);
  if (index < 0) throw new Error(`no pass named ${JSON.stringify(last)}; passes: ${PASSES.map((p) => p.name).join(', ')}`);
  const doc = emptyDoc(text);
  for (const pass of PASSES.slice(0, index + 1)) {
    const added = pass.run(doc);
    assertSpans(added, text.length, pass.name);
    Object.assign(doc, added);
  }
  return doc;
}

function assertSpans(value: unknown, length: number, pass: string): void {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) assertSpans(v, length, pass);
    return;
  }
  const o = value as Record<string, unknown>;
  if (typeof o['start'] === 'number' && typeof o['end'] === 'number' && !isValidSpan({ start: o['start'], end: o['end'] }, length)) {
    throw new Error(`pass "${pass}" produced an invalid span [${String(o['start'])}, ${String(o['end'])}) for a text of length ${length}`);
  }
  for (const v of Object.values(o)) if (v !== null && typeof v === 'object') assertSpans(v, length, pass);
}
