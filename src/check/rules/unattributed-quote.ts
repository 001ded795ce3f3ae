import type { Rule } from '../finding.js';

/** A quotation (not a scare quote) with no speaker: every quote in a published article should say who spoke. */
export const unattributedQuote: Rule = {
  id: 'unattributed-quote',
  defaultLevel: 'error',
  description: 'a direct or mixed quotation with no speaker',
  check: ({ result }) =>
    result.quotes
      .filter((q) => q.type !== 'scare' && q.speaker === null)
      .map((q) => ({ start: q.start, end: q.end, message: `quotation “${preview(q.text)}” has no speaker` })),
};

function preview(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
}
