import {
  COMPANY_ABBREVIATIONS,
  DOTTED_ABBREVIATIONS,
  MONTH_ABBREVIATIONS,
  NAME_SUFFIX_ABBREVIATIONS,
  NEVER_FINAL_ABBREVIATIONS,
  NUMBER_ABBREVIATIONS,
  PLACE_ABBREVIATIONS,
  SENTENCE_STARTERS,
  TITLE_ABBREVIATIONS,
  US_STATE_ABBREVIATIONS,
} from '../lexicon/abbreviations.js';
import { isValidSpan, type Span } from '../model/span.js';

/**
 * Split one paragraph of `text` (the span `range`) into sentences.
 *
 * Returns the sentences in order as spans into the full `text`, each trimmed of white space and never
 * empty; together they cover every non-space character of the range. No sentence ends strictly inside
 * one of `protectedSpans` (the quotations found earlier, sorted by start; parts outside the range are
 * ignored), so `"A. B," he said.` stays one sentence.
 *
 * A boundary is a run of `.` `!` `?` `…`, then any closing quote marks or brackets, then white space,
 * then a character that can start a sentence (uppercase letter, digit, opening quote mark or bracket,
 * currency sign). A lowercase letter never starts one. After a single period the word before decides:
 * - titles (`Mr.`, `Dr.`) and `e.g.`, `vs.` never end a sentence;
 * - `No.`, `Vol.`, `pp.` do not end one before a digit (`No. 10`);
 * - ambiguous abbreviations (months, `Inc.`, `Jr.`, `St.`, `Calif.`), dotted acronyms (`U.S.`, `a.m.`) and
 *   single-letter initials (`John F. Kennedy`) end one only before a common sentence starter
 *   (`...in the U.S. The next day` splits, `the U.S. Senate` does not): see `SENTENCE_STARTERS`;
 * - a single capital after a number is a unit, not an initial (`7.9 C. Rain later`).
 *
 * One left-to-right scan: linear in the length of the range, plus the number of protected spans.
 */
export function splitSentences(text: string, range: Span, protectedSpans: readonly Span[]): Span[] {
  if (!isValidSpan(range, text.length)) {
    throw new RangeError(`splitSentences: range [${range.start}, ${range.end}) is not inside a text of length ${text.length}`);
  }
  let first = range.start;
  let last = range.end;
  while (first < last && isSpace(text.charCodeAt(first))) first++;
  while (last > first && isSpace(text.charCodeAt(last - 1))) last--;
  const out: Span[] = [];
  if (first === last) return out;

  const guards = sortedByStart(protectedSpans);
  let g = 0;
  let sentenceStart = first;
  let wordStart = first;
  let prevWordLast = -1; // last character of the previous word, to tell `7.9 C.` from `W.`
  let i = first;
  while (i < last) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      prevWordLast = text.charCodeAt(i - 1);
      i++;
      while (i < last && isSpace(text.charCodeAt(i))) i++;
      wordStart = i;
      continue;
    }
    if (!isTerminator(c)) {
      i++;
      continue;
    }
    const t = i;
    let j = t + 1;
    while (j < last && isTerminator(text.charCodeAt(j))) j++;
    let k = j;
    while (k < last && isCloser(text.charCodeAt(k))) k++;
    if (k >= last || !isSpace(text.charCodeAt(k))) {
      i = k; // `3.5`, `U.S.`, `e.g.,`, or the end of the paragraph
      continue;
    }
    let m = k + 1;
    while (isSpace(text.charCodeAt(m))) m++; // stops before `last`: text[last - 1] is not a space
    if (endsSentence(text, wordStart, t, j, m, last, prevWordLast)) {
      while (g < guards.length && guards[g]!.end <= k) g++;
      const guard = guards[g];
      if (!(guard && guard.start < k)) {
        out.push({ start: sentenceStart, end: k });
        sentenceStart = m;
      }
    }
    prevWordLast = text.charCodeAt(k - 1);
    wordStart = m;
    i = m;
  }
  out.push({ start: sentenceStart, end: last });
  return out;
}

type AbbreviationKind = 'title' | 'never-final' | 'number';

/** Case-sensitive: `Ms.` is a title, `MS.` may end a sentence. */
const EXACT: ReadonlyMap<string, AbbreviationKind> = new Map<string, AbbreviationKind>([
  ...TITLE_ABBREVIATIONS.map((w) => [w, 'title'] as const),
  ...NEVER_FINAL_ABBREVIATIONS.map((w) => [w, 'never-final'] as const),
  ...NUMBER_ABBREVIATIONS.map((w) => [w, 'number'] as const),
]);

/** Lowercased; these end a sentence only before a sentence starter. */
const AMBIGUOUS: ReadonlySet<string> = new Set(
  [...MONTH_ABBREVIATIONS, ...COMPANY_ABBREVIATIONS, ...NAME_SUFFIX_ABBREVIATIONS, ...PLACE_ABBREVIATIONS,
    ...DOTTED_ABBREVIATIONS].map((w) => w.toLowerCase()),
);

/** Case-sensitive ambiguous abbreviations: `Calif.`, but `ill.` is a word. */
const AMBIGUOUS_EXACT: ReadonlySet<string> = new Set(US_STATE_ABBREVIATIONS);

const STARTERS: ReadonlySet<string> = new Set(SENTENCE_STARTERS);
const LONGEST_STARTER = Math.max(...SENTENCE_STARTERS.map((w) => w.length));

/**
 * Does the terminator run `text[t, j)`, after the word starting at `wordStart` and before the
 * sentence-start candidate at `m`, end a sentence?
 */
function endsSentence(
  text: string, wordStart: number, t: number, j: number, m: number, last: number, prevWordLast: number,
): boolean {
  if (classify(text, m) !== 'starter') return false;
  if (j - t > 1 || text.charCodeAt(t) !== 46) return true; // `!`, `?`, `…`, `...`, `?!`
  const word = coreOf(text, wordStart, t);
  if (word === '') return true;
  switch (EXACT.get(word)) {
    case 'title':
    case 'never-final':
      return false;
    case 'number':
      return !isDigit(text.charCodeAt(m));
    default:
      break;
  }
  if (AMBIGUOUS_EXACT.has(word) || AMBIGUOUS.has(word.toLowerCase()) || isDottedAcronym(word)) return startsWithStarter(text, m, last);
  if (isInitial(word) && !isDigit(prevWordLast) && prevWordLast !== 0xb0) return startsWithStarter(text, m, last);
  return true;
}

/** The word before a period, without leading opening marks or trailing closing marks: `(“Mr` → `Mr`. */
function coreOf(text: string, start: number, end: number): string {
  while (start < end && !isAlnum(text.charCodeAt(start))) start++;
  while (end > start && !isAlnum(text.charCodeAt(end - 1))) end--;
  return text.slice(start, end);
}

/** One capital letter (`F` in `John F. Kennedy`). `I` is left out: `so do I. Nobody` ends a sentence. */
function isInitial(word: string): boolean {
  if (word.length !== 1 || word === 'I') return false;
  const c = word.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c >= 128 && UPPER.test(word));
}

/** Pieces of one or two letters joined by periods: `U.S`, `a.m`, `Ph.D`, `U.S.A`. */
function isDottedAcronym(word: string): boolean {
  let piece = 0;
  let pieces = 1;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === 46) {
      if (piece === 0) return false;
      pieces++;
      piece = 0;
    } else if (isAsciiLetter(c)) {
      if (++piece > 2) return false;
    } else {
      return false;
    }
  }
  return pieces >= 2 && piece > 0;
}

/** Is the word at `m` a common sentence starter (`The`, `He`, ...) and not itself an initial (`A.`)? */
function startsWithStarter(text: string, m: number, last: number): boolean {
  let e = m;
  while (e < last && e - m <= LONGEST_STARTER && isAsciiLetter(text.charCodeAt(e))) e++;
  if (e === m || e - m > LONGEST_STARTER) return false;
  if (e < last && text.charCodeAt(e) === 46) return false;
  return STARTERS.has(text.slice(m, e));
}

function sortedByStart(spans: readonly Span[]): readonly Span[] {
  for (let i = 1; i < spans.length; i++) {
    if (spans[i]!.start < spans[i - 1]!.start) return [...spans].sort((a, b) => a.start - b.start);
  }
  return spans;
}

const UPPER = /^[\p{Lu}\p{Lt}]/u;
const LOWER = /^\p{Ll}/u;
const STARTS_SENTENCE = /^[\p{Lu}\p{Lt}\p{Lo}\p{Nd}]/u;
const ALNUM = /^[\p{L}\p{N}]/u;

/** Can the character at `m` start a sentence? */
function classify(text: string, m: number): 'starter' | 'lower' | 'other' {
  const c = text.charCodeAt(m);
  if (c >= 97 && c <= 122) return 'lower';
  if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return 'starter';
  switch (c) {
    case 34: // "
    case 39: // '
    case 40: // (
    case 91: // [
    case 0x201c: // “
    case 0x2018: // ‘
    case 0x201e: // „
    case 0x201a: // ‚
    case 0xab: // «
    case 0x2039: // ‹
    case 0xbf: // ¿
    case 0xa1: // ¡
    case 36: // $ (currency: `$5bn was spent.`)
    case 0xa3: // £
    case 0x20ac: // €
      return 'starter';
    default:
      break;
  }
  if (c < 128) return 'other';
  const ch = String.fromCodePoint(text.codePointAt(m)!);
  if (LOWER.test(ch)) return 'lower';
  return STARTS_SENTENCE.test(ch) ? 'starter' : 'other';
}

function isTerminator(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

/** Closing quote marks and brackets that belong to the sentence before them: `He said "Go." Then`. */
function isCloser(c: number): boolean {
  return c === 0x201d || c === 0x2019 || c === 34 || c === 39 || c === 41 || c === 93 || c === 0xbb || c === 0x203a;
}

/** White space, including `\r`, tabs, no-break spaces, zero-width spaces and the byte-order mark. */
function isSpace(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 0x85) return false;
  return c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 ||
    c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isAlnum(c: number): boolean {
  if (isAsciiLetter(c) || isDigit(c)) return true;
  return c >= 128 && ALNUM.test(String.fromCharCode(c));
}
