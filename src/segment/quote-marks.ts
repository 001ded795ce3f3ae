/**
 * Quote-mark characters and how their surroundings decide their role.
 *
 * Two families: double (“ ” " ＂ „ « ») and single (‘ ’ ' ‚ ‹ ›). A mark opens, closes, or is an
 * apostrophe; straight marks and ’ are decided by the characters on either side.
 */
import { isWhiteSpace } from './white-space.js';

export type Family = 'double' | 'single';

export type MarkShape =
  | 'open' // can only open: “ ‘ „ ‚ « ‹
  | 'close' // can only close (or, for ’, be an apostrophe): ” » ›
  | 'right-single' // ’: a closing single mark or an apostrophe
  | 'straight'; // " ' ＂: either way

export interface MarkChar {
  readonly family: Family;
  readonly shape: MarkShape;
}

export const QUOTE_CHARS: ReadonlyMap<string, MarkChar> = new Map([
  ['\u201c', { family: 'double', shape: 'open' }], // “
  ['\u201e', { family: 'double', shape: 'open' }], // „
  ['\u00ab', { family: 'double', shape: 'open' }], // «
  ['\u201d', { family: 'double', shape: 'close' }], // ”
  ['\u00bb', { family: 'double', shape: 'close' }], // »
  ['"', { family: 'double', shape: 'straight' }],
  ['\uff02', { family: 'double', shape: 'straight' }], // ＂
  ['\u2018', { family: 'single', shape: 'open' }], // ‘
  ['\u201a', { family: 'single', shape: 'open' }], // ‚
  ['\u2039', { family: 'single', shape: 'open' }], // ‹
  ['\u203a', { family: 'single', shape: 'close' }], // ›
  ['\u2019', { family: 'single', shape: 'right-single' }], // ’
  ["'", { family: 'single', shape: 'straight' }],
]);

export function isQuoteChar(c: string | undefined): boolean {
  return c !== undefined && QUOTE_CHARS.has(c);
}

/** 1 at the code unit of each mark of QUOTE_CHARS: the marks are found from character codes. */
const IS_QUOTE_CODE = new Uint8Array(0x10000);
for (const c of QUOTE_CHARS.keys()) IS_QUOTE_CODE[c.charCodeAt(0)] = 1;

/**
 * Where the first quote mark of `text[from, end)` is, or -1. It reads nothing past `end`: a scan
 * for the next mark anywhere in the text, stopped only once past the paragraph, read every
 * paragraph without a mark again for each paragraph before it, and an article of many such
 * paragraphs took time quadratic in its length.
 */
export function nextQuoteMark(text: string, from: number, end: number): number {
  for (let i = from; i < end; i++) if (IS_QUOTE_CODE[text.charCodeAt(i)] === 1) return i;
  return -1;
}

const WORD = /[\p{L}\p{N}]/u;
const OPENING_PUNCT = /[([{\u2014\u2013\-/]/u;
const CLOSING_PUNCT = /[.,;:!?)\]}\u2026\u2014\u2013\-/]/u;

export function isWordChar(c: string | undefined): boolean {
  return c !== undefined && WORD.test(c);
}

/** `c` is one UTF-16 code unit (or '' past the text's end, which is no space). */
export function isSpace(c: string | undefined): boolean {
  return c !== undefined && isWhiteSpace(c.charCodeAt(0));
}

/** Could open a quote: something follows, and it comes after a space, a start, an opening bracket or dash. */
export function leftFlanking(prev: string | undefined, next: string | undefined): boolean {
  if (next === undefined || isSpace(next)) return false;
  return prev === undefined || isSpace(prev) || OPENING_PUNCT.test(prev) || isQuoteChar(prev);
}

/** Could close a quote: it follows something, and a space, an end, punctuation or another mark comes next. */
export function rightFlanking(prev: string | undefined, next: string | undefined): boolean {
  if (prev === undefined || isSpace(prev)) return false;
  return next === undefined || isSpace(next) || CLOSING_PUNCT.test(next) || isQuoteChar(next);
}
