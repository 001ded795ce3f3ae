/**
 * Characters that JSON and YAML both allow raw inside a string, and that both data formats here
 * escape anyway: DEL and the C1 controls (U+0080 to U+009F, which include terminal escape
 * introducers), the line and paragraph separators (which some JavaScript and YAML 1.1 readers take
 * for line breaks), a BOM and the noncharacters U+FFFE/U+FFFF. The output parses the same; only
 * the escape differs by format (json.ts: `\uXXXX`; yaml-writer.ts: `\xXX` below U+0100).
 *
 * The body of a character class, for building each format's expressions.
 */
export const ESCAPED_ANYWAY = '\\u007f-\\u009f\\u2028\\u2029\\ufeff\\ufffe\\uffff';
