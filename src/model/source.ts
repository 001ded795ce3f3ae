import type { Span } from './span.js';

/** A decoded article: `text` is what every offset points into. */
export interface SourceFile {
  /** Path as the user gave it (or `<stdin>`). */
  readonly path: string;
  readonly text: string;
  /** Offset of the first character of each line; `lineStarts[0] === 0`. */
  readonly lineStarts: readonly number[];
}

export function makeSource(path: string, text: string): SourceFile {
  return new Source(path, text);
}

/**
 * A class, not an object literal with a getter: a literal's getter is a new function per article,
 * which left every source object in dictionary mode, and `source.text` is read by every pass.
 */
class Source implements SourceFile {
  private starts: number[] | undefined;

  constructor(readonly path: string, readonly text: string) {}

  /** Found on first use: only diagnostics and formats that show positions ask for lines. */
  get lineStarts(): readonly number[] {
    this.starts ??= findLineStarts(this.text);
    return this.starts;
  }
}

function findLineStarts(text: string): number[] {
  const starts = [0];
  for (let at = nextLineBreak(text, 0); at >= 0; at = nextLineBreak(text, starts.at(-1)!)) starts.push(afterLineBreak(text, at));
  return starts;
}

/**
 * Where the first line break at or after `from` starts, or -1. A line ends at `\r\n`, `\n` or a
 * lone `\r`: the one definition of a line, for line numbers, paragraphs and `--input ndjson`
 * records alike. (A loop the caller writes, not a callback: a callback made per article loses its
 * optimised code at each full collection.)
 */
export function nextLineBreak(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return -1;
}

/** Where the line after the break at `at` starts. */
export function afterLineBreak(text: string, at: number): number {
  return text.charCodeAt(at) === 13 && text.charCodeAt(at + 1) === 10 ? at + 2 : at + 1;
}

/** 1-based line and column (column counted in UTF-16 code units) of an offset. */
export function lineColumn(source: SourceFile, offset: number): { line: number; column: number } {
  const starts = source.lineStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}

export type { Span };
