/**
 * Turn the path arguments into the ordered list of inputs to read.
 *
 * - A file is taken as given (whatever its extension).
 * - A directory is searched recursively for `.txt`, `.md` and `.text` files; other files, hidden
 *   files and directories (`.name`), `node_modules`, and named pipes, sockets and devices (which
 *   could block or never end) are skipped silently, and symbolic links to directories are not
 *   followed (so a link loop cannot trap the walk).
 * - An argument that is not an existing path but contains glob magic (`*`, `?`, `[…]`, `{…}`) is
 *   expanded with fast-glob, files only; a glob that matches nothing is an error.
 * - `-` is standard input; with no arguments, standard input is read unless it is a terminal.
 *
 * Order: arguments keep their command-line order; the files found for one directory or glob are
 * sorted by path (UTF-16 code unit order). A file reached twice is read once, at its first place.
 * Problems are inputs too (`kind: 'error'`), in their place, so the CLI reports them in order and
 * goes on with the rest.
 */
import { opendir, stat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { describeFsError, STDIN_PATH } from '../source.js';
import { UsageError } from './options.js';

export type Input =
  /** `path` is as the user gave it (or as found under a directory or by a glob). */
  | { readonly kind: 'file'; readonly path: string; readonly id?: RecordId }
  | { readonly kind: 'stdin'; readonly path: typeof STDIN_PATH }
  /** Text that came inside a record (`--input ndjson`). */
  | { readonly kind: 'text'; readonly path: string; readonly text: string; readonly id?: RecordId }
  | { readonly kind: 'error'; readonly path: string; readonly problem: string };

/** The `id` of an `--input ndjson` record, echoed in its result. */
export type RecordId = string | number;

export interface ExpandOptions {
  /** Relative paths and globs are resolved against this directory. */
  readonly cwd: string;
  /** Asked only when there are no arguments (then standard input is the input, unless it is a terminal). */
  readonly stdinIsTTY: () => boolean;
}

export const TEXT_EXTENSIONS: readonly string[] = ['.txt', '.md', '.text'];

export function isTextFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return TEXT_EXTENSIONS.some((ext) => lower.endsWith(ext) && lower.length > ext.length);
}

const byPath = (a: Input, b: Input): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/** `dir` + `name`, keeping `dir` exactly as given (`./news/` + `a.txt` → `./news/a.txt`). */
function joinShown(dir: string, name: string): string {
  return dir.endsWith('/') || dir.endsWith(sep) ? dir + name : `${dir}/${name}`;
}

/**
 * Walk a directory for text files. A corpus directory may hold a hundred thousand files, so entries
 * are read in small batches (opendir) rather than as one array of them all, and nothing but the
 * shown path is kept per file.
 */
async function walkDirectory(absolute: string, shown: string, found: Input[]): Promise<void> {
  const directories: string[] = [];
  try {
    for await (const entry of await opendir(absolute)) {
      const { name } = entry;
      if (name.startsWith('.') || name === 'node_modules') continue;
      if (entry.isDirectory()) directories.push(name);
      else if (isTextFileName(name) && entry.isFile()) found.push({ kind: 'file', path: joinShown(shown, name) });
      else if (isTextFileName(name) && entry.isSymbolicLink()) {
        // Follow links to files; a dangling or looping link is kept so that reading it reports the problem.
        const target = await stat(join(absolute, name)).catch(() => null);
        if (!target || target.isFile()) found.push({ kind: 'file', path: joinShown(shown, name) });
      }
    }
  } catch (error) {
    found.push({ kind: 'error', path: shown, problem: describeFsError(error) });
    return;
  }
  for (const name of directories) await walkDirectory(join(absolute, name), joinShown(shown, name), found);
}

/** fast-glob is loaded only when an argument is not an existing path (start-up matters for `--version`). */
async function loadGlob(): Promise<typeof import('fast-glob')> {
  return (await import('fast-glob')).default;
}

async function expandGlob(pattern: string, cwd: string): Promise<Input[]> {
  const fg = await loadGlob();
  let matches: string[];
  try {
    matches = await fg(pattern, {
      cwd,
      onlyFiles: true,
      dot: false,
      followSymbolicLinks: false, // as for directories: a link loop cannot trap the walk
      unique: true,
      ignore: pattern.includes('node_modules') ? [] : ['**/node_modules/**'],
    });
  } catch (error) {
    return [{ kind: 'error', path: pattern, problem: describeFsError(error) }];
  }
  if (matches.length === 0) return [{ kind: 'error', path: pattern, problem: 'no files match this pattern' }];
  return matches.map((path): Input => ({ kind: 'file', path })).sort(byPath);
}

async function expandArgument(arg: string, cwd: string): Promise<Input[]> {
  if (arg === '-') return [{ kind: 'stdin', path: STDIN_PATH }];
  if (arg === '') return [{ kind: 'error', path: arg, problem: 'no such file (empty path)' }];
  let info;
  try {
    info = await stat(resolve(cwd, arg));
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if ((code === 'ENOENT' || code === 'ENOTDIR') && (await loadGlob()).isDynamicPattern(arg)) return expandGlob(arg, cwd);
    return [{ kind: 'error', path: arg, problem: describeFsError(error) }];
  }
  if (!info.isDirectory()) return [{ kind: 'file', path: arg }];
  const found: Input[] = [];
  await walkDirectory(resolve(cwd, arg), arg, found);
  return found.sort(byPath);
}

/**
 * Expand the CLI's path arguments into inputs, in order.
 * @throws UsageError when there are no arguments and standard input is a terminal.
 */
export async function expandInputs(args: readonly string[], options: ExpandOptions): Promise<Input[]> {
  if (args.length === 0) {
    if (options.stdinIsTTY()) {
      throw new UsageError('no input: give files, directories or globs, or pipe text into standard input');
    }
    return [{ kind: 'stdin', path: STDIN_PATH }];
  }
  const inputs: Input[] = [];
  const seen = new Set<string>();
  for (const arg of args) {
    for (const input of await expandArgument(arg, options.cwd)) {
      // One argument cannot reach a file twice: only several need the set of what was seen.
      if (input.kind !== 'error' && args.length > 1) {
        const key = input.kind === 'stdin' ? '\0stdin' : resolve(options.cwd, input.path);
        if (seen.has(key)) continue;
        seen.add(key);
      }
      inputs.push(input);
    }
  }
  return inputs;
}
