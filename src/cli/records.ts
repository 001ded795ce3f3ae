/**
 * `--input ndjson`: standard input is a stream of records, one JSON object per line,
 *
 *   {"id": "a1", "text": "…article text…"}     an article given inline
 *   {"id": 7, "file": "archive/0007.txt"}       an article to read from a file
 *
 * read lazily as the run needs them, so a mapper in Hadoop Streaming, Spark's `RDD.pipe` or GNU
 * parallel can feed any number through one process. The `id` (any string or number; optional) is
 * echoed in the record's result. A line that is not such a record is an error in its place, named
 * `<stdin>:LINE`; blank lines are skipped. A record's text is held to the same MAX_INPUT_BYTES as a
 * file, and a line far longer than any such record (a stream that is not records, a runaway
 * writer) is counted and dropped as it is read, never held whole.
 */
import { StringDecoder } from 'node:string_decoder';
import { afterLineBreak, nextLineBreak } from '../model/source.js';
import { MAX_INPUT_BYTES, STDIN_PATH, tooLarge } from '../source.js';
import type { Input, RecordId } from './inputs.js';

/**
 * The longest line read as a record, in UTF-16 code units: room for a text of MAX_INPUT_BYTES
 * written with JSON's longest escapes (`\u0001` is 6 characters for a byte), and well under the
 * longest string V8 can make.
 */
export const MAX_RECORD_LINE = 8 * MAX_INPUT_BYTES;

/** A line longer than linesOf's limit: its length, in UTF-16 code units; its characters were dropped as they came. */
export class LongLine {
  constructor(readonly length: number) {}
}

function toInput(line: string | LongLine, n: number): Input {
  const where = `${STDIN_PATH}:${n}`;
  if (line instanceof LongLine) {
    return { kind: 'error', path: where, problem: `record too long (${(line.length / 1e6).toFixed(1)} million characters on one line; the limit is ${(MAX_RECORD_LINE / 1e6).toFixed(1)} million): a record holds one article` };
  }
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
  if (typeof text === 'string' && file === undefined) {
    const size = utf8Length(text);
    if (size > MAX_INPUT_BYTES) return { kind: 'error', path: where, problem: tooLarge(size) };
    return { kind: 'text', path: id === undefined ? where : String(id), text, ...withId };
  }
  if (typeof file === 'string' && file !== '' && text === undefined) return { kind: 'file', path: file, ...withId };
  return { kind: 'error', path: where, problem: 'a record needs a "text" string or a "file" path (one of them)' };
}

/** The text's length in UTF-8 bytes, counted only when it could be over MAX_INPUT_BYTES (a code unit is 1 to 3 bytes). */
function utf8Length(text: string): number {
  return text.length * 3 <= MAX_INPUT_BYTES ? text.length : Buffer.byteLength(text, 'utf8');
}

export async function* readRecords(stdin: NodeJS.ReadableStream): AsyncGenerator<Input> {
  let n = 0;
  for await (const line of linesOf(stdin, MAX_RECORD_LINE)) {
    n++;
    if (line instanceof LongLine || line.trim() !== '') yield toInput(line, n);
  }
}

/**
 * The lines of a stream, read only as they are asked for: readline's iterator reads ahead up to
 * 1,024 lines, which with articles inline is megabytes of text that this thread holds long enough
 * to promote, and over a long stream V8 let the old generation grow to 120 MB of them. Here the
 * stream is read a chunk at a time, when the lines already read are used up. A line longer than
 * `maxLength` comes as a LongLine.
 */
export async function* linesOf(stream: NodeJS.ReadableStream, maxLength = Infinity): AsyncGenerator<string | LongLine> {
  const decoder = new StringDecoder('utf8');
  // The start of a line whose end has not been read yet, in pieces (one per chunk): joined once.
  const partial: string[] = [];
  // Its length so far; once over maxLength its pieces are dropped and only this goes on counting.
  let length = 0;
  const add = (piece: string): void => {
    length += piece.length;
    if (length > maxLength) partial.length = 0;
    else partial.push(piece);
  };
  const line = (): string | LongLine => {
    const whole = length > maxLength ? new LongLine(length) : partial.join('');
    partial.length = 0;
    length = 0;
    return whole;
  };
  // A chunk ended in `\r`: a `\n` opening the next one belongs to the same line end.
  let afterCarriageReturn = false;
  for await (const chunk of stream) {
    let text = typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer);
    if (afterCarriageReturn && text.startsWith('\n')) text = text.slice(1);
    afterCarriageReturn = text.endsWith('\r');
    let start = 0;
    // A line ends at `\n`, `\r\n` or a lone `\r`, as readline has it and as an article's lines do.
    for (let at = nextLineBreak(text, 0); at >= 0; at = nextLineBreak(text, start)) {
      add(text.slice(start, at));
      yield line();
      start = afterLineBreak(text, at);
    }
    if (start < text.length) add(text.slice(start));
  }
  add(decoder.end());
  const last = line();
  if (last instanceof LongLine || last !== '') yield last;
}
