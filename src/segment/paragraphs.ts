import { afterLineBreak, nextLineBreak } from '../model/source.js';
import type { Span } from '../model/span.js';

/**
 * Split an article into paragraphs.
 *
 * News text arrives in two shapes: blank-line separated paragraphs, and one paragraph per line with
 * no blank lines (some datasets even merge several web paragraphs into one line). So every line is
 * a paragraph, except that a hard-wrapped line is joined to the next one: a line that does not end a
 * sentence, followed by a line that starts in lower case, is the same paragraph.
 */
export function splitParagraphs(text: string): Span[] {
  const lines = splitLines(text);
  const out: Span[] = [];
  let current: Span | null = null;
  for (const line of lines) {
    if (line.start === line.end) {
      if (current) out.push(current);
      current = null;
      continue;
    }
    if (current && isSoftWrap(text, current, line)) {
      current = { start: current.start, end: line.end };
    } else {
      if (current) out.push(current);
      current = line;
    }
  }
  if (current) out.push(current);
  return out;
}

/** Non-blank content of each line, trimmed of surrounding white space (blank lines are empty spans). */
function splitLines(text: string): Span[] {
  const lines: Span[] = [];
  let start = 0;
  for (let at = nextLineBreak(text, 0); at >= 0; at = nextLineBreak(text, start)) {
    lines.push(trimLine(text, start, at));
    start = afterLineBreak(text, at);
  }
  lines.push(trimLine(text, start, text.length));
  return lines;
}

function trimLine(text: string, start: number, end: number): Span {
  while (start < end && isBlank(text.charCodeAt(start))) start++;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  return start === end ? { start, end: start } : { start, end };
}

function isBlank(c: number): boolean {
  // space, tab, vertical tab, form feed, no-break space, zero-width and BOM characters, other Unicode spaces
  return c === 32 || c === 9 || c === 11 || c === 12 || c === 0xa0 || c === 0x200b || c === 0xfeff ||
    (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;
}

const SENTENCE_END = /[.!?:;…"”’')\]]$/;

function isSoftWrap(text: string, prev: Span, next: Span): boolean {
  const last = text.slice(Math.max(prev.start, prev.end - 1), prev.end);
  if (SENTENCE_END.test(last)) return false;
  const first = text.charAt(next.start);
  return first !== first.toUpperCase() && first === first.toLowerCase() && /\p{Ll}/u.test(first);
}
