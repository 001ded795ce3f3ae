/**
 * Reading articles: files, named pipes and standard input, decoded (src/decode.ts) into a SourceFile.
 *
 * A file that cannot be read raises a SourceError whose message is `<path>: <problem>` in plain
 * words (`no such file`, `permission denied`, `is a directory`); the CLI prints it as one line,
 * `extract: <path>: <problem>`, and goes on with the other inputs.
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeBytes, type DecodeWarning } from './decode.js';
import { makeSource, type SourceFile } from './model/source.js';

export type { SourceFile };

/** The path reported for text read from standard input. */
export const STDIN_PATH = '<stdin>';

/** An input that could not be read. `path` is the path as the user gave it. */
export class SourceError extends Error {
  override readonly name = 'SourceError';
  constructor(
    readonly path: string,
    readonly problem: string,
    options?: { cause?: unknown },
  ) {
    super(`${path}: ${problem}`, options);
  }
}

const PROBLEMS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  ENOTDIR: 'no such file (a parent is not a directory)',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ELOOP: 'too many levels of symbolic links',
  ENAMETOOLONG: 'file name too long',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  EIO: 'input/output error',
  ENXIO: 'no such device',
  ENODEV: 'no such device',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'read-only file system',
};

/** Describe a file-system error (reading or writing) in plain words, for a one-line message. */
export function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return PROBLEMS[code] ?? `file system error ${code}`;
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? 'unknown error';
}

/** Something doubtful about how an input was decoded; the text is still usable. */
export type SourceWarning = DecodeWarning;

/** An input read and decoded: the text every offset points into, and what was doubtful. */
export interface Decoded {
  readonly source: SourceFile;
  readonly warnings: readonly SourceWarning[];
}

/**
 * The largest input read as one article. A news article is kilobytes; the extractor keeps a few
 * hundred bytes of working data per character, so a 16 MiB input already needs about 2 GB. A
 * bigger one (a dump of many articles, a runaway file, a device) is refused with a clear error
 * rather than running the process out of memory.
 */
export const MAX_INPUT_BYTES = 16 * 1024 * 1024;
/** The problem with an input over MAX_INPUT_BYTES. `size`: its size in bytes, or null for a stream stopped at the limit. */
export const tooLarge = (size: number | null) =>
  `too large for one article (${size === null ? 'more than the limit' : `${(size / 1024 / 1024).toFixed(1)} MiB`}; the limit is ${MAX_INPUT_BYTES / 1024 / 1024} MiB): split it into articles`;

/**
 * Thrown by readSource, unread, for a file over the caller's `sizeLimit` (and within
 * MAX_INPUT_BYTES): nothing is wrong with the file, so the caller reads it another way.
 */
export class OverSizeLimit extends Error {
  override readonly name = 'OverSizeLimit';
  constructor(readonly path: string) {
    super(`${path}: over the size limit`);
  }
}

/**
 * Decode an article's bytes (see src/decode.ts: BOMs, UTF-16, Windows-1252, invalid UTF-8).
 * @throws SourceError when the bytes are not text (an image, an archive, NUL bytes).
 */
export function decodeSource(path: string, bytes: Uint8Array): Decoded {
  const decoded = decodeBytes(bytes);
  if (decoded.kind === 'binary') throw new SourceError(path, `binary file (${decoded.what}), not an article`);
  return { source: makeSource(path, decoded.text), warnings: decoded.warnings };
}

/**
 * Read and decode one file. `path` is reported as given; a relative path is read relative to
 * `options.cwd` (default: the process's working directory). A named pipe given by name (as bash's
 * `<(…)` gives one) is read like standard input; a device, a socket or a directory is refused.
 * @throws SourceError when the file cannot be read or is not text.
 * @throws OverSizeLimit when the file is larger than `options.sizeLimit` bytes.
 */
export async function readSource(path: string, options: { cwd?: string; sizeLimit?: number } = {}): Promise<Decoded> {
  const absolute = resolve(options.cwd ?? process.cwd(), path);
  let bytes: Uint8Array;
  try {
    // A regular file is read synchronously: articles are kilobytes, and the promise API's
    // open/stat/read/close round trips through the thread pool cost more than the reading.
    const info = statSync(absolute);
    if (info.isFIFO()) return await readStream(createReadStream(absolute), path);
    if (info.isDirectory()) throw new SourceError(path, 'is a directory');
    if (!info.isFile()) throw new SourceError(path, `is a ${info.isCharacterDevice() || info.isBlockDevice() ? 'device' : 'socket'}, not a file`);
    if (info.size > MAX_INPUT_BYTES) throw new SourceError(path, tooLarge(info.size));
    if (options.sizeLimit !== undefined && info.size > options.sizeLimit) throw new OverSizeLimit(path);
    bytes = readFileSync(absolute);
  } catch (error) {
    if (error instanceof SourceError || error instanceof OverSizeLimit) throw error;
    throw new SourceError(path, describeFsError(error), { cause: error });
  }
  return decodeSource(path, bytes);
}

/**
 * Read a whole stream (standard input, a named pipe) and decode it like a file.
 * @throws SourceError when the stream fails, runs past MAX_INPUT_BYTES or is not text.
 */
export async function readStream(stream: NodeJS.ReadableStream, path: string = STDIN_PATH): Promise<Decoded> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      total += bytes.length;
      if (total > MAX_INPUT_BYTES) {
        (stream as { destroy?: () => void }).destroy?.();
        throw new SourceError(path, tooLarge(null));
      }
      chunks.push(bytes);
    }
  } catch (error) {
    if (error instanceof SourceError) throw error;
    throw new SourceError(path, describeFsError(error), { cause: error });
  }
  return decodeSource(path, Buffer.concat(chunks));
}
