/**
 * Reading articles: files and standard input, decoded as UTF-8 into a SourceFile.
 *
 * A file that cannot be read raises a SourceError whose message is `<path>: <problem>` in plain
 * words (`no such file`, `permission denied`, `is a directory`); the CLI prints it as one line,
 * `extract: <path>: <problem>`, and goes on with the other inputs.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
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
export interface SourceWarning {
  /** Stable identifier, e.g. `invalid-utf8`. */
  readonly code: string;
  /** Plain words, without the path: `invalid UTF-8 at byte 812, read as U+FFFD`. */
  readonly message: string;
  /** Where in the decoded text (UTF-16 offset) the problem shows. */
  readonly offset: number;
}

/** An input read and decoded: the text every offset points into, and what was doubtful. */
export interface Decoded {
  readonly source: SourceFile;
  readonly warnings: readonly SourceWarning[];
}

/**
 * Decode an article's bytes as UTF-8. A leading byte order mark is dropped; malformed byte
 * sequences become U+FFFD, so every offset into `text` is an offset into what the user sees.
 */
export function decodeSource(path: string, bytes: Uint8Array): Decoded {
  // TextDecoder drops one leading UTF-8 BOM unless `ignoreBOM` is set.
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  return { source: makeSource(path, text), warnings: [] };
}

/**
 * Read and decode one file. `path` is reported as given; a relative path is read relative to
 * `options.cwd` (default: the process's working directory).
 * @throws SourceError when the file cannot be read.
 */
export async function readSource(path: string, options: { cwd?: string } = {}): Promise<Decoded> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(resolve(options.cwd ?? process.cwd(), path));
  } catch (error) {
    throw new SourceError(path, describeFsError(error), { cause: error });
  }
  return decodeSource(path, bytes);
}

/**
 * Read a whole stream (standard input) and decode it like a file.
 * @throws SourceError when the stream fails.
 */
export async function readStream(stream: NodeJS.ReadableStream, path: string = STDIN_PATH): Promise<Decoded> {
  const chunks: Uint8Array[] = [];
  try {
    for await (const chunk of stream) {
      chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
    }
  } catch (error) {
    throw new SourceError(path, describeFsError(error), { cause: error });
  }
  return decodeSource(path, Buffer.concat(chunks));
}
