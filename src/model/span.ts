/**
 * A half-open range `[start, end)` of offsets into a source text.
 *
 * Offsets are UTF-16 code units of the decoded text, exactly as JavaScript strings count them, so
 * `text.slice(start, end)` is always the covered text. Line and column are derived only for display.
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export function span(start: number, end: number): Span {
  return { start, end };
}

export function sliceOf(text: string, s: Span): string {
  return text.slice(s.start, s.end);
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function isValidSpan(s: Span, textLength: number): boolean {
  return Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= textLength;
}

/** Narrow a span so that it neither starts nor ends with white space. */
export function trimSpan(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}
