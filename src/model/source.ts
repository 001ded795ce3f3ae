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
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 /* \n */) lineStarts.push(i + 1);
    else if (c === 13 /* \r */ && text.charCodeAt(i + 1) !== 10) lineStarts.push(i + 1);
  }
  return { path, text, lineStarts };
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
