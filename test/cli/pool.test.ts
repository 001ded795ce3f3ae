/**
 * The worker pool (src/cli/pool.ts) with stand-in worker scripts: a worker that dies fails only the
 * tasks it held and is replaced; one that runs out of its capped heap fails them with
 * WorkerOutOfMemory, which the run loop takes as "give it to the large-input worker" (or, from
 * that worker, as the input's failure).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { largeInputHeapMb, Pool, WorkerOutOfMemory } from '../../src/cli/pool.js';

const dir = mkdtempSync(join(tmpdir(), 'extract-pool-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * A worker script: `text` tasks answer with their text as the piece, `articles` with their items'
 * texts as pieces; `hog` keeps memory until the heap cap; `die` exits; `limits` answers with the
 * worker's heap caps.
 */
function script(): URL {
  const file = join(dir, 'worker.mjs');
  writeFileSync(file, `
import { parentPort, resourceLimits } from 'node:worker_threads';
const kept = [];
parentPort.on('message', (t) => {
  if (t.kind === 'piece-back') return;
  if (t.text === 'hog') for (;;) kept.push(new Array(100000).fill(kept.length));
  if (t.text === 'die') process.exit(3);
  if (t.text === 'limits') t.text = JSON.stringify(resourceLimits);
  if (t.kind === 'articles') {
    const texts = t.items.map((item) => item.text);
    const bytes = new TextEncoder().encode(texts.join(''));
    const ends = Uint32Array.from(texts, (_, i) => texts.slice(0, i + 1).join('').length);
    parentPort.postMessage({ task: t.task, kind: 'pieces', bytes, ends, notes: [] }, [bytes.buffer]);
    return;
  }
  const piece = new TextEncoder().encode(t.text);
  parentPort.postMessage({ task: t.task, kind: 'article', piece, warnings: [] }, [piece.buffer]);
});`);
  return pathToFileURL(file);
}

const settings = { cwd: dir, explain: false, format: 'ndjson', selection: null, check: null } as const;
const task = (text: string) => ({ kind: 'text' as const, file: 'a.txt', text, warnings: [] });
const pieceOf = async (p: Promise<{ answer: { kind: string; piece?: Uint8Array } }>) => new TextDecoder().decode((await p).answer.piece);

describe('worker pool', () => {
  it('answers each task under its own number, whichever worker takes it', async () => {
    const pool = new Pool(script(), 2, settings);
    try {
      const lines = await Promise.all(['a', 'b', 'c', 'd', 'e'].map((t) => pieceOf(pool.run(task(t)))));
      expect(lines).toEqual(['a', 'b', 'c', 'd', 'e']);
    } finally {
      await pool.close();
    }
  });

  it('a worker that exits fails its task with an ordinary error, and a new worker takes the next one', async () => {
    const pool = new Pool(script(), 1, settings);
    try {
      const dying = pool.run(task('die'));
      await expect(dying).rejects.toThrow(/exit code 3/);
      await expect(dying).rejects.not.toBeInstanceOf(WorkerOutOfMemory);
      expect(await pieceOf(pool.run(task('after')))).toBe('after');
    } finally {
      await pool.close();
    }
  });

  it('a worker that outgrows its heap cap fails its task with WorkerOutOfMemory, and the pool goes on', async () => {
    const pool = new Pool(script(), 1, settings);
    try {
      await expect(pool.run(task('hog'))).rejects.toBeInstanceOf(WorkerOutOfMemory);
      expect(await pieceOf(pool.run(task('after')))).toBe('after');
    } finally {
      await pool.close();
    }
  });

  it("caps each worker's heap, by default small, or as the caller says", async () => {
    const heapOf = async (pool: Pool) => {
      try {
        return JSON.parse(await pieceOf(pool.run(task('limits')))) as { maxOldGenerationSizeMb: number };
      } finally {
        await pool.close();
      }
    };
    expect((await heapOf(new Pool(script(), 1, settings))).maxOldGenerationSizeMb).toBe(48);
    expect((await heapOf(new Pool(script(), 1, settings, { maxOldGenerationSizeMb: largeInputHeapMb() }))).maxOldGenerationSizeMb).toBe(largeInputHeapMb());
    expect(largeInputHeapMb()).toBeGreaterThan(48);
  });

  it('a piece handed back is detached here; after close, handing back does nothing', async () => {
    const pool = new Pool(script(), 1, settings);
    const answered = await pool.run(task('bytes'));
    const { piece } = answered.answer as { piece: Uint8Array };
    answered.giveBack();
    expect(piece.byteLength).toBe(0);
    const late = await pool.run(task('late'));
    await pool.close();
    late.giveBack();
    expect((late.answer as { piece: Uint8Array }).piece.byteLength).toBe(4);
  });

  it('the pieces of an articles task are handed back whole', async () => {
    const pool = new Pool(script(), 1, settings);
    try {
      const answered = await pool.run({ kind: 'articles', items: [{ file: 'a', text: 'ab' }, { file: 'b', text: 'c' }] });
      const { bytes, ends } = answered.answer as { bytes: Uint8Array; ends: Uint32Array };
      expect([new TextDecoder().decode(bytes), [...ends]]).toEqual(['abc', [2, 3]]);
      answered.giveBack();
      expect(bytes.byteLength).toBe(0);
    } finally {
      await pool.close();
    }
  });
});
