/**
 * Text from an article or a file name, made safe to print on a terminal. Control characters (C0
 * but tab and newline, DEL, C1), which start escape sequences, and the bidirectional overrides and
 * isolates, which can make a line read differently from what it holds (CVE-2021-42574), are shown
 * as visible escapes (`\x1b`, `\u202e`) and never reach the terminal raw.
 */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** The same, with tab and newline escaped too: for text that must stay on one line. */
const UNSAFE_ONE_LINE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

function visible(c: string): string {
  const code = c.charCodeAt(0);
  if (c === '\n') return '\\n';
  if (c === '\t') return '\\t';
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Escape what a terminal would act on; tabs and line breaks are kept. */
export function escapeForTerminal(text: string): string {
  return text.replace(UNSAFE, visible);
}

/** Escape what a terminal would act on, and line breaks and tabs too, for a one-line message. */
export function escapeOneLine(text: string): string {
  return text.replace(UNSAFE_ONE_LINE, visible);
}
