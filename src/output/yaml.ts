/**
 * YAML output (the default).
 *
 * Layout: ONE document, `articles:` followed by one list item per input, in input order — the
 * same shape as the JSON output, so `.articles[0].quotes` means the same in both, and the
 * everyday readers (`YAML.parse`, PyYAML's `safe_load`, `yq`) take it as it comes. A stream of
 * `---`-separated documents would read as well in a terminal, but `YAML.parse` and `safe_load`
 * reject a stream with more than one document, so every program would need the "all documents"
 * call, and an empty run would be an empty stream rather than an empty list. Nothing is lost by
 * the single document: it is still written one article at a time (so `| head` works and output
 * appears as it is made), and the pieces join into what stringifying `{articles}` at once gives.
 *
 * Strings that any reader could misread are quoted (`compat: 'yaml-1.1'` also quotes `yes`,
 * `on`, `012` … for YAML 1.1 readers such as PyYAML). Lines are never folded, so each quotation
 * is one greppable line. Characters YAML does not allow raw, or that a terminal or a YAML 1.1
 * reader would act on (C0/C1 controls, DEL, U+2028/2029, U+FEFF, U+FFFE/FFFF, lone surrogates),
 * are written as escapes inside double quotes, so the text round-trips exactly.
 *
 * Most articles are written by yaml-writer.ts, which makes the `yaml` package's bytes thirty times
 * faster for the common case; the package is loaded only for an article the writer leaves to it.
 */
import { createRequire } from 'node:module';
import type { ArticleResult } from '../model/result.js';
import { ESCAPED_ANYWAY } from './escaped-anyway.js';
import type { Formatter } from './formatter.js';
import type { MakePiece } from './pieces.js';
import { escapeLeftRaw, writeYaml } from './yaml-writer.js';

/** Characters a string must not carry raw into the output. */
const UNSAFE = new RegExp(`[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f${ESCAPED_ANYWAY}\\ud800-\\udfff]`);

const HEAD = 'articles:\n';

type Yaml = typeof import('yaml');
/** The yaml package, loaded when the writer first declines an article: most runs never load it. */
let yamlPackage: Yaml | undefined;
const OPTIONS = { aliasDuplicateObjects: false, compat: 'yaml-1.1' } as const;

/** The package's YAML, for what the writer leaves to it (exported for the writer's tests, which hold the two equal). */
export function viaPackage(result: ArticleResult): string {
  // Loaded synchronously (the package is CommonJS under Node) so that a piece is made in one call.
  const YAML = (yamlPackage ??= createRequire(import.meta.url)('yaml') as Yaml);
  // The article is stringified as the only item of the list, so the text is this item's.
  const doc = new YAML.Document({ articles: [result] }, OPTIONS);
  YAML.visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && UNSAFE.test(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  // Every unsafe character is now inside a double-quoted scalar, where an escape means the same.
  // (The package escapes C0 controls and lone surrogates itself.)
  const text = escapeLeftRaw(doc.toString({ lineWidth: 0, minContentWidth: 0 }));
  if (!text.startsWith(HEAD)) throw new Error(`yaml output: unexpected document start ${JSON.stringify(text.slice(0, 20))}`);
  return text.slice(HEAD.length);
}

/** An article's piece: its item of the `articles:` list, as YAML text. */
export const yamlPiece: MakePiece = (result) => writeYaml(result) ?? viaPackage(result);

export function createYamlFormatter() {
  let count = 0;
  const joint = (): string => (count++ === 0 ? HEAD : '');
  return {
    needsText: false,
    pieces: { format: 'yaml', joint },
    // The piece first: an article that cannot be written (see formatter.ts) must not use up the joint.
    article: (result) => {
      const piece = yamlPiece(result);
      return joint() + piece;
    },
    end: () => (count === 0 ? 'articles: []\n' : ''),
  } satisfies Formatter;
}

/** The whole YAML document for these articles. */
export function formatYaml(results: readonly ArticleResult[]): string {
  const formatter = createYamlFormatter();
  return results.map((r) => formatter.article(r)).join('') + formatter.end();
}
