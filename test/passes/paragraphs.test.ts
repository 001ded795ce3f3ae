/**
 * Pass 01, `splitParagraphs` (src/segment/paragraphs.ts). The spec, from its doc comment: every line is
 * a paragraph, except that a hard-wrapped line is joined to the next one (a line that does not end a
 * sentence, followed by a line that starts in lower case). Blank lines separate paragraphs; each span
 * is trimmed of surrounding white space.
 */
import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../src/segment/paragraphs.js';

const paragraphs = (text: string): string[] => splitParagraphs(text).map((s) => text.slice(s.start, s.end));

describe('splitParagraphs', () => {
  it.each<[string, string, string[]]>([
    ['empty text', '', []],
    ['one line', 'The hall opened.', ['The hall opened.']],
    ['blank-line separated', 'The hall opened.\n\nThe crowd left.', ['The hall opened.', 'The crowd left.']],
    ['several blank lines between', 'The hall opened.\n\n\n\nThe crowd left.', ['The hall opened.', 'The crowd left.']],
    ['one paragraph per line', 'The hall opened.\nThe crowd left.\nIt rained.', ['The hall opened.', 'The crowd left.', 'It rained.']],
    ['CRLF line ends', 'The hall opened.\r\nThe crowd left.', ['The hall opened.', 'The crowd left.']],
    ['CRLF blank line', 'The hall opened.\r\n\r\nThe crowd left.\r\n', ['The hall opened.', 'The crowd left.']],
    ['lone CR line ends', 'The hall opened.\rThe crowd left.', ['The hall opened.', 'The crowd left.']],
    ['lone CR blank line', 'The hall opened.\r\rThe crowd left.', ['The hall opened.', 'The crowd left.']],
    ['soft-wrapped line joined, the span covers both lines', 'The council met on a\nwet day.', ['The council met on a\nwet day.']],
    ['soft wrap: no sentence end, next starts lower case', 'The council met\nyesterday to vote.', ['The council met\nyesterday to vote.']],
    ['soft wrap after a comma', 'The council, which met,\nvoted to close it.', ['The council, which met,\nvoted to close it.']],
    ['soft wrap over three lines', 'The council met\nyesterday and\nvoted to close it.', ['The council met\nyesterday and\nvoted to close it.']],
    ['soft wrap with CRLF', 'The council met\r\nyesterday to vote.', ['The council met\r\nyesterday to vote.']],
    ['soft wrap into a non-ASCII lower-case word', 'The band played\nüber loud.', ['The band played\nüber loud.']],
    ['a sentence end stops the join', 'The council met.\nthen it voted.', ['The council met.', 'then it voted.']],
    ['a question mark stops the join', 'Who voted?\nnobody knew.', ['Who voted?', 'nobody knew.']],
    ['a closing quote stops the join', 'She said “we won.”\nthen she left.', ['She said “we won.”', 'then she left.']],
    ['next line in upper case is a new paragraph', 'The council met\nYesterday it voted.', ['The council met', 'Yesterday it voted.']],
    ['next line starting with a digit is a new paragraph', 'The council met\n2020 was worse.', ['The council met', '2020 was worse.']],
    ['a blank line is never soft-wrapped over', 'The council met\n\nyesterday to vote.', ['The council met', 'yesterday to vote.']],
    ['whitespace-only line separates', 'The hall opened.\n \t \nThe crowd left.', ['The hall opened.', 'The crowd left.']],
    ['no-break space only line separates', 'The hall opened.\n\u00a0\nThe crowd left.', ['The hall opened.', 'The crowd left.']],
    ['a whitespace-only line stops a soft wrap', 'The council met\n   \nyesterday to vote.', ['The council met', 'yesterday to vote.']],
    ['leading blank lines', '\n\n\nThe hall opened.', ['The hall opened.']],
    ['trailing blank lines', 'The hall opened.\n\n\n', ['The hall opened.']],
    ['leading and trailing whitespace-only lines', ' \n\t\nThe hall opened.\n \n', ['The hall opened.']],
    ['spans trimmed of spaces and tabs', '   The hall opened.  \n\t The crowd left.\t', ['The hall opened.', 'The crowd left.']],
    ['spans trimmed of a byte-order mark and no-break spaces', '\ufeffThe hall opened.\u00a0', ['The hall opened.']],
    ['whitespace-only text', ' \n\t\r\n \u00a0 ', []],
  ])('%s', (_description, input, expected) => {
    expect(paragraphs(input)).toEqual(expected);
  });

  it.each<[string, string]>([
    ['mixed line ends', 'One.\r\nTwo\nthree.\rFour.\n\n  Five  \r\n'],
    ['blank soup', '\n \r\n\t\r \u00a0\n'],
    ['astral characters', '😀 One.\n😀 two\nthree 😀.'],
  ])('spans are ordered, disjoint, trimmed and never empty: %s', (_description, text) => {
    let previousEnd = 0;
    for (const s of splitParagraphs(text)) {
      expect(s.start).toBeGreaterThanOrEqual(previousEnd);
      expect(s.end).toBeGreaterThan(s.start);
      expect(s.end).toBeLessThanOrEqual(text.length);
      const p = text.slice(s.start, s.end);
      expect(p).toBe(p.replace(/^[\s\ufeff]+|[\s\ufeff]+$/gu, ''));
      previousEnd = s.end;
    }
  });
});
