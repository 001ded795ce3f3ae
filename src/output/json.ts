/**
 * JSON output: one document, `{"articles": [...]}`, indented by 2 spaces and ending in a newline.
 *
 * Offsets (`start`, `end`) are UTF-16 code units into the decoded article text, end exclusive.
 *
 * The document is written one article at a time (so output starts before the last article is
 * done and `| head` stops early), and the pieces join into exactly
 * `JSON.stringify({articles}, null, 2) + "\n"`.
 */
import type { ArticleResult } from '../model/result.js';
import { ESCAPED_ANYWAY } from './escaped-anyway.js';
import type { Formatter } from './formatter.js';

/**
 * The characters escaped beyond JSON's own rules (escaped-anyway.ts). They can only occur inside
 * strings, because everything else JSON.stringify writes is ASCII.
 */
const ESCAPE_ALSO = new RegExp(`[${ESCAPED_ANYWAY}]`, 'g');

const HAS_ESCAPE_ALSO = new RegExp(`[${ESCAPED_ANYWAY}]`);

/**
 * `json` with those characters escaped. `sources`, when given, are every text the JSON's strings
 * come from: the article, its file name and its record id; the rest of a result is the extractor's
 * own wording, which has none. Testing them (the article is several times shorter than its JSON)
 * replaces a scan of the JSON.
 */
function escapeExtra(json: string, ...sources: string[]): string {
  // Almost no article has one: a test without the global flag is far cheaper than a replace.
  if (sources.length > 0 ? !sources.some((s) => HAS_ESCAPE_ALSO.test(s)) : !HAS_ESCAPE_ALSO.test(json)) return json;
  return json.replace(ESCAPE_ALSO, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * An article as compact JSON, escaped. With the article's `text` at hand, the escape check reads the
 * text, file name and record id (every source of the JSON's strings) rather than the JSON.
 */
export function compactJson(result: ArticleResult, text?: string): string {
  const json = JSON.stringify(result);
  return text === undefined ? escapeExtra(json) : escapeExtra(json, text, result.file, String(result.id ?? ''));
}

/**
 * JSON.stringify's indented output with each line after the first indented by `by` more, to sit
 * inside a document written in pieces. It never writes a raw line break inside a string, so every
 * \n is structural.
 */
export function indentFollowingLines(json: string, by: string): string {
  return json.replace(/\n/g, `\n${by}`);
}

/** An article as it stands in the document's list: indented, escaped, without the comma between articles. */
export function jsonPiece(result: ArticleResult): string {
  return `    ${indentFollowingLines(escapeExtra(JSON.stringify(result, null, 2)), '    ')}`;
}

/** Sources are not needed: JSON carries each quotation's text already. */
export function createJsonFormatter() {
  let count = 0;
  const joint = (): string => (count++ === 0 ? '{\n  "articles": [\n' : ',\n');
  return {
    needsText: false,
    pieces: { format: 'json', joint },
    // The piece first: an article that cannot be written (see formatter.ts) must not use up the joint.
    article: (result) => {
      const piece = jsonPiece(result);
      return joint() + piece;
    },
    end: () => (count === 0 ? '{\n  "articles": []\n}\n' : '\n  ]\n}\n'),
  } satisfies Formatter;
}

/** The whole JSON document for these articles. */
export function formatJson(results: readonly ArticleResult[]): string {
  const formatter = createJsonFormatter();
  return results.map((r) => formatter.article(r)).join('') + formatter.end();
}
