/**
 * `--input ndjson` reads standard input line by line with its own splitter (src/cli/records.ts),
 * which reads no further ahead than the run needs. It must cut lines exactly where readline does,
 * wherever the stream's chunks happen to end: inside `\r\n`, inside a UTF-8 character, or not.
 */
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linesOf, LongLine } from '../../src/cli/records.js';

async function collect<T>(lines: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const line of lines) out.push(line);
  return out;
}

/** `bytes` cut at `cuts` (sorted, deduplicated offsets), as a stream of Buffers. */
function chunked(bytes: Buffer, cuts: number[]): Readable {
  const ends = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Buffer[] = [];
  let start = 0;
  for (const end of [...ends, bytes.length]) {
    if (end > start) chunks.push(bytes.subarray(start, end));
    start = Math.max(start, end);
  }
  return Readable.from(chunks);
}

describe('linesOf', () => {
  it('cuts lines where readline does (crlfDelay: Infinity), however the input is chunked', async () => {
    const piece = fc.constantFrom('a', '{"id": 1}', 'é', '😀', '\n', '\r', '\r\n', ' ', '');
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 30 }), fc.array(fc.nat(), { maxLength: 8 }), async (pieces, cuts) => {
        const bytes = Buffer.from(pieces.join(''));
        const theirs = await collect(createInterface({ input: chunked(bytes, cuts), crlfDelay: Infinity }));
        expect(await collect(linesOf(chunked(bytes, cuts)))).toEqual(theirs);
      }),
      { numRuns: 1500 },
    );
  });

  it('a line longer than the limit comes as its length alone; the lines around it are whole', async () => {
    const piece = fc.constantFrom('a', 'bcdef', 'é', '😀', '\n', '\r', '\r\n', '');
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 30 }), fc.array(fc.nat(), { maxLength: 8 }), fc.nat(8), async (pieces, cuts, limit) => {
        const bytes = Buffer.from(pieces.join(''));
        const theirs = await collect(createInterface({ input: chunked(bytes, cuts), crlfDelay: Infinity }));
        const expected = theirs.map((line) => (line.length > limit ? new LongLine(line.length) : line));
        expect(await collect(linesOf(chunked(bytes, cuts), limit))).toEqual(expected);
      }),
      { numRuns: 1500 },
    );
  });

  it('reads the stream only as lines are asked for', async () => {
    let pulled = 0;
    const stream = new Readable({
      read() {
        pulled++;
        this.push(pulled > 1000 ? null : `{"text": "line ${pulled}"}\n`);
      },
      highWaterMark: 16,
    });
    const lines = linesOf(stream);
    await lines.next();
    await lines.next();
    // Time for a reader that reads ahead to do so (readline's iterator takes all 1,000 lines here).
    for (let i = 0; i < 20; i++) await new Promise(setImmediate);
    expect(pulled).toBeLessThan(10);
    await lines.return(undefined);
  });
});
