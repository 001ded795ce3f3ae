/**
 * A worker thread of `--jobs`. Each message is a few articles (files to read by path, or records'
 * texts), one file, or one text already read. The worker reads and decodes files itself, so their
 * text never passes through the main thread, extracts them, and answers under the same task number
 * with the articles' pieces in the run's format (output/pieces.ts) as UTF-8 bytes, transferred
 * rather than copied. The main thread writes the bytes as they are, so it stays nearly idle and
 * small while the workers have the cores. For `extract check` the answer is the article's
 * findings, which are a few lines at most.
 *
 * The pool caps each worker's heap (pool.ts); a file too big for the cap is answered `too-large`
 * unread, and the main thread hands it to a worker of its own with a larger heap (articles.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Finding } from '../check/finding.js';
import { extract } from '../index.js';
import type { ArticleResult } from '../model/result.js';
import { makeSource, type SourceFile } from '../model/source.js';
import { isTooLongToWrite, TOO_LONG_TO_WRITE } from '../output/formatter.js';
import { PIECE_MAKERS } from '../output/pieces.js';
import { selectItems } from '../output/select.js';
import { OverSizeLimit, readSource, SourceError, type Decoded, type SourceWarning } from '../source.js';
import { finishArticle } from './finish-article.js';
import type { RecordId } from './inputs.js';
import {
  WORKER_MAX_INPUT, type FileNote, type PieceBack, type PiecesAnswer, type WorkerAnswer, type WorkerSettings, type WorkerTask,
} from './worker-protocol.js';

const settings = workerData as WorkerSettings;
const makePiece = PIECE_MAKERS[settings.format];

/** For `extract check`, an article's findings. The rules are loaded only by a worker that applies them. */
const findingsOf = await (async () => {
  const { check } = settings;
  if (!check) return null;
  const { checkArticle } = await import('../check/run.js');
  return (source: SourceFile, result: ArticleResult): Finding[] => checkArticle(source, result, check.levels, check.registry);
})();

const encoder = new TextEncoder();

const INITIAL_BUFFER_BYTES = 1 << 16;
const KEPT_BUFFER_BYTES = 1 << 24;

/**
 * Strings appended as UTF-8 into one growing buffer, reused from piece to piece: encodeInto an
 * existing buffer takes half the time of encode.
 */
class Utf8Bytes {
  private buffer = new Uint8Array(INITIAL_BUFFER_BYTES);
  private length = 0;

  append(s: string): void {
    // Three bytes per UTF-16 code unit at most, so this size always fits.
    const needed = this.length + s.length * 3;
    if (this.buffer.length < needed) {
      const grown = new Uint8Array(Math.max(this.buffer.length * 2, needed));
      grown.set(this.buffer.subarray(0, this.length));
      this.buffer = grown;
    }
    this.length += encoder.encodeInto(s, this.buffer.subarray(this.length)).written;
  }

  /** How many bytes so far. */
  get size(): number {
    return this.length;
  }

  /** The bytes so far, in an ArrayBuffer of their own (safe to transfer); the buffer starts again empty. */
  take(): Uint8Array {
    const bytes = this.buffer.slice(0, this.length);
    this.length = 0;
    // A buffer grown for one very large article is not kept for the small ones after it.
    if (this.buffer.length > KEPT_BUFFER_BYTES) this.buffer = new Uint8Array(INITIAL_BUFFER_BYTES);
    return bytes;
  }
}

/** For one article's piece, encoded and taken at once. */
const onePiece = new Utf8Bytes();

function resultOf(decoded: Decoded, file: string, id: RecordId | undefined): ArticleResult {
  return finishArticle(extract(decoded.source.text, { file, explain: settings.explain }), decoded, id);
}

/** The article's piece, as a string. */
function pieceOf(decoded: Decoded, file: string, id: RecordId | undefined): string {
  const result = resultOf(decoded, file, id);
  return makePiece(settings.selection ? selectItems(result, settings.selection) : result, decoded.source.text);
}

/** The article's findings for `extract check`, else its piece. `warnings` go back for stderr. */
function answerWith(decoded: Decoded, t: Exclude<WorkerTask, { kind: 'articles' }>, warnings: readonly SourceWarning[]): WorkerAnswer {
  if (findingsOf) return { task: t.task, kind: 'findings', findings: findingsOf(decoded.source, resultOf(decoded, t.file, t.id)), warnings };
  let piece: string;
  try {
    piece = pieceOf(decoded, t.file, t.id);
  } catch (error) {
    // Only an input many times WORKER_MAX_INPUT can get here: one the large-input worker took.
    if (!isTooLongToWrite(error)) throw error;
    return { task: t.task, kind: 'failed', problem: TOO_LONG_TO_WRITE };
  }
  onePiece.append(piece);
  return { task: t.task, kind: 'article', piece: onePiece.take(), warnings };
}

type Read = Decoded | OverSizeLimit | SourceError;

/** Read the file, or say why not (OverSizeLimit and SourceError come back as values; anything else is a bug and throws). */
async function read(file: string): Promise<Read> {
  try {
    return await readSource(file, { cwd: settings.cwd, sizeLimit: WORKER_MAX_INPUT });
  } catch (error) {
    if (error instanceof OverSizeLimit || error instanceof SourceError) return error;
    throw error;
  }
}

/**
 * The `articles` tasks' pieces, made one task at a time and in order (a task taken while another
 * awaits a read would interleave with it, and hold both sets of articles for longer). Each file is
 * read and decoded just before it is extracted: a file is read synchronously (readSource), so
 * reading ahead gained nothing, and it kept up to sixteen decoded texts alive, which every
 * young-generation collection copied.
 */
const taskPieces = new Utf8Bytes();
let lastTask: Promise<unknown> = Promise.resolve();

function answerArticles(t: Extract<WorkerTask, { kind: 'articles' }>): Promise<PiecesAnswer> {
  const answered = lastTask.then(() => piecesOf(t));
  lastTask = answered;
  return answered;
}

async function piecesOf(t: Extract<WorkerTask, { kind: 'articles' }>): Promise<PiecesAnswer> {
  const ends = new Uint32Array(t.items.length);
  const notes: FileNote[] = [];
  for (let index = 0; index < t.items.length; index++) {
    const item = t.items[index]!;
    // A record's text came in its record: no decode warnings.
    const decoded = item.text === undefined ? await read(item.file) : { source: makeSource(item.file, item.text), warnings: [] };
    if (decoded instanceof OverSizeLimit) notes.push({ index, kind: 'too-large' });
    else if (decoded instanceof SourceError) notes.push({ index, kind: 'failed', problem: decoded.problem });
    else {
      if (decoded.warnings.length > 0) notes.push({ index, kind: 'warnings', warnings: decoded.warnings });
      taskPieces.append(pieceOf(decoded, item.file, item.id));
    }
    ends[index] = taskPieces.size;
  }
  return { task: t.task, kind: 'pieces', bytes: taskPieces.take(), ends, notes };
}

async function answer(t: WorkerTask): Promise<WorkerAnswer> {
  if (t.kind === 'articles') return answerArticles(t);
  // The main thread read this text, and reports its warnings itself.
  if (t.kind === 'text') return answerWith({ source: makeSource(t.file, t.text), warnings: t.warnings }, t, []);
  const decoded = await read(t.file);
  if (decoded instanceof OverSizeLimit) return { task: t.task, kind: 'too-large' };
  if (decoded instanceof SourceError) return { task: t.task, kind: 'failed', problem: decoded.problem };
  return answerWith(decoded, t, decoded.warnings);
}

/** The answer's bytes move to the main thread rather than being copied. */
function transferred(a: WorkerAnswer): ArrayBuffer[] {
  if (a.kind === 'article') return [a.piece.buffer as ArrayBuffer];
  if (a.kind === 'pieces') return [a.bytes.buffer as ArrayBuffer];
  return [];
}

parentPort!.on('message', (task: WorkerTask | PieceBack) => {
  if (task.kind === 'piece-back') return; // nothing to do: dropped here, it is freed with this heap's garbage
  // An exception here is a bug; its rejection ends the worker like an uncaught exception, and the
  // pool fails the worker's tasks and starts another.
  void answer(task).then((a) => parentPort!.postMessage(a, transferred(a)));
});
