/**
 * A direct writer of the block YAML that the yaml package writes for an article (yaml.ts), for the
 * common case: strings of printable characters and line breaks. The package builds a node tree and tries every
 * scalar against every style, which costs sixty times JSON.stringify; this writer makes the same
 * bytes in one walk, and returns null for anything outside that case, which then goes to the
 * package. test/output/yaml-writer.test.ts holds it to the package on generated values.
 *
 * What it must match, from the package's stringifyString (yaml 2.x, lineWidth 0, compat yaml-1.1):
 * a string is written plain unless it starts with an indicator, holds ': ' or ' #', ends in a space
 * or a colon, or would read back as another type (a number, a boolean, null, a date… under the
 * YAML 1.2 core schema or YAML 1.1); then it is single-quoted if it holds a " and no ', else
 * double-quoted as JSON. A string with line breaks is a literal block (`|-`), its lines indented
 * under its key. A string with a control character (a carriage return of a CRLF file among them),
 * a character beyond the BMP, or another that yaml.ts escapes is double-quoted, with YAML's escapes
 * and each line break written out as a folded line when the string is long (doubleQuoted).
 */
import type { ArticleResult } from '../model/result.js';
import { ESCAPED_ANYWAY } from './escaped-anyway.js';

/**
 * Plain scalars that a reader takes for something other than a string (null, a boolean, a number,
 * a date, a merge key): the tests of the yaml package's default tags under YAML 1.2's core schema
 * and then YAML 1.1's, as the package (pinned) has them. They are copied so that writing YAML does
 * not load the package; test/output/yaml-writer.test.ts checks the copy against the package.
 */
export const OTHER_TYPE_TESTS: readonly RegExp[] = [
  /^(?:~|[Nn]ull|NULL)?$/,
  /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
  /^0o[0-7]+$/,
  /^[-+]?[0-9]+$/,
  /^0x[0-9a-fA-F]+$/,
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
  /^(?:~|[Nn]ull|NULL)?$/,
  /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
  /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
  /^[-+]?0b[0-1_]+$/,
  /^[-+]?0[0-7_]+$/,
  /^[-+]?[0-9][0-9_]*$/,
  /^[-+]?0x[0-9a-fA-F_]+$/,
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
  /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
  /^<<$/,
  /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
  /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
  /^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\.[0-9]+)?)(?:[ \t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$/,
];

/** The tests, each anchored at both ends and without flags, as one expression: the same answer for a twentieth of the time. */
const OTHER_TYPE = new RegExp(OTHER_TYPE_TESTS.map((test) => `(?:${test.source})`).join('|'));

/**
 * Strings that are double-quoted whatever else they hold: the package does it for control
 * characters but tab and line feed (a CRLF file's \r among them) and lone surrogates, and yaml.ts
 * has it do it for the characters it escapes and for surrogate pairs (emoji).
 */
const DOUBLE_QUOTED = new RegExp(`[\\u0000-\\u0008\\u000b-\\u001f${ESCAPED_ANYWAY}\\ud800-\\udfff]`);
/** A lone half of a surrogate pair (the `u` flag matches only lone halves): left to the package. */
const LONE_SURROGATE = /\p{Cs}/u;
/** Characters the package leaves raw in a double-quoted string, and yaml.ts escapes (see escapeLeftRaw). */
const LEFT_RAW = new RegExp(`[${ESCAPED_ANYWAY}]`, 'g');
/** Below that, the package keeps a double-quoted string's line breaks as `\n` escapes (its doubleQuotedMinMultiLineLength). */
const MIN_MULTI_LINE_LENGTH = 40;
/** A line-broken string that starts or ends with a space or a break: the package's block header then varies. */
const EDGE_WHITE_SPACE = /^[\n ]|[\n ]$/;
/** The package's rule for strings that cannot be plain scalars, as it stands there. */
const NOT_PLAIN = /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/;
const KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Not the writer's case: the caller falls back to the package. */
class Unwritable extends Error {}

/** The text so far: appending to one string is cheaper here than joining an array of parts. */
interface Out {
  text: string;
}

/** Keys already found plain (a result has a few dozen). */
const plainKeys = new Set<string>();

/** The article's item of the `articles:` list, as the yaml package writes it; null to leave it to the package. */
export function writeYaml(result: ArticleResult): string | null {
  const out: Out = { text: '' };
  try {
    items([result], '  ', out);
  } catch (error) {
    if (error instanceof Unwritable) return null;
    throw error;
  }
  return out.text;
}

/** `s` as a scalar whose block content, if it is a block, is indented by `indent`. */
function string(s: string, indent: string): string {
  if (DOUBLE_QUOTED.test(s)) {
    if (LONE_SURROGATE.test(s)) throw new Unwritable();
    return doubleQuoted(s, indent);
  }
  // A tab: the package's choice between plain, quoted and block is not copied here.
  if (s.includes('\t')) throw new Unwritable();
  if (s.includes('\n')) {
    // The package writes every line-broken string as a literal block. Without white space at
    // either end, its header is always `|-` (strip the last break, no indentation indicator).
    if (EDGE_WHITE_SPACE.test(s)) throw new Unwritable();
    return `|-\n${indent}${s.replace(/\n+/g, `$&${indent}`)}`;
  }
  if (!NOT_PLAIN.test(s) && !OTHER_TYPE.test(s)) return s;
  return s.includes('"') && !s.includes("'") ? `'${s}'` : JSON.stringify(s);
}

/** YAML's short escapes for the JSON escapes `\u00XX` that have one; the others become `\xXX`. */
const SHORT_ESCAPES: Readonly<Record<string, string>> = { '0000': '\\0', '0007': '\\a', '000b': '\\v', '001b': '\\e' };

/**
 * `s` double-quoted as the package writes it (doubleQuotedString, with lines never folded for
 * width), then with yaml.ts's escapes. It starts from the JSON string and rewrites its escapes: a
 * `\u00XX` as `\xXX` or a short escape; and in a string of 40 characters or more, each run of
 * `\n` escapes (but one that ends the string) as real line breaks, one more than the run (a folded
 * line break reads as a space), and the next line indented by `indent`. A space before such a
 * break, or at the start of the next line, is escaped, as folding would eat it.
 */
function doubleQuoted(s: string, indent: string): string {
  const json = JSON.stringify(s);
  let out = '';
  let from = 0;
  for (let i = 0; i < json.length; i++) {
    if (json[i] === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
      out += `${json.slice(from, i)}\\ `;
      from = ++i;
    }
    if (json[i] !== '\\') continue;
    const next = json[i + 1];
    if (next === 'u') {
      const code = json.slice(i + 2, i + 6);
      out += json.slice(from, i) + (SHORT_ESCAPES[code] ?? (code.startsWith('00') ? `\\x${code.slice(2)}` : json.slice(i, i + 6)));
      i += 5;
      from = i + 1;
    } else if (next === 'n' && json[i + 2] !== '"' && json.length >= MIN_MULTI_LINE_LENGTH) {
      out += `${json.slice(from, i)}\n\n`;
      while (json[i + 2] === '\\' && json[i + 3] === 'n' && json[i + 4] !== '"') {
        out += '\n';
        i += 2;
      }
      out += indent;
      if (json[i + 2] === ' ') out += '\\';
      i += 1;
      from = i + 1;
    } else i += 1;
  }
  return escapeLeftRaw(from > 0 ? out + json.slice(from) : json);
}

/**
 * The package's YAML with the characters it leaves raw in double quotes (DEL, C1 controls, U+2028,
 * U+2029, U+FEFF, U+FFFE, U+FFFF) escaped, as `\xXX` below U+0100, else `\uXXXX`: a terminal or
 * a YAML 1.1 reader would act on them raw. Only double-quoted strings can hold them.
 */
export function escapeLeftRaw(yaml: string): string {
  return yaml.replace(LEFT_RAW, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

function scalar(value: unknown, indent: string): string {
  switch (typeof value) {
    case 'string':
      return string(value, indent);
    case 'number':
      if (!Number.isFinite(value)) throw new Unwritable();
      return Object.is(value, -0) ? '-0' : JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    default:
      if (value === null) return 'null';
      throw new Unwritable();
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

/** A non-empty map's pairs at `indent`; `first` starts the first line (`- ` for a list item). */
function entries(map: Record<string, unknown>, indent: string, first: string, out: Out): void {
  let lead = first;
  for (const key in map) {
    const value = map[key];
    if (value === undefined) continue;
    if (!plainKeys.has(key)) {
      if (!KEY.test(key) || OTHER_TYPE.test(key)) throw new Unwritable();
      plainKeys.add(key);
    }
    out.text += `${lead}${key}:`;
    lead = indent;
    nested(value, indent, out);
  }
}

/** A map's or a list's value after `key:` or `-`: on the same line if a scalar or empty, else below. */
function nested(value: unknown, indent: string, out: Out): void {
  if (Array.isArray(value)) {
    if (value.length === 0) out.text += ' []\n';
    else {
      out.text += '\n';
      items(value, `${indent}  `, out);
    }
  } else if (isPlainObject(value)) {
    if (isEmpty(value)) out.text += ' {}\n';
    else {
      out.text += '\n';
      entries(value, `${indent}  `, `${indent}  `, out);
    }
  } else out.text += ` ${scalar(value, `${indent}  `)}\n`;
}

function items(list: readonly unknown[], indent: string, out: Out): void {
  for (const item of list) {
    if (isPlainObject(item) && !isEmpty(item)) entries(item, `${indent}  `, `${indent}- `, out);
    else if (Array.isArray(item)) throw new Unwritable();
    else {
      out.text += `${indent}-`;
      nested(item, indent, out);
    }
  }
}

function isEmpty(map: Record<string, unknown>): boolean {
  for (const key in map) if (map[key] !== undefined) return false;
  return true;
}
