import type { Doc } from '../model/document.js';

/**
 * One step of the pipeline. It reads the document built so far and returns the fields it adds;
 * the runner checks every span it returns before anything later sees it.
 */
export interface Pass {
  readonly name: string;
  run(doc: Readonly<Doc>): Partial<Doc>;
}
