/**
 * `--input ndjson`: standard input is a stream of records, one JSON object per line,
 *
 *   {"id": "a1", "text": "…article text…"}     an article given inline
 *   {"id": 7, "file": "archive/0007.txt"}       an article to read from a file
 *
 * read lazily as the run needs them, so a mapper in Hadoop Streaming, Spark's `RDD.pipe` or GNU
 * parallel can feed any number through one process. The `id` (any string or number; optional) is
 * echoed in the record's result. A line that is not such a record is an error in its place, named
 * `<stdin>:LINE`; blank lines are skipped.
 */
import { createInterface } from 'node:readline';
import { STDIN_PATH } from '../source.js';
import type { Input, RecordId } from './inputs.js';

function toInput(line: string, n: number): Input {
  const where = `${STDIN_PATH}:${n}`;
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch {
    return { kind: 'error', path: where, problem: 'not a JSON record' };
  }
  if (record === null || typeof record !== 'object' || Array.isArray(record)) return { kind: 'error', path: where, problem: 'not a JSON object' };
  const { id, text, file } = record as { id?: unknown; text?: unknown; file?: unknown };
  if (id !== undefined && typeof id !== 'string' && typeof id !== 'number') return { kind: 'error', path: where, problem: '"id" must be a string or a number' };
  const withId = id === undefined ? {} : { id: id as RecordId };
  if (typeof text === 'string' && file === undefined) return { kind: 'text', path: id === undefined ? where : String(id), text, ...withId };
  if (typeof file === 'string' && file !== '' && text === undefined) return { kind: 'file', path: file, ...withId };
  return { kind: 'error', path: where, problem: 'a record needs a "text" string or a "file" path (one of them)' };
}

export async function* readRecords(stdin: NodeJS.ReadableStream): AsyncGenerator<Input> {
  const lines = createInterface({ input: stdin, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() !== '') yield toInput(line, n);
  }
}
