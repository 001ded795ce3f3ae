import type { Rule } from '../finding.js';

/** The extractor's own diagnostics about quote marks: one opened and never closed, or closed and never opened. */
const QUOTE_MARK_CODES = new Set(['unclosed-quote', 'unmatched-quote']);

export const unbalancedQuote: Rule = {
  id: 'unbalanced-quote',
  defaultLevel: 'error',
  description: 'a quote mark that is opened and never closed, or closed and never opened',
  check: ({ result }) =>
    result.diagnostics.filter((d) => QUOTE_MARK_CODES.has(d.code)).map((d) => ({ start: d.start, end: d.end, message: d.message })),
};
