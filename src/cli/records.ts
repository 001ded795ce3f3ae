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
import { StringDecoder } from 'node:string_decoder';
import { afterLineBreak, nextLineBreak } from '../model/source.js';
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
  let n = 0;
  for await (const line of linesOf(stdin)) {
    n++;
    if (line.trim() !== '') yield toInput(line, n);
  }
}

/**
 * The lines of a stream, read only as they are asked for: readline's iterator reads ahead up to
 * 1,024 lines, which with articles inline is megabytes of text that this thread holds long enough
 * to promote, and over a long stream V8 let the old generation grow to 120 MB of them. Here the
 * stream is read a chunk at a time, when the lines already read are used up.
 */
export async function* linesOf(stream: NodeJS.ReadableStream): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  // The start of a line whose end has not been read yet, in pieces (one per chunk): joined once.
  const partial: string[] = [];
  // A chunk ended in `\r`: a `\n` opening the next one belongs to the same line end.
  let afterCarriageReturn = false;
  for await (const chunk of stream) {
    let text = typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer);
    if (afterCarriageReturn && text.startsWith('\n')) text = text.slice(1);
    afterCarriageReturn = text.endsWith('\r');
    let start = 0;
    // A line ends at `\n`, `\r\n` or a lone `\r`, as readline has it and as an article's lines do.
    for (let at = nextLineBreak(text, 0); at >= 0; at = nextLineBreak(text, start)) {
      partial.push(text.slice(start, at));
      yield partial.join('');
      partial.length = 0;
      start = afterLineBreak(text, at);
    }
    if (start < text.length) partial.push(text.slice(start));
  }
  partial.push(decoder.end());
  const last = partial.join('');
  if (last !== '') yield last;
}
