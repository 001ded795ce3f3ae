/**
 * The command line: options, help text and usage errors (commander, told never to exit).
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { Formatter } from '../output/formatter.js';
import { ITEM_FIELDS, ITEM_TYPES, type ItemField, type ItemType } from '../output/select.js';

export const FORMATS = ['yaml', 'json', 'ndjson', 'pretty', 'html'] as const;
export type Format = (typeof FORMATS)[number];
export const COLOR_MODES = ['auto', 'always', 'never'] as const;
export const INPUT_KINDS = ['files', 'ndjson'] as const;
export type InputKind = (typeof INPUT_KINDS)[number];
export type ColorMode = (typeof COLOR_MODES)[number];

export interface CliOptions {
  /** Path arguments as given: files, directories, glob patterns or `-`. */
  readonly paths: readonly string[];
  readonly format: Format;
  /** Write here (atomically) instead of stdout. */
  readonly output: string | null;
  readonly color: ColorMode;
  /** No progress line on stderr. */
  readonly quiet: boolean;
  /** Keep only these item types; null: all. */
  readonly types: readonly ItemType[] | null;
  /** Keep only items whose speaker matches one of these names; empty: all. */
  readonly speakers: readonly string[];
  /** Keep only these fields of each quote and claim; null: all. */
  readonly fields: readonly ItemField[] | null;
  readonly explain: boolean;
  /** Worker threads for extraction. */
  readonly jobs: number;
  /** `ndjson`: standard input is a stream of records instead of paths being given. */
  readonly input: InputKind;
}

/** Something wrong with how the command was called: one line on stderr, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const EXIT_OK = 0;
/** A usage error, or some input could not be read (the rest is still written). */
export const EXIT_ERROR = 2;

export type ParsedCommandLine =
  | { readonly kind: 'run'; readonly options: CliOptions }
  /** Help, version or a usage error has been written; stop with this code. */
  | { readonly kind: 'exit'; readonly code: number };

export interface FormatterOptions {
  /** Colour escapes in `pretty` output. */
  readonly color: boolean;
}

export async function loadFormatter(format: Format, options: FormatterOptions): Promise<Formatter> {
  if (format === 'json') return (await import('../output/json.js')).createJsonFormatter();
  if (format === 'ndjson') return (await import('../output/ndjson.js')).createNdjsonFormatter();
  if (format === 'pretty') return (await import('../output/pretty.js')).createPrettyFormatter(options);
  if (format === 'html') return (await import('../output/html.js')).createHtmlFormatter();
  return (await import('../output/yaml.js')).createYamlFormatter();
}

const HELP_AFTER = `
Examples:
  Reading at a terminal:
    extract story.txt -f pretty          each quotation with its speaker, line and column
    extract news/ --speaker Quell        what one person said, across every article under news/
    extract story.txt --explain          with the steps that decided each speaker
  In a pipeline:
    extract news/ -f ndjson | jq -c '.quotes[] | {speaker: .speaker.name, text}'
    extract 'news/**/*.txt' -f json -o quotes.json     written atomically: all or nothing
    extract news/ --types indirect --fields text,speaker,confidence -f json
    pbpaste | extract                    with no paths, standard input is read when it is not a terminal
    extract archive/ -f ndjson -j 8      eight worker threads; output in input order all the same
    cat records.ndjson | extract --input ndjson    {"id", "text"} records in, one result line each out
  In CI:
    extract check --since origin/main    findings in changed articles; see 'extract check --help'
    extract schema > extract.schema.json    the JSON Schema of the json and ndjson output

Paths: files (any name), directories (their .txt, .md and .text files, recursively), quoted glob
patterns, or "-" for standard input. Files found in a directory or by a glob are taken in sorted order.

Output:
  yaml    one document: "articles:" and one list item per input, in input order (default)
  json    {"articles": [...]}, indented by 2 spaces
  ndjson  one article per line, written as each is done
  pretty  for people: per article, each quotation and claim with line:column, speaker and type;
          coloured on a terminal (--color, NO_COLOR and TERM=dumb are honoured)
  html    one self-contained page: each article's text with its quotations and claims
          highlighted by speaker, an index and who is quoted how often (use with -o report.html)
  Offsets (start, end) count UTF-16 code units of the decoded text, end exclusive.

Exit codes:
  0  done
  2  usage error, or some input could not be read (the rest is still written)
`;

function readVersion(): string {
  // Same relative place from src/cli/ (tests) and dist/cli/ (built).
  const text = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
  return (JSON.parse(text) as { version: string }).version;
}

/** A commander message as one line: `unknown option '--x' (Did you mean --y?). See 'extract --help'.` */
function oneLine(message: string, command: string): string {
  const text = message
    .replace(/^error:\s*/, '')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
  return `${text}${text.endsWith('.') ? '' : '.'} See '${command} --help'.`;
}

/**
 * The conventions every subcommand shares: help on `-h`, suggestions for mistyped options, and
 * commander told never to exit, writing through the given streams with usage errors on one line
 * (`extract: check: …`), no colour in help.
 */
export function withConventions(program: Command, io: Streams, helpAfter: string): Command {
  const command = program.name();
  const prefix = command.replace(/ /g, ': ');
  return program
    .helpOption('-h, --help', 'print this help')
    .addHelpText('after', helpAfter)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => void io.stdout.write(text),
      writeErr: (text) => void io.stderr.write(text),
      outputError: (text, write) => write(`${prefix}: ${oneLine(text, command)}\n`),
      getOutHelpWidth: () => Math.min(io.stdout.columns ?? 100, 100),
      getErrHelpWidth: () => Math.min(io.stderr.columns ?? 100, 100),
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    });
}

/** A comma-separated list whose every element is one of `allowed` (repeating the option adds to it). */
function listOf<T extends string>(allowed: readonly T[]) {
  return (value: string, previous: T[] | null): T[] => {
    const items = value.split(',').map((v) => v.trim()).filter(Boolean);
    const wrong = items.filter((v) => !allowed.includes(v as T));
    if (wrong.length > 0 || items.length === 0) {
      throw new InvalidArgumentError(`${wrong.length > 0 ? `'${wrong.join(',')}' is not` : 'give'} one of ${allowed.join(', ')}.`);
    }
    return [...(previous ?? []), ...(items as T[])];
  };
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new InvalidArgumentError('give a whole number from 1 to 256.');
  return n;
}

function collect(value: string, previous: string[]): string[] {
  if (value.trim() === '') throw new InvalidArgumentError('give a name.');
  return [...previous, value];
}

export interface Streams {
  readonly stdout: NodeJS.WritableStream & { columns?: number };
  readonly stderr: NodeJS.WritableStream & { columns?: number };
}

function buildProgram(io: Streams): Command {
  const program = new Command('extract')
    .description('Find the quotations and reported claims in news articles and attribute them to their speakers.')
    .argument('[paths...]', 'files, directories, glob patterns or "-" (standard input)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('yaml'))
    .addOption(new Option('-o, --output <file>', 'write to this file instead of standard output, replacing it only once the run is done'))
    .addOption(new Option('--types <list>', `only these kinds of item, comma-separated: ${ITEM_TYPES.join(', ')} (indirect = claims)`).argParser(listOf(ITEM_TYPES)))
    .addOption(new Option('--speaker <name>', 'only items whose speaker has this name (every word of it, any case); repeatable').argParser(collect).default([]))
    .addOption(new Option('--fields <list>', `only these fields of each quote and claim, comma-separated: ${ITEM_FIELDS.join(', ')}`).argParser(listOf(ITEM_FIELDS)))
    .addOption(new Option('--explain', 'add to each item the steps (pass, decision, confidence) that decided it'))
    .addOption(new Option('--color <when>', 'colour in pretty output').choices(COLOR_MODES).default('auto'))
    .addOption(new Option('-q, --quiet', 'no progress line on standard error'))
    .addOption(new Option('-j, --jobs <n>', 'worker threads for extraction (default: the number of cores)').argParser(positiveInteger))
    .addOption(new Option('--input <kind>', 'files (default), or ndjson: records {"id", "text"} or {"id", "file"} on standard input, one per line; the format defaults to ndjson').choices(INPUT_KINDS).default('files'))
    .version(readVersion(), '-V, --version', 'print the version number');
  return withConventions(program, io, HELP_AFTER);
}

interface RawOptions {
  format: Format;
  output?: string;
  types?: ItemType[];
  speaker: string[];
  fields?: ItemField[];
  explain?: boolean;
  color: ColorMode;
  quiet?: boolean;
  jobs?: number;
  input: InputKind;
}

/** Parse the arguments (without `node` and the script). Never exits the process. */
export function parseCommandLine(argv: readonly string[], io: Streams): ParsedCommandLine {
  const program = buildProgram(io);
  try {
    program.parse([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      return { kind: 'exit', code: error.exitCode === 0 ? EXIT_OK : EXIT_ERROR };
    }
    throw error;
  }
  const paths = (program.processedArgs[0] as string[] | undefined) ?? [];
  const raw = program.opts<RawOptions>();
  if (raw.input === 'ndjson' && paths.length > 0) {
    io.stderr.write("extract: --input ndjson reads records from standard input; give no paths. See 'extract --help'.\n");
    return { kind: 'exit', code: EXIT_ERROR };
  }
  // Records in, records out: ndjson unless a format was asked for.
  const format = raw.input === 'ndjson' && program.getOptionValueSource('format') === 'default' ? 'ndjson' : raw.format;
  return {
    kind: 'run',
    options: {
      paths,
      format,
      output: raw.output ?? null,
      color: raw.color,
      quiet: raw.quiet === true,
      types: raw.types ? [...new Set(raw.types)] : null,
      speakers: raw.speaker,
      fields: raw.fields ? [...new Set(raw.fields)] : null,
      explain: raw.explain === true,
      jobs: raw.jobs ?? availableParallelism(),
      input: raw.input,
    },
  };
}
