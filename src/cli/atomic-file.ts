/**
 * `--output FILE`: the run writes to a temporary file beside FILE and renames it over FILE only
 * when everything has been written, so FILE is either the old one or the whole new one; never
 * half a document. The rename is atomic on one file system, which is why the temporary file lives
 * in the same directory. Interrupted by a signal (Ctrl-C), the temporary file is removed first.
 *
 * A target that exists and is not a regular file (`/dev/stdout`, a named pipe, a device) cannot be
 * replaced, and must not be: it is written directly.
 */
import { createWriteStream, unlinkSync, type WriteStream } from 'node:fs';
import { rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { once } from 'node:events';
import { randomBytes } from 'node:crypto';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

export class AtomicFile {
  private settled = false;
  private readonly onSignal = (signal: NodeJS.Signals): void => {
    this.removeSync();
    this.unhook();
    process.kill(process.pid, signal); // die of the signal as if we had not caught it
  };

  private constructor(
    readonly target: string,
    /** null when the target is written directly. */
    private readonly temporary: string | null,
    readonly stream: WriteStream,
  ) {
    if (temporary !== null) for (const signal of SIGNALS) process.once(signal, this.onSignal);
  }

  /**
   * Create the temporary file. Fails (with the file system's error) when the directory is missing
   * or not writable, before any work is done.
   */
  static async open(path: string, cwd: string): Promise<AtomicFile> {
    const target = resolve(cwd, path);
    const existing = await stat(target).catch(() => null);
    if (existing && !existing.isFile() && !existing.isDirectory()) {
      const stream = createWriteStream(target, { flags: 'w' });
      await once(stream, 'open');
      return new AtomicFile(target, null, stream);
    }
    const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    const stream = createWriteStream(temporary, { flags: 'wx' });
    await once(stream, 'open');
    return new AtomicFile(target, temporary, stream);
  }

  /** Whether a failed run leaves the target as it was (false when it is written directly). */
  get replacesWhole(): boolean {
    return this.temporary !== null;
  }

  /** Flush and close, then put the file in place. */
  async commit(): Promise<void> {
    await this.close();
    this.settled = true;
    this.unhook();
    if (this.temporary === null) return;
    try {
      await rename(this.temporary, this.target);
    } catch (error) {
      await unlink(this.temporary).catch(() => {});
      throw error;
    }
  }

  /** Close and remove the temporary file; the target is left as it was. */
  async discard(): Promise<void> {
    await this.close().catch(() => {});
    this.settled = true;
    this.unhook();
    if (this.temporary !== null) await unlink(this.temporary).catch(() => {});
  }

  private async close(): Promise<void> {
    if (this.stream.closed) return;
    this.stream.end();
    await once(this.stream, 'close');
    if (this.stream.errored) throw this.stream.errored;
  }

  private removeSync(): void {
    if (this.settled || this.temporary === null) return;
    this.settled = true;
    try {
      unlinkSync(this.temporary);
    } catch {
      // Already gone: nothing to clean.
    }
  }

  private unhook(): void {
    for (const signal of SIGNALS) process.off(signal, this.onSignal);
  }
}
