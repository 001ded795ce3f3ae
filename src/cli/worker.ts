/**
 * A worker thread of `--jobs`. Each message is one article: a file to read (by path) or a text
 * already read. The worker reads and decodes the file itself, so its text never passes through the
 * main thread, extracts it, and answers under the same task number with the article's NDJSON line
 * (compact JSON, escaped as the JSON formats escape it, and a newline) as UTF-8 bytes, transferred
 * rather than copied. The main thread writes the bytes as they are, so it stays nearly idle and
 * small while the workers have the cores.
 *
 * The pool caps each worker's heap (pool.ts); a file too big for the cap is answered `too-large`
 * unread, and the main thread extracts it instead.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { extract } from '../index.js';
import { compactJson } from '../output/json.js';
import { withSourceWarnings } from '../result.js';
import { readSource, SourceError, type Decoded } from '../source.js';
import { WORKER_MAX_INPUT, type LineBack, type WorkerAnswer, type WorkerTask } from './worker-protocol.js';

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

function lineOf(text: string, file: string, explain: boolean, decoded: Decoded | null): Uint8Array {
  const result = extract(text, { file, explain });
  return utf8(`${compactJson(decoded ? withSourceWarnings(result, decoded) : result, text)}\n`);
}

/** A file's size, or 0 when it cannot be stat'ed: readSource then says why in plain words. */
function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

async function answer(t: WorkerTask): Promise<WorkerAnswer> {
  if (t.kind === 'text') return { task: t.task, kind: 'article', line: lineOf(t.text, t.file, t.explain, null), warnings: [] };
  if (sizeOf(resolve(t.cwd, t.file)) > WORKER_MAX_INPUT) return { task: t.task, kind: 'too-large' };
  let decoded: Decoded;
  try {
    decoded = await readSource(t.file, { cwd: t.cwd });
  } catch (error) {
    if (error instanceof SourceError) return { task: t.task, kind: 'failed', problem: error.problem };
    throw error;
  }
  const { text } = decoded.source;
  return { task: t.task, kind: 'article', line: lineOf(text, t.file, t.explain, decoded), warnings: decoded.warnings };
}

parentPort!.on('message', (task: WorkerTask | LineBack) => {
  if (task.kind === 'line-back') return; // nothing to do: dropped here, it is freed with this heap's garbage
  // An exception here is a bug; its rejection ends the worker like an uncaught exception, and the
  // pool fails the worker's tasks and starts another.
  void answer(task).then((a) => parentPort!.postMessage(a, a.kind === 'article' ? [a.line.buffer as ArrayBuffer] : []));
});
