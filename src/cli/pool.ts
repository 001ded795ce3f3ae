/**
 * A fixed set of worker threads for `--jobs N`. Tasks go to the least busy worker; answers come
 * back as promises, so the caller keeps the order it wants (input order). A worker that dies fails
 * the tasks it held and is replaced, so one bad input never stops the run or leaves it waiting.
 *
 * Each worker's heap is capped (HEAP_LIMITS by default) so that memory stays flat over any number
 * of inputs: without a cap V8 lets a busy heap grow to several times what it holds alive. A task
 * that runs a worker out of memory fails with WorkerOutOfMemory, and the caller decides what next.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { PieceBack, WorkerAnswer, WorkerSettings, WorkerTask } from './worker-protocol.js';

/**
 * Measured with two workers: with these a 1 GB run peaks at about 210 MB, where V8's defaults reach
 * about 300 MB, for a few percent of speed (with PRETENURING_OFF: without it, a young generation
 * this small costs a third). One article's working data is well under the old-generation cap (see
 * WORKER_MAX_INPUT).
 */
const HEAP_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 48 };

/**
 * For a worker that takes inputs too big for HEAP_LIMITS: as much heap as this thread may have
 * (V8's default for the machine, or what the user set with --max-old-space-size). An input that
 * runs it out of memory then fails on its own, where in this thread it would end the process.
 */
export function largeInputHeapMb(): number {
  return Math.floor(getHeapStatistics().heap_size_limit / 2 ** 20);
}

/**
 * V8 flag, process-wide, read by each heap as it collects: no "allocation-site pretenuring". With
 * it, V8 watches which object literals survive collections and, as their survival rate crosses its
 * thresholds, switches them to being made in the old generation and back, each time discarding
 * the optimised code that makes them. An article's tokens and mentions live exactly as long as
 * the article, so their rates hover around those thresholds: runs on the bench corpus compiled
 * 420 to 1,330 functions (1 to 2 CPU-seconds more), varying from run to run, and a smaller young
 * generation made it worse. Without it they compile 420 to 490, and run times are steady.
 */
const PRETENURING_OFF = '--no-allocation-site-pretenuring';

/** A worker ran out of memory while it held this task. */
export class WorkerOutOfMemory extends Error {}

/** A task as the caller gives it; the pool numbers it. */
export type Task = WorkerTask extends infer T ? (T extends WorkerTask ? Omit<T, 'task'> : never) : never;

/** A worker's answer, and for pieces, how to hand them back once written (see PieceBack). */
export interface Answered {
  readonly answer: WorkerAnswer;
  readonly giveBack: () => void;
}

interface Pending {
  readonly resolve: (answered: Answered) => void;
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
    private readonly settings: WorkerSettings,
    private readonly heap: ResourceLimits = HEAP_LIMITS,
  ) {
    setFlagsFromString(PRETENURING_OFF);
    for (let i = 0; i < size; i++) this.slots.push(this.start({ worker: undefined as unknown as Worker, pending: new Map() }));
  }

  private start(slot: Slot): Slot {
    const worker = new Worker(this.script, { resourceLimits: this.heap, workerData: this.settings });
    slot.worker = worker;
    worker.on('message', (answer: WorkerAnswer) => {
      const p = slot.pending.get(answer.task);
      slot.pending.delete(answer.task);
      p?.resolve({ answer, giveBack: () => this.giveBack(worker, answer) });
    });
    const fail = (error: Error): void => {
      if (this.closed || slot.worker !== worker) return;
      const reason = (error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY' ? new WorkerOutOfMemory(error.message) : error;
      for (const p of slot.pending.values()) p.reject(reason);
      slot.pending.clear();
      this.start(slot);
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`worker thread stopped (exit code ${code})`)));
    return slot;
  }

  private giveBack(worker: Worker, answer: WorkerAnswer): void {
    const piece = answer.kind === 'article' ? answer.piece : answer.kind === 'pieces' ? answer.bytes : null;
    if (this.closed || piece === null || piece.byteLength === 0) return;
    worker.postMessage({ kind: 'piece-back', piece } satisfies PieceBack, [piece.buffer as ArrayBuffer]);
  }

  /** Hand a task to the least busy worker. */
  run(task: Task): Promise<Answered> {
    const slot = this.slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const id = this.nextTask++;
    return new Promise((resolve, reject) => {
      slot.pending.set(id, { resolve, reject });
      slot.worker.postMessage({ ...task, task: id } satisfies WorkerTask);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const workers = this.slots.map((s) => s.worker);
    this.slots.length = 0;
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
