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

/**
 * The inputs of a run, in order. A corpus directory may hold hundreds of thousands of files, so the
 * files found in one directory are kept as their names under one prefix, and each file's Input is
 * made only as the run reaches it: a list of Input objects took 140 bytes per file, and as all of
 * it survived the young generation's collections while the walk went on, V8 grew that generation
 * to its maximum before the first article was read.
 */
export class InputList implements Iterable<Input> {
  private readonly parts: (Input | FileNames)[] = [];
  private count = 0;

  get length(): number {
    return this.count;
  }

  push(input: Input): void {
    this.parts.push(input);
    this.count++;
  }

  /** The files `prefix + name` for each of `names`, in that order. */
  pushFiles(prefix: string, names: readonly string[]): void {
    if (names.length === 0) return;
    this.parts.push(new FileNames(prefix, names));
    this.count += names.length;
  }

  *[Symbol.iterator](): Iterator<Input> {
    for (const part of this.parts) {
      if (part instanceof FileNames) for (const name of part.names) yield { kind: 'file', path: part.prefix + name };
      else yield part;
    }
  }
}

class FileNames {
  constructor(readonly prefix: string, readonly names: readonly string[]) {}
}

/** Whether to list a file, asked once per file (null: every file). */
type Keep = ((path: string) => boolean) | null;

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** `dir` as the start of its files' paths, kept exactly as given (`./news/` → `./news/`, `news` → `news/`). */
function prefixOf(dir: string): string {
  return dir.endsWith('/') || dir.endsWith(sep) ? dir : `${dir}/`;
}

/**
 * Walk a directory for text files, into `list`, in the order of their paths. Entries are read in
 * small batches (opendir) rather than as one array of them all, and only names are kept.
 *
 * Paths sort as strings (UTF-16 code units). A directory's files and its subdirectories' files
 * interleave by name: `sub/x.txt` sorts as `sub/` would, after `sub.txt` and before `sub0.txt`. So
 * each directory sorts its file names, and its subdirectories by name + `/`, and walks each
 * subdirectory at its place among the files: the same order as sorting every path found. A
 * subdirectory that cannot be read is reported at that place too.
 */
async function walkDirectory(absolute: string, shown: string, list: InputList, keep: Keep): Promise<void> {
  const files: string[] = [];
  const directories: string[] = [];
  try {
    for await (const entry of await opendir(absolute)) {
      const { name } = entry;
      if (name.startsWith('.') || name === 'node_modules') continue;
      if (entry.isDirectory()) directories.push(`${name}/`);
      else if (isTextFileName(name) && entry.isFile()) files.push(name);
      else if (isTextFileName(name) && entry.isSymbolicLink()) {
        // Follow links to files; a dangling or looping link is kept so that reading it reports the problem.
        const target = await stat(join(absolute, name)).catch(() => null);
        if (!target || target.isFile()) files.push(name);
      }
    }
  } catch (error) {
    list.push({ kind: 'error', path: shown, problem: describeFsError(error) });
    return;
  }
  const prefix = prefixOf(shown);
  const kept = keep ? files.filter((name) => keep(prefix + name)) : files;
  kept.sort(byCodeUnits);
  directories.sort(byCodeUnits);
  let next = 0;
  for (const directory of directories) {
    let end = next;
    while (end < kept.length && kept[end]! < directory) end++;
    list.pushFiles(prefix, next === 0 && end === kept.length ? kept : kept.slice(next, end));
    next = end;
    const name = directory.slice(0, -1);
    await walkDirectory(join(absolute, name), prefix + name, list, keep);
  }
  list.pushFiles(prefix, next === 0 ? kept : kept.slice(next));
}

/** fast-glob is loaded only when an argument is not an existing path (start-up matters for `--version`). */
async function loadGlob(): Promise<typeof import('fast-glob')> {
  return (await import('fast-glob')).default;
}

async function expandGlob(pattern: string, cwd: string, list: InputList, keep: Keep): Promise<void> {
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
    list.push({ kind: 'error', path: pattern, problem: describeFsError(error) });
    return;
  }
  if (matches.length === 0) list.push({ kind: 'error', path: pattern, problem: 'no files match this pattern' });
  else list.pushFiles('', (keep ? matches.filter(keep) : matches).sort(byCodeUnits));
}

async function expandArgument(arg: string, cwd: string, list: InputList, keep: Keep): Promise<void> {
  if (arg === '-') {
    if (!keep || keep('\0stdin')) list.push({ kind: 'stdin', path: STDIN_PATH });
    return;
  }
  if (arg === '') return list.push({ kind: 'error', path: arg, problem: 'no such file (empty path)' });
  let info;
  try {
    info = await stat(resolve(cwd, arg));
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if ((code === 'ENOENT' || code === 'ENOTDIR') && (await loadGlob()).isDynamicPattern(arg)) return expandGlob(arg, cwd, list, keep);
    return list.push({ kind: 'error', path: arg, problem: describeFsError(error) });
  }
  if (!info.isDirectory()) {
    if (!keep || keep(arg)) list.push({ kind: 'file', path: arg });
    return;
  }
  await walkDirectory(resolve(cwd, arg), arg, list, keep);
}

/**
 * Expand the CLI's path arguments into inputs, in order.
 * @throws UsageError when there are no arguments and standard input is a terminal.
 */
export async function expandInputs(args: readonly string[], options: ExpandOptions): Promise<InputList> {
  const list = new InputList();
  if (args.length === 0) {
    if (options.stdinIsTTY()) {
      throw new UsageError('no input: give files, directories or globs, or pipe text into standard input');
    }
    list.push({ kind: 'stdin', path: STDIN_PATH });
    return list;
  }
  // One argument cannot reach a file twice: only several need the set of what was seen.
  const seen = new Set<string>();
  const keep: Keep = args.length > 1
    ? (path) => {
      const key = path === '\0stdin' ? path : resolve(options.cwd, path);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    }
    : null;
  for (const arg of args) await expandArgument(arg, options.cwd, list, keep);
  return list;
}
