/**
 * Run the pipeline's passes (src/passes/index.ts), in order, up to and including the named one, and
 * return the document they built, through the pipeline's own runner and its span check, so a pass test
 * sees exactly what the next pass would.
 */
import type { Doc } from '../../src/model/document.js';
import { makeSource } from '../../src/model/source.js';
import { PASSES } from '../../src/passes/index.js';
import { runPasses } from '../../src/pipeline.js';

export type PassName = (typeof PASSES)[number]['name'];

export function runUntil(text: string, last: PassName): Doc {
  const index = PASSES.findIndex((p) => p.name === last);
  if (index < 0) throw new Error(`no pass named ${JSON.stringify(last)}; passes: ${PASSES.map((p) => p.name).join(', ')}`);
  return runPasses(makeSource('<test>', text), PASSES.slice(0, index + 1));
}
