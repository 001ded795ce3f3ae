/**
 * Configuration of `extract check`: `.extractrc.yaml`, found by walking up from the working
 * directory (the nearest one wins), or given with `--config`:
 *
 *   rules:
 *     unattributed-quote: warning     # error | warning | off
 *     inconsistent-speaker: off
 *   speakers: people.yaml             # the speaker registry, relative to this file
 *
 * The registry is a YAML list; each entry is a name, or a name with the other forms that mean
 * that person:
 *
 *   - Ida Quell
 *   - name: Piet Brandt
 *     aliases: [Peter Brandt]
 *
 * Anything else in either file is a usage error naming the file, so a typo never silently
 * switches a rule off.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { describeFsError } from '../source.js';
import type { RegistryEntry, RuleLevel } from './finding.js';
import { RULE_IDS } from './rules/index.js';

export const CONFIG_NAME = '.extractrc.yaml';
const LEVELS: readonly RuleLevel[] = ['error', 'warning', 'off'];

export interface CheckConfig {
  /** Where it was read from; null when none was found. */
  readonly path: string | null;
  readonly levels: ReadonlyMap<string, RuleLevel>;
  /** The registry's path, resolved against the config file's directory. */
  readonly speakers: string | null;
}

/** A configuration or registry that cannot be used: a usage error (exit 2). */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

async function readYaml(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new ConfigError(`${path}: ${describeFsError(error)}`);
  }
  const YAML = await import('yaml');
  try {
    return YAML.parse(text) as unknown;
  } catch (error) {
    throw new ConfigError(`${path}: not valid YAML (${(error as Error).message.split('\n')[0]})`);
  }
}

/** The nearest `.extractrc.yaml` from `cwd` up to the file-system root, or null. */
export async function findConfig(cwd: string): Promise<string | null> {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const candidate = join(dir, CONFIG_NAME);
    try {
      await readFile(candidate);
      return candidate;
    } catch {
      if (dirname(dir) === dir) return null;
    }
  }
}

export function parseLevel(value: unknown, where: string): RuleLevel {
  if (typeof value === 'string' && (LEVELS as readonly string[]).includes(value)) return value as RuleLevel;
  throw new ConfigError(`${where}: level must be one of ${LEVELS.join(', ')}, not ${JSON.stringify(value)}`);
}

export function checkRuleId(id: string, where: string): string {
  if (!RULE_IDS.includes(id)) throw new ConfigError(`${where}: unknown rule '${id}' (rules: ${RULE_IDS.join(', ')})`);
  return id;
}

export async function loadConfig(path: string): Promise<CheckConfig> {
  const data = (await readYaml(path)) ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new ConfigError(`${path}: expected a mapping with 'rules' and 'speakers'`);
  const levels = new Map<string, RuleLevel>();
  let speakers: string | null = null;
  for (const [key, value] of Object.entries(data)) {
    if (key === 'rules') {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new ConfigError(`${path}: 'rules' must map rule ids to levels`);
      for (const [id, level] of Object.entries(value)) levels.set(checkRuleId(id, path), parseLevel(level, `${path}: rules.${id}`));
    } else if (key === 'speakers') {
      if (typeof value !== 'string' || value === '') throw new ConfigError(`${path}: 'speakers' must be the path of a registry file`);
      speakers = resolve(dirname(path), value);
    } else {
      throw new ConfigError(`${path}: unknown key '${key}' (expected 'rules' or 'speakers')`);
    }
  }
  return { path, levels, speakers };
}

export async function loadRegistry(path: string): Promise<RegistryEntry[]> {
  const data = await readYaml(path);
  if (!Array.isArray(data)) throw new ConfigError(`${path}: the speaker registry must be a list of names`);
  return data.map((entry: unknown, i): RegistryEntry => {
    if (typeof entry === 'string' && entry.trim() !== '') return { name: entry.trim(), aliases: [] };
    const e = entry as { name?: unknown; aliases?: unknown } | null;
    const aliases = e?.aliases ?? [];
    if (e && typeof e === 'object' && typeof e.name === 'string' && Array.isArray(aliases) && aliases.every((a) => typeof a === 'string')) {
      const extra = Object.keys(e).filter((k) => k !== 'name' && k !== 'aliases');
      if (extra.length === 0) return { name: e.name.trim(), aliases: aliases as string[] };
    }
    throw new ConfigError(`${path}: entry ${i + 1} must be a name or {name, aliases: [...]}`);
  });
}
