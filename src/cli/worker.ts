/**
 * A worker thread of `--jobs`: extracts the texts it is sent, one message each, and answers with
 * the result as compact JSON under the same task number. Reading and decoding stay in the main
 * thread; serialising here means the main thread neither clones the result nor stringifies it
 * again when it writes NDJSON, which made it as busy as a worker.
 */
import { parentPort } from 'node:worker_threads';
import { extract } from '../index.js';

export interface WorkerTask {
  readonly task: number;
  readonly text: string;
  readonly file: string;
  readonly explain: boolean;
}

parentPort!.on('message', ({ task, text, file, explain }: WorkerTask) => {
  parentPort!.postMessage({ task, json: JSON.stringify(extract(text, { file, explain })) });
});
