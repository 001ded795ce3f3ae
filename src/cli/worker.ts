/**
 * A worker thread of `--jobs`. Each message is one article: a file to read (by path) or a text
 * already read. The worker reads and decodes the file itself, so its text never passes through the
 * main thread, extracts it, and answers under the same task number with the article's piece in the
 * run's format (output/pieces.ts) as UTF-8 bytes, transferred rather than copied. The main thread
 * writes the bytes as they are, so it stays nearly idle and small while the workers have the cores.
 * For `extract check` the answer is the article's findings, which are a few lines at most.
 *
 * The pool caps each worker's heap (pool.ts); a file too big for the cap is answered `too-large`
 * unread, and the main thread extracts it instead.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Finding } from '../check/finding.js';
import { extract } from '../index.js';
import type { ArticleResult } from '../model/result.js';
import { makeSource, type SourceFile } from '../model/source.js';
import { PIECE_MAKERS } from '../output/pieces.js';
import { selectItems } from '../output/select.js';
import { OverSizeLimit, readSource, SourceError, type Decoded, type SourceWarning } from '../source.js';
import { finishArticle } from './finish-article.js';
import { WORKER_MAX_INPUT, type PieceBack, type WorkerAnswer, type WorkerSettings, type WorkerTask } from './worker-protocol.js';

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
/** Reused for encoding: encodeInto an existing buffer takes half the time of encode. */
let scratch = new Uint8Array(1 << 16);

/** `s` as UTF-8, in an ArrayBuffer of its own (safe to transfer; Buffer.from may hand out a slice of a shared pool). */
function utf8(s: string): Uint8Array {
  // Three bytes per UTF-16 code unit at most, so this size always fits.
  if (scratch.length < s.length * 3) scratch = new Uint8Array(s.length * 3);
  const { written } = encoder.encodeInto(s, scratch);
  return scratch.slice(0, written);
}

/** The article's findings for `extract check`, else its piece. `warnings` go back for stderr. */
function answerWith(decoded: Decoded, t: WorkerTask, warnings: readonly SourceWarning[]): WorkerAnswer {
  const { source } = decoded;
  const result = finishArticle(extract(source.text, { file: t.file, explain: settings.explain }), decoded, t.id);
  if (findingsOf) return { task: t.task, kind: 'findings', findings: findingsOf(source, result), warnings };
  const piece = utf8(makePiece(settings.selection ? selectItems(result, settings.selection) : result, source.text));
  return { task: t.task, kind: 'article', piece, warnings };
}

async function answer(t: WorkerTask): Promise<WorkerAnswer> {
  // The main thread read this text, and reports its warnings itself.
  if (t.kind === 'text') return answerWith({ source: makeSource(t.file, t.text), warnings: t.warnings }, t, []);
  let decoded: Decoded;
  try {
    decoded = await readSource(t.file, { cwd: settings.cwd, sizeLimit: WORKER_MAX_INPUT });
  } catch (error) {
    if (error instanceof OverSizeLimit) return { task: t.task, kind: 'too-large' };
    if (error instanceof SourceError) return { task: t.task, kind: 'failed', problem: error.problem };
    throw error;
  }
  return answerWith(decoded, t, decoded.warnings);
}

parentPort!.on('message', (task: WorkerTask | PieceBack) => {
  if (task.kind === 'piece-back') return; // nothing to do: dropped here, it is freed with this heap's garbage
  // An exception here is a bug; its rejection ends the worker like an uncaught exception, and the
  // pool fails the worker's tasks and starts another.
  void answer(task).then((a) => parentPort!.postMessage(a, a.kind === 'article' ? [a.piece.buffer as ArrayBuffer] : []));
});
