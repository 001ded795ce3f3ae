/**
 * The `extract` command. bin/extract.js calls main() with the real process streams; tests call it
 * with in-memory ones. It never calls process.exit: it returns the exit code.
 *
 * stdout carries only the data (one YAML or JSON document); stderr gets one line per problem,
 * `extract: <path>: <problem>`, and the run goes on. A closed stdout (`extract news/ | head`) ends
 * the run quietly with exit code 0, as ripgrep does.
 *
 * Heavy modules load late: the extractor (compromise) when the first input has been read, the
 * formatter (yaml) once the options are known, so `--help` and usage errors load neither.
 */
import { escapeOneLine } from '../output/terminal.js';
import { extractInputs } from './articles.js';
import { expandInputs, type Input } from './inputs.js';
import { EXIT_ERROR, EXIT_OK, loadFormatter, parseCommandLine, UsageError } from './options.js';

export interface MainIO {
  /** The arguments after the program name. */
  argv: string[];
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: Record<string, string | undefined>;
  /** Relative paths are resolved against this directory (and reported as given). */
  cwd: string;
}

function isClosedPipe(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED' || code === 'ERR_STREAM_WRITE_AFTER_END';
}

/**
 * stdout with the two ways it can go away handled: a closed pipe (reader gone: stop quietly) and
 * any other write error (reported once). Writes wait for 'drain' when the stream asks for it.
 */
class Output {
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

  async write(text: string): Promise<boolean> {
    if (!this.ok) return false;
    if (text === '') return true;
    let flushed: boolean;
    try {
      flushed = this.stream.write(text);
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

export async function main(io: MainIO): Promise<number> {
  // Before anything is written (help too): a closed stdout must not crash the process, and
  // errors on stderr (closed, say) are swallowed, as there is nowhere left to report them.
  const out = new Output(io.stdout);
  io.stderr.on('error', () => {});

  const parsed = parseCommandLine(io.argv, io);
  if (parsed.kind === 'exit') return parsed.code;
  const { paths, format } = parsed.options;

  let inputs: Input[];
  try {
    inputs = await expandInputs(paths, { cwd: io.cwd, stdinIsTTY: io.stdin.isTTY === true });
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    warn(io, `${error.message}. See 'extract --help'.`);
    return EXIT_ERROR;
  }

  const formatter = await loadFormatter(format);
  let failed = false;
  for await (const outcome of extractInputs(inputs, io)) {
    if (outcome.kind === 'failed') {
      warn(io, `${outcome.path}: ${outcome.problem}`);
      failed = true;
      continue;
    }
    for (const w of outcome.warnings) warn(io, `${outcome.source.path}: warning: ${w.message}`);
    if (!(await out.write(formatter.article(outcome.result, outcome.source)))) break;
  }
  await out.write(formatter.end());

  if (out.closed) return EXIT_OK;
  if (out.failure) {
    warn(io, `cannot write the output: ${out.failure.message}`);
    return EXIT_ERROR;
  }
  return failed ? EXIT_ERROR : EXIT_OK;
}
