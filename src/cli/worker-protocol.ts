/** What the main thread and a `--jobs` worker thread (worker.ts) send each other. */
import type { SourceWarning } from '../source.js';

export type WorkerTask =
  | { readonly task: number; readonly kind: 'file'; readonly file: string; readonly cwd: string; readonly explain: boolean }
  | { readonly task: number; readonly kind: 'text'; readonly file: string; readonly text: string; readonly explain: boolean };

/**
 * An article's line, handed back to the worker that made it once it is written. The main thread
 * allocates little, so it collects garbage rarely, and written lines (memory outside the JS heap)
 * piled up there to 70 MB before it did; a worker's busy heap frees them within milliseconds.
 */
export interface LineBack {
  readonly kind: 'line-back';
  readonly line: Uint8Array;
}

/** An article's answer: its NDJSON line as UTF-8, and the warnings of decoding it (for stderr). */
export interface ArticleAnswer {
  readonly task: number;
  readonly kind: 'article';
  readonly line: Uint8Array;
  readonly warnings: readonly SourceWarning[];
}

export type WorkerAnswer =
  | ArticleAnswer
  | { readonly task: number; readonly kind: 'failed'; readonly problem: string }
  | { readonly task: number; readonly kind: 'too-large' };

/**
 * The largest input a worker takes: bytes of a file, characters of a text. The extractor keeps
 * about 100 bytes of working data per character, so this leaves room under the pool's heap cap
 * (pool.ts); news articles are a tenth of it. Bigger inputs are extracted in the main thread.
 */
export const WORKER_MAX_INPUT = 256 * 1024;
