/**
 * A worker thread of `--jobs`: extracts the texts it is sent, one message each, and answers under
 * the same task number with the article's NDJSON line (compact JSON, escaped as the JSON formats
 * escape it, and a newline) as UTF-8 bytes. The bytes are transferred, not copied, and the main
 * thread writes them as they are: serialising, escaping and encoding here keeps the main thread,
 * which shares the cores with the workers, nearly idle.
 */
import { parentPort } from 'node:worker_threads';
import { extract } from '../index.js';
import { escapeExtra } from '../output/json.js';

export interface WorkerTask {
  readonly task: number;
  readonly text: string;
  readonly file: string;
  readonly explain: boolean;
}

export interface WorkerAnswer {
  readonly task: number;
  readonly line: Uint8Array;
}

const encoder = new TextEncoder();

parentPort!.on('message', ({ task, text, file, explain }: WorkerTask) => {
  // TextEncoder gives the line an ArrayBuffer of its own, safe to transfer (Buffer.from may hand out a slice of a shared pool).
  const line = encoder.encode(`${escapeExtra(JSON.stringify(extract(text, { file, explain })), text, file)}\n`);
  parentPort!.postMessage({ task, line } satisfies WorkerAnswer, [line.buffer]);
});
