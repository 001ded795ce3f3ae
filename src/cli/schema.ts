/**
 * `extract schema`: print the JSON Schema of the json and ndjson output (shipped in the package as
 * schema/extract.schema.json), for validators and code generators downstream.
 */
import { readFile } from 'node:fs/promises';
import type { MainIO } from './main.js';
import { EXIT_ERROR, EXIT_OK } from './options.js';

/** Same relative place from src/cli/ (tests) and dist/cli/ (built). */
export const SCHEMA_URL = new URL('../../schema/extract.schema.json', import.meta.url);

const HELP = `Usage: extract schema

Print the JSON Schema (draft 2020-12) of the output of --format json. Each line of --format ndjson
is one article: validate it against "#/$defs/article". Offsets are UTF-16 code units.
`;

export async function runSchema(io: Pick<MainIO, 'argv' | 'stdout' | 'stderr'>): Promise<number> {
  const [first] = io.argv;
  if (first === '--help' || first === '-h') {
    io.stdout.write(HELP);
    return EXIT_OK;
  }
  if (first !== undefined) {
    io.stderr.write(`extract: schema takes no arguments. See 'extract schema --help'.\n`);
    return EXIT_ERROR;
  }
  io.stdout.write(await readFile(SCHEMA_URL, 'utf8'));
  return EXIT_OK;
}
