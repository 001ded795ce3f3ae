/**
 * `extract check`: extract the articles and report what an editor or a newsroom's CI should fix,
 * one finding per line (`file:line:col: severity rule-id message`), GitHub annotations or JSON.
 * Exit codes: 0 no finding at error level, 1 findings at error level, 2 a usage, configuration or
 * read error (the other files are still checked).
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { ConfigError, checkRuleId, findConfig, loadConfig, loadRegistry, parseLevel, type CheckConfig } from '../check/config.js';
import type { RegistryEntry, RuleLevel } from '../check/finding.js';
import { CHECK_FORMATS, FindingsWriter, summaryLine, tally, type CheckFormat, type Summary } from '../check/format.js';
import { RULES } from '../check/rules/index.js';
import { changedSince } from '../check/since.js';
import { availableParallelism } from 'node:os';
import { resolve, sep } from 'node:path';
import { extractInputs } from './articles.js';
import { expandInputs, isTextFileName, type Input, type InputList } from './inputs.js';
import { Output, warn, type MainIO } from './main.js';
import { UsageError, withConventions } from './options.js';

export const CHECK_CLEAN = 0;
export const CHECK_FINDINGS = 1;
export const CHECK_ERROR = 2;

interface CheckOptions {
  readonly paths: readonly string[];
  readonly format: CheckFormat;
  readonly speakers: string | null;
  readonly config: string | false | null;
  readonly rules: ReadonlyMap<string, RuleLevel>;
  readonly since: string | null;
  readonly quiet: boolean;
}

const HELP_AFTER = `
Rules (default level error; set them in .extractrc.yaml or with --rule):
${RULES.map((r) => `  ${r.id.padEnd(22)}${r.description}`).join('\n')}

Examples:
  extract check news/                         every article under news/
  extract check --since origin/main           only articles added or changed since origin/main
  extract check news/ -f github               annotations for a GitHub Actions job
  extract check news/ --speakers people.yaml  also: every person quoted is in the registry
  extract check news/ --rule inconsistent-speaker=warning

Configuration: the nearest .extractrc.yaml from the working directory up (or --config FILE):
  rules: { unattributed-quote: warning, inconsistent-speaker: off }
  speakers: people.yaml        # a YAML list of names, or {name, aliases: [...]}

Output: file:line:col: severity rule-id message (line and column 1-based, columns in UTF-16
code units); a summary on stderr.

Exit codes:
  0  no finding at error level
  1  findings at error level
  2  usage or configuration error, or some input could not be read (the rest is still checked)
`;

function ruleSetting(value: string, previous: Map<string, RuleLevel>): Map<string, RuleLevel> {
  const [id, level] = value.split('=');
  if (!id || level === undefined) throw new InvalidArgumentError('write it as RULE=LEVEL, e.g. unattributed-quote=warning.');
  try {
    return new Map([...previous, [checkRuleId(id, '--rule'), parseLevel(level, '--rule')]]);
  } catch (error) {
    throw new InvalidArgumentError(`${(error as Error).message.replace(/^--rule: /, '')}.`);
  }
}

function parse(io: MainIO): CheckOptions | number {
  const program = new Command('extract check')
    .description('Check articles: every quotation attributed, quote marks balanced, speakers named consistently.')
    .argument('[paths...]', 'files, directories, glob patterns or "-" (default with --since: the current directory)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(CHECK_FORMATS).default('text'))
    .addOption(new Option('--since <ref>', 'only article files added or changed since this git ref (and uncommitted changes)'))
    .addOption(new Option('--speakers <file>', 'speaker registry (YAML list); enables unknown-speaker and speaker-spelling'))
    .addOption(new Option('--rule <rule=level>', 'set a rule to error, warning or off; repeatable').argParser(ruleSetting).default(new Map()))
    .addOption(new Option('--config <file>', `configuration file (default: the nearest .extractrc.yaml)`))
    .addOption(new Option('--no-config', 'ignore .extractrc.yaml files'))
    .addOption(new Option('-q, --quiet', 'no summary line on stderr'));
  withConventions(program, io, HELP_AFTER);
  try {
    program.parse(io.argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? CHECK_CLEAN : CHECK_ERROR;
    throw error;
  }
  const o = program.opts<{ format: CheckFormat; since?: string; speakers?: string; rule: Map<string, RuleLevel>; config?: string | false; quiet?: boolean }>();
  return {
    paths: (program.processedArgs[0] as string[] | undefined) ?? [],
    format: o.format,
    speakers: o.speakers ?? null,
    config: o.config === undefined ? null : o.config,
    rules: o.rule,
    since: o.since ?? null,
    quiet: o.quiet === true,
  };
}

async function configuration(options: CheckOptions, cwd: string): Promise<{ levels: Map<string, RuleLevel>; registry: RegistryEntry[] | null }> {
  let config: CheckConfig = { path: null, levels: new Map(), speakers: null };
  const path = options.config === false ? null : options.config !== null ? resolve(cwd, options.config) : await findConfig(cwd);
  if (path) config = await loadConfig(path);
  const levels = new Map([...config.levels, ...options.rules]);
  const registryPath = options.speakers !== null ? resolve(cwd, options.speakers) : config.speakers;
  return { levels, registry: registryPath ? await loadRegistry(registryPath) : null };
}

/** With --since: the changed article files under the given paths (all of them when none is given). */
async function changedInputs(ref: string, paths: readonly string[], cwd: string): Promise<Input[]> {
  const roots = (paths.length > 0 ? paths : ['.']).map((p) => resolve(cwd, p));
  return (await changedSince(ref, cwd))
    .filter((file) => isTextFileName(file))
    .filter((file) => roots.some((root) => resolve(cwd, file) === root || resolve(cwd, file).startsWith(root.endsWith(sep) ? root : root + sep)))
    .map((path): Input => ({ kind: 'file', path }));
}

/** Write each string in turn; false once the output is closed. */
async function writeAll(out: Output, strings: Iterable<string>): Promise<boolean> {
  for (const s of strings) if (!(await out.write(s))) return false;
  return true;
}

export async function runCheck(io: MainIO): Promise<number> {
  const out = new Output(io.stdout);
  const options = parse(io);
  if (typeof options === 'number') return options;

  let levels: Map<string, RuleLevel>;
  let registry: RegistryEntry[] | null;
  let inputs: InputList | Input[];
  try {
    ({ levels, registry } = await configuration(options, io.cwd));
    inputs = options.since !== null
      ? await changedInputs(options.since, options.paths, io.cwd)
      : await expandInputs(options.paths, { cwd: io.cwd, stdinIsTTY: () => io.stdin.isTTY === true });
  } catch (error) {
    if (!(error instanceof ConfigError || error instanceof UsageError)) throw error;
    warn(io, `check: ${error.message}`);
    return CHECK_ERROR;
  }

  const writer = new FindingsWriter(options.format);
  const summary: Summary = { files: 0, errors: 0, warnings: 0 };
  await out.write(writer.head());
  let failed = false;
  // The workers apply the rules as they extract, so no article comes back to this thread whole.
  const context = { cwd: io.cwd, get stdin() { return io.stdin; }, jobs: availableParallelism(), needsText: false, check: { levels, registry } };
  for await (const outcome of extractInputs(inputs, context)) {
    if (outcome.kind === 'failed') {
      warn(io, `${outcome.path}: ${outcome.problem}`);
      failed = true;
      continue;
    }
    tally(summary, outcome.findings);
    if (!(await writeAll(out, writer.pieces(outcome.findings)))) break;
  }
  await out.write(writer.end(summary));
  if (!options.quiet) io.stderr.write(`extract: check: ${summaryLine(summary)}\n`);
  if (failed || out.failure) return CHECK_ERROR;
  return summary.errors > 0 ? CHECK_FINDINGS : CHECK_CLEAN;
}
