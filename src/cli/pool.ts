/**
 * A fixed set of worker threads for `--jobs N`. Tasks go to the least busy worker; results come
 * back as promises, so the caller keeps the order it wants (input order). A worker that dies fails
 * the tasks it held and is replaced, so one bad input never stops the run or leaves it waiting.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { WorkerAnswer, WorkerTask } from './worker.js';

interface Pending {
  /** The article's NDJSON line, UTF-8. */
  readonly resolve: (line: Uint8Array) => void;
  readonly reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  readonly pending: Map<number, Pending>;
}

/** The compiled worker script, or null when running from sources (tests), where threads cannot load it. */
export function workerScript(): URL | null {
  const url = new URL('./worker.js', import.meta.url);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : null;
}

export class Pool {
  private readonly slots: Slot[] = [];
  private nextTask = 0;
  private closed = false;

  constructor(
    private readonly script: URL,
    size: number,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.start({ worker: undefined as unknown as Worker, pending: new Map() }));
  }

  private start(slot: Slot): Slot {
    const worker = new Worker(this.script);
    slot.worker = worker;
    worker.on('message', ({ task, line }: WorkerAnswer) => {
      const p = slot.pending.get(task);
      slot.pending.delete(task);
      p?.resolve(line);
    });
    const fail = (error: Error): void => {
      if (this.closed || slot.worker !== worker) return;
      for (const p of slot.pending.values()) p.reject(error);
      slot.pending.clear();
      this.start(slot);
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`worker thread stopped (exit code ${code})`)));
    return slot;
  }

  /** Extract in a worker; resolves to the article's NDJSON line (see worker.ts). */
  run(text: string, file: string, explain: boolean): Promise<Uint8Array> {
    const slot = this.slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const task = this.nextTask++;
    return new Promise((resolve, reject) => {
      slot.pending.set(task, { resolve, reject });
      slot.worker.postMessage({ task, text, file, explain } satisfies WorkerTask);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const workers = this.slots.map((s) => s.worker);
    this.slots.length = 0;
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
