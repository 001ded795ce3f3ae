/**
 * The `extract` command. bin/extract.js calls main() with the real process streams; tests call it
 * with in-memory ones. It never calls process.exit: it returns the exit code.
 *
 * stdout (or the --output file) carries only the data; stderr gets one line per problem,
 * `extract: <path>: <problem>`, and the run goes on. A closed stdout (`extract news/ | head`) ends
 * the run quietly with exit code 0, as ripgrep does.
 *
 * Modules load late, because start-up counts: this file parses the command line and dispatches;
 * the run itself (run.ts: inputs, output, progress) loads after parsing, the formatter (yaml, chalk)
 * once the options are known, and the extractor (compromise) when the first input has been read.
 * `--help`, `--version` and usage errors load none of them.
 */
import { escapeOneLine } from '../output/terminal.js';
import { parseCommandLine, type CliOptions } from './options.js';

type Terminal = { isTTY?: boolean; columns?: number };

export interface MainIO {
  /** The arguments after the program name. */
  argv: string[];
  /**
   * Read only when the run reads standard input: bin/extract.js passes a getter, because making
   * process.stdin switches a pipe to non-blocking mode under any other process reading it.
   */
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & Terminal;
  stderr: NodeJS.WritableStream & Terminal;
  env: Record<string, string | undefined>;
  /** Relative paths are resolved against this directory (and reported as given). */
  cwd: string;
}

/** `io` with other arguments. Not a spread: that would read the stdin getter. */
function withArgv(io: MainIO, argv: string[]): MainIO {
  return { argv, get stdin() { return io.stdin; }, stdout: io.stdout, stderr: io.stderr, env: io.env, cwd: io.cwd };
}

function isClosedPipe(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED' || code === 'ERR_STREAM_WRITE_AFTER_END';
}

/**
 * stdout with the two ways it can go away handled: a closed pipe (reader gone: stop quietly) and
 * any other write error (reported once). Writes wait for 'drain' when the stream asks for it.
 */
export class Output {
  private pipeClosed = false;
  failure: Error | null = null;

  constructor(private readonly stream: NodeJS.WritableStream) {
    // A listener must stay attached: an 'error' event nobody listens to crashes the process.
    stream.on('error', (error: Error) => {
      if (isClosedPipe(error)) this.pipeClosed = true;
      else this.failure ??= error;
    });
  }

  /** The reader has gone (EPIPE), or the stream was destroyed under us. */
  get closed(): boolean {
    return this.pipeClosed || (this.failure === null && (this.stream as { destroyed?: boolean }).destroyed === true);
  }

  get ok(): boolean {
    return !this.closed && this.failure === null;
  }

  /** `written` is called once the stream is done with `text` (written, or failed), so its memory may be reused. */
  async write(text: string | Uint8Array, written?: () => void): Promise<boolean> {
    if (!this.ok) return false;
    if (text.length === 0) return true;
    let flushed: boolean;
    try {
      flushed = this.stream.write(text, written);
    } catch (error) {
      if (isClosedPipe(error)) this.pipeClosed = true;
      else this.failure ??= error as Error;
      return false;
    }
    if (!flushed && this.ok) {
      await new Promise<void>((done) => {
        const finish = (): void => {
          this.stream.off('drain', finish).off('error', finish).off('close', finish);
          done();
        };
        this.stream.on('drain', finish).on('error', finish).on('close', finish);
      });
    }
    return this.ok;
  }
}

/** One line on stderr, `extract: <message>`, with anything a terminal would act on escaped. */
export function warn(io: Pick<MainIO, 'stderr'>, message: string): void {
  io.stderr.write(`extract: ${escapeOneLine(message)}\n`);
}

/**
 * Colour for the `pretty` format: `always`, `never`, or (auto) when the data goes to a terminal,
 * NO_COLOR is unset or empty (no-color.org) and TERM is not `dumb`.
 */
export function useColor(options: Pick<CliOptions, 'color' | 'output'>, io: Pick<MainIO, 'stdout' | 'env'>): boolean {
  if (options.color !== 'auto') return options.color === 'always';
  return options.output === null && io.stdout.isTTY === true && !io.env.NO_COLOR && io.env.TERM !== 'dumb';
}

export async function main(io: MainIO): Promise<number> {
  // Before anything is written (help too): a closed stdout must not crash the process, and
  // errors on stderr (closed, say) are swallowed, as there is nowhere left to report them.
  const stdout = new Output(io.stdout);
  io.stderr.on('error', () => {});
  // Subcommands come first; a file with such a name is still reachable as `./schema`.
  if (io.argv[0] === 'schema') return (await import('./schema.js')).runSchema(withArgv(io, io.argv.slice(1)));
  if (io.argv[0] === 'check') return (await import('./check.js')).runCheck(withArgv(io, io.argv.slice(1)));
  const parsed = parseCommandLine(io.argv, io);
  if (parsed.kind === 'exit') return parsed.code;
  return (await import('./run.js')).runExtract(parsed.options, io, stdout);
}
