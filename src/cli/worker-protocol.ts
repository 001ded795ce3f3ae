/** What the main thread and a `--jobs` worker thread (worker.ts) send each other. */
import type { Finding, RegistryEntry, RuleLevel } from '../check/finding.js';
import type { PieceFormat } from '../output/pieces.js';
import type { Selection } from '../output/select.js';
import type { SourceWarning } from '../source.js';
import type { RecordId } from './inputs.js';

/** What holds for every task of a run: given to each worker once, as its `workerData`. */
export interface WorkerSettings {
  /** Relative paths of `file` tasks are resolved against this directory. */
  readonly cwd: string;
  readonly explain: boolean;
  /** The format of the piece the worker answers with (output/pieces.ts). */
  readonly format: PieceFormat;
  /** Applied before the piece is made; null keeps everything. */
  readonly selection: Selection | null;
  /** For `extract check`: the worker answers with the article's findings instead of a piece. */
  readonly check: CheckSettings | null;
}

/** What `extract check` applies to every article: each rule's level and the speaker registry. */
export interface CheckSettings {
  readonly levels: ReadonlyMap<string, RuleLevel>;
  readonly registry: readonly RegistryEntry[] | null;
}

/** One input of an `articles` task: a file to read, or the text of a record (`--input ndjson`), with the record's id. */
export interface ArticleItem {
  readonly file: string;
  readonly text?: string;
  readonly id?: RecordId;
}

export type WorkerTask =
  /**
   * Several inputs extracted together and answered in one message (`pieces`): over a corpus, one
   * message each way per article kept the main thread allocating 10 KB per article, and V8 grew
   * its young generation to the maximum within the run.
   */
  | { readonly task: number; readonly kind: 'articles'; readonly items: readonly ArticleItem[] }
  | { readonly task: number; readonly kind: 'file'; readonly file: string; readonly id?: RecordId }
  /** A text the main thread read and decoded, with the warnings of decoding it. */
  | { readonly task: number; readonly kind: 'text'; readonly file: string; readonly text: string; readonly warnings: readonly SourceWarning[]; readonly id?: RecordId };

/**
 * An article's piece (or an `articles` task's pieces), handed back to the worker that made it once
 * written. The main thread allocates little, so it collects garbage rarely, and written pieces
 * (memory outside the JS heap) piled up there to 70 MB before it did; a worker's busy heap frees
 * them within milliseconds.
 */
export interface PieceBack {
  readonly kind: 'piece-back';
  readonly piece: Uint8Array;
}

/** An article's answer: its piece as UTF-8, and the warnings of decoding it (for stderr; none for a text). */
export interface ArticleAnswer {
  readonly task: number;
  readonly kind: 'article';
  readonly piece: Uint8Array;
  readonly warnings: readonly SourceWarning[];
}

/** An article's findings (`extract check`), and the warnings of decoding it. */
export interface FindingsAnswer {
  readonly task: number;
  readonly kind: 'findings';
  readonly findings: readonly Finding[];
  readonly warnings: readonly SourceWarning[];
}

/** What went otherwise than a piece for one input of an `articles` task, by its index in the task. */
export type FileNote =
  | { readonly index: number; readonly kind: 'warnings'; readonly warnings: readonly SourceWarning[] }
  | { readonly index: number; readonly kind: 'failed'; readonly problem: string }
  /** Not read: bigger than WORKER_MAX_INPUT; the main thread reads it and hands it to the large-input worker. */
  | { readonly index: number; readonly kind: 'too-large' };

/** The answer to an `articles` task: the articles' pieces one after another, as UTF-8. */
export interface PiecesAnswer {
  readonly task: number;
  readonly kind: 'pieces';
  readonly bytes: Uint8Array;
  /** Where each file's piece ends in `bytes`; a file without a piece ends where the one before it does. */
  readonly ends: Uint32Array;
  /** In index order. */
  readonly notes: readonly FileNote[];
}

export type WorkerAnswer =
  | ArticleAnswer
  | PiecesAnswer
  | FindingsAnswer
  | { readonly task: number; readonly kind: 'failed'; readonly problem: string }
  | { readonly task: number; readonly kind: 'too-large' };

/**
 * The largest input a pooled worker takes: bytes of a file, characters of a text. The extractor keeps
 * about 100 bytes of working data per character, so this leaves room under the pool's heap cap
 * (pool.ts); news articles are a tenth of it. Bigger inputs go to the large-input worker (articles.ts).
 */
export const WORKER_MAX_INPUT = 256 * 1024;
