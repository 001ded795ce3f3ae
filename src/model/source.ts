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
  forEachLineBreak(text, (_at, next) => starts.push(next));
  return starts;
}

/** `\r\n`, `\n` or a lone `\r`: each ends a line. */
const LINE_BREAK = /\r\n?|\n/g;

/**
 * Each line break of `text`, in order: where it starts (`at`) and where the next line starts. The
 * one definition of a line, for line numbers and for paragraphs alike. `each` must not call it again.
 */
export function forEachLineBreak(text: string, each: (at: number, next: number) => void): void {
  LINE_BREAK.lastIndex = 0;
  for (let m = LINE_BREAK.exec(text); m !== null; m = LINE_BREAK.exec(text)) each(m.index, LINE_BREAK.lastIndex);
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
