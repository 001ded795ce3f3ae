/**
 * One `extract` run, once the command line is parsed: expand the inputs, open the output, extract
 * in order, filter, format and write; report problems on stderr and return the exit code.
 */
import { describeFsError, type SourceWarning } from '../source.js';
import { isTooLongToWrite, TOO_LONG_TO_END, TOO_LONG_TO_WRITE } from '../output/formatter.js';
import { isEverything, selectItems } from '../output/select.js';
import { extractInputs, type Pieces } from './articles.js';
import { AtomicFile } from './atomic-file.js';
import { expandInputs, InputList, type Input } from './inputs.js';
import { Output, useColor, warn, type MainIO } from './main.js';
import { EXIT_ERROR, EXIT_OK, loadFormatter, UsageError, type CliOptions } from './options.js';
import { Progress } from './progress.js';
import { readRecords } from './records.js';

/** Progress is for a person watching stderr while the data goes somewhere else. */
function showsProgress(options: CliOptions, io: MainIO, inputs: number): boolean {
  return !options.quiet && inputs > 1 && io.stderr.isTTY === true && (options.output !== null || io.stdout.isTTY !== true);
}

/**
 * Write a worker's pieces, each after its joint. Pieces with no joint between them (all but the
 * first, in most formats) go out as one write.
 */
async function writePieces(out: Output, written: Pieces, joint: () => string): Promise<boolean> {
  const { bytes, ends } = written;
  let from = 0; // the first byte not yet written
  let start = 0; // where the next piece starts
  for (const end of ends) {
    if (end === start) continue; // an input that failed has no piece
    const before = joint();
    if (before !== '') {
      if (start > from && !(await out.write(bytes.subarray(from, start)))) return false;
      if (!(await out.write(before))) return false;
      from = start;
    }
    start = end;
  }
  return out.write(bytes.subarray(from, start), written.release);
}

export async function runExtract(options: CliOptions, io: MainIO, stdout: Output): Promise<number> {
  let inputs: InputList | AsyncIterable<Input>;
  try {
    inputs = options.input === 'ndjson'
      ? readRecords(io.stdin)
      : await expandInputs(options.paths, { cwd: io.cwd, stdinIsTTY: () => io.stdin.isTTY === true });
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    warn(io, `${error.message}. See 'extract --help'.`);
    return EXIT_ERROR;
  }

  let file: AtomicFile | null = null;
  if (options.output !== null) {
    try {
      file = await AtomicFile.open(options.output, io.cwd);
    } catch (error) {
      warn(io, `${options.output}: cannot write: ${describeFsError(error)}`);
      return EXIT_ERROR;
    }
  }
  const out = file ? new Output(file.stream) : stdout;
  const progress = inputs instanceof InputList && showsProgress(options, io, inputs.length) ? new Progress(io.stderr, inputs.length) : null;
  const report = (message: string): void => {
    progress?.clear();
    warn(io, message);
  };
  let failed = false;
  const reportFailure = (path: string, problem: string): void => {
    report(`${path}: ${problem}`);
    failed = true;
  };
  const reportWarnings = (path: string, warnings: readonly SourceWarning[]): void => {
    for (const w of warnings) report(`${path}: warning: ${w.message}`);
  };

  const formatter = await loadFormatter(options.format, { color: useColor(options, io) });
  const { pieces } = formatter;
  const selection = isEverything(options) ? null : { types: options.types, speakers: options.speakers, fields: options.fields };
  const context = {
    cwd: io.cwd, get stdin() { return io.stdin; }, explain: options.explain, jobs: options.jobs, needsText: formatter.needsText,
    ...(pieces ? { pieces: { format: pieces.format, selection } } : {}),
  };
  for await (const outcome of extractInputs(inputs, context)) {
    if (outcome.kind === 'pieces') {
      progress?.tick(outcome.paths.length);
      for (const note of outcome.notes) {
        const path = outcome.paths[note.index]!;
        if (note.kind === 'failed') reportFailure(path, note.problem);
        else reportWarnings(path, note.warnings);
      }
      if (!(await writePieces(out, outcome, pieces?.joint ?? (() => '')))) break; // only a format with pieces asks for them
      continue;
    }
    progress?.tick();
    if (outcome.kind === 'failed') {
      reportFailure(outcome.path, outcome.problem);
      continue;
    }
    reportWarnings(outcome.path, outcome.warnings);
    let text: string;
    try {
      text = formatter.article(selection ? selectItems(outcome.result, selection) : outcome.result, outcome.source);
    } catch (error) {
      // Only an input many times WORKER_MAX_INPUT can get here (its result came from the large-input worker).
      if (!isTooLongToWrite(error)) throw error;
      reportFailure(outcome.path, TOO_LONG_TO_WRITE);
      continue;
    }
    if (!(await out.write(text))) break;
  }
  /** Say why the output could not be written; an --output file is left as it was. */
  const cannotWrite = (problem: string): number => {
    const kept = file?.replacesWhole ? '; the file is left as it was' : '';
    warn(io, file ? `${options.output}: cannot write: ${problem}${kept}` : `cannot write the output: ${problem}`);
    return EXIT_ERROR;
  };
  let ending: ReturnType<typeof formatter.end>;
  try {
    ending = formatter.end();
  } catch (error) {
    // Only a format that makes its output at the end (html) can get here: its totals for millions of speakers.
    if (!isTooLongToWrite(error)) throw error;
    progress?.clear();
    await file?.discard();
    return cannotWrite(TOO_LONG_TO_END);
  }
  for (const piece of typeof ending === 'string' ? [ending] : ending) if (!(await out.write(piece))) break;
  progress?.clear();

  if (file) {
    if (out.failure) {
      await file.discard();
      return cannotWrite(describeFsError(out.failure));
    }
    try {
      await file.commit();
    } catch (error) {
      return cannotWrite(describeFsError(error));
    }
    return failed ? EXIT_ERROR : EXIT_OK;
  }
  if (out.closed) return EXIT_OK;
  if (out.failure) return cannotWrite(describeFsError(out.failure));
  return failed ? EXIT_ERROR : EXIT_OK;
}
