/**
 * The command line: options, help text and usage errors (commander, told never to exit).
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import type { Formatter } from '../output/formatter.js';

export const FORMATS = ['yaml', 'json', 'ndjson'] as const;
export type Format = (typeof FORMATS)[number];

export interface CliOptions {
  /** Path arguments as given: files, directories, glob patterns or `-`. */
  readonly paths: readonly string[];
  readonly format: Format;
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

export async function loadFormatter(format: Format): Promise<Formatter> {
  if (format === 'json') return (await import('../output/json.js')).createJsonFormatter();
  if (format === 'ndjson') return (await import('../output/ndjson.js')).createNdjsonFormatter();
  return (await import('../output/yaml.js')).createYamlFormatter();
}

const HELP_AFTER = `
Examples:
  extract story.txt                  quotations in one article, as YAML
  extract news/ --format json        every .txt, .md and .text file under news/, as JSON
  extract 'news/**/*.txt'            files matching a glob (quoted, so the shell leaves it alone)
  extract a.txt - b.txt < c.txt      "-" reads standard input
  pbpaste | extract                  with no paths, standard input is read when it is not a terminal

Output:
  yaml    one document: "articles:" and one list item per input, in input order
  json    {"articles": [...]}, indented by 2 spaces
  ndjson  one article per line, written as each is done
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

/** A commander message as one line: `unknown option '--x' (Did you mean --y?). See …`. */
function oneLine(message: string): string {
  const text = message
    .replace(/^error:\s*/, '')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
  return `${text}${text.endsWith('.') ? '' : '.'} See 'extract --help'.`;
}

interface Streams {
  readonly stdout: NodeJS.WritableStream & { columns?: number };
  readonly stderr: NodeJS.WritableStream & { columns?: number };
}

function buildProgram(io: Streams): Command {
  return new Command('extract')
    .description('Find the quotations and reported claims in news articles and attribute them to their speakers.')
    .argument('[paths...]', 'files, directories (their .txt, .md and .text files, recursively) or glob patterns; "-" is standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('yaml'))
    .version(readVersion(), '-V, --version', 'print the version number')
    .helpOption('-h, --help', 'print this help')
    .addHelpText('after', HELP_AFTER)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => void io.stdout.write(text),
      writeErr: (text) => void io.stderr.write(text),
      outputError: (text, write) => write(`extract: ${oneLine(text)}\n`),
      getOutHelpWidth: () => Math.min(io.stdout.columns ?? 100, 100),
      getErrHelpWidth: () => Math.min(io.stderr.columns ?? 100, 100),
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    });
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
  const { format } = program.opts<{ format: Format }>();
  return { kind: 'run', options: { paths, format } };
}
