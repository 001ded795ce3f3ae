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

export function isValidSpan(s: Span, textLength: number): boolean {
  return isValidRange(s.start, s.end, textLength);
}

/** `isValidSpan` for a start and an end as they are, with no span object to build. */
export function isValidRange(start: number, end: number, textLength: number): boolean {
  return Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= textLength;
}

/** Index of the first span that starts at or after `offset`, in a list ordered by start (binary search). */
export function firstStartingAt(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Indexes of the spans, in a list ordered by start, that start inside `[from, to)`. */
export function indexesStartingIn(spans: readonly Span[], from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = firstStartingAt(spans, from); i < spans.length && spans[i]!.start < to; i++) out.push(i);
  return out;
}

/** True when `text[from, to)` is only white space. Scans from the end, so it stops at the first word. */
export function isBlankBetween(text: string, from: number, to: number): boolean {
  for (let i = to - 1; i >= from; i--) if (!/\s/.test(text[i]!)) return false;
  return true;
}
