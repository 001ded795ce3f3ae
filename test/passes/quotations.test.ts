/**
 * Pass 02, `findQuotations` (src/passes/02-quotations.ts). The spec is the doc comment at the top of
 * that file and on `isApostrophe`: marks are paired per paragraph with a stack that carries over; a
 * quotation left open continues when the next paragraph (or, after an interjection, one of the next
 * two) opens with a mark of the same family; otherwise it is bounded by its paragraph and a diagnostic
 * says so. Merged paragraphs (`… club. "No …`) end the open quotation and start its continuation.
 * Apostrophes never open or close. Content spans exclude the marks.
 */
import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../src/model/document.js';
import { findQuotations } from '../../src/passes/02-quotations.js';
import { splitParagraphs } from '../../src/segment/paragraphs.js';

interface Want {
  text: string;
  depth?: number;
  closed?: boolean;
  /** Index (in text order) of the part this one continues. */
  continues?: number | null;
  afterInterjection?: boolean;
  paragraph?: number;
}

interface Expected {
  quotes: Want[];
  /** `code@` and the first characters at the diagnostic's start; omitted: not checked. */
  diagnostics?: string[];
}

function paragraphsOf(text: string): Paragraph[] {
  return splitParagraphs(text).map((s, index) => ({ ...s, index }));
}

function run(text: string) {
  const { quotations, diagnostics } = findQuotations(text, paragraphsOf(text));
  return {
    quotations,
    quotes: quotations.map((q) => ({
      text: text.slice(q.start, q.end), depth: q.depth, closed: q.closed, continues: q.continues,
      afterInterjection: q.afterInterjection, paragraph: q.paragraph,
    })),
    diagnostics: diagnostics.map((d) => `${d.code}@${text.slice(d.start, d.start + 4)}`),
  };
}

const full = (w: Want) => ({ depth: 0, closed: true, continues: null, afterInterjection: false, paragraph: 0, ...w });
const none: Expected = { quotes: [], diagnostics: [] };

describe('findQuotations', () => {
  it.each<[string, string, Expected]>([
    // Pairs of marks.
    ['curly double pair', '“We will win,” she said.', { quotes: [{ text: 'We will win,' }], diagnostics: [] }],
    ['straight double pair', '"We will win," she said.', { quotes: [{ text: 'We will win,' }], diagnostics: [] }],
    ['curly single pair', '‘We will win,’ she said.', { quotes: [{ text: 'We will win,' }], diagnostics: [] }],
    ['straight single pair', "'We will win,' she said.", { quotes: [{ text: 'We will win,' }], diagnostics: [] }],
    ['a one-word quote mid-sentence', 'Then “we” won.', { quotes: [{ text: 'we' }], diagnostics: [] }],
    ['two quotations in one paragraph', '“Yes,” she said. “No.”', { quotes: [{ text: 'Yes,' }, { text: 'No.' }], diagnostics: [] }],
    ['astral characters inside', '“Hello 😀,” she said.', { quotes: [{ text: 'Hello 😀,' }], diagnostics: [] }],
    ['no marks at all', 'The hall opened.', none],
    ['empty text', '', none],

    // Apostrophes never open or close.
    ['curly apostrophe inside a word', 'The children’s centre closed.', none],
    ['straight apostrophe inside a word', "The children's centre closed.", none],
    ['decade', 'It was the ’90s.', none],
    ['decade with a straight mark', "It was the '90s.", none],
    ['rock ’n’ roll', 'They played rock ’n’ roll.', none],
    ["rock 'n' roll", "They played rock 'n' roll.", none],
    ['o’clock', 'It was six o’clock.', none],
    ['plural possessive', 'The parents’ views matter.', none],
    ['dropped g', "They were goin' home.", none],
    ['elided start of a word', 'Tell ’em now.', none],
    ['apostrophes inside a double quote', '“The children’s parents’ views count,” she said.', { quotes: [{ text: 'The children’s parents’ views count,' }], diagnostics: [] }],
    ['apostrophe inside a single quote', '‘It’s over,’ she said.', { quotes: [{ text: 'It’s over,' }], diagnostics: [] }],
    ['a straight single mark never closed is an apostrophe', "He said 'we will win and left.", none],

    // Nesting.
    ['‘Brexit’ inside a quote', '“We voted against ‘Brexit’ twice,” he said.', {
      quotes: [{ text: 'We voted against ‘Brexit’ twice,' }, { text: 'Brexit', depth: 1 }], diagnostics: [],
    }],
    ['straight double inside straight double', '"One, "two" three," he said.', {
      quotes: [{ text: 'One, "two" three,' }, { text: 'two', depth: 1 }], diagnostics: [],
    }],
    ['three levels', '“A ‘B “C” D’ E,” he said.', {
      quotes: [{ text: 'A ‘B “C” D’ E,' }, { text: 'B “C” D', depth: 1 }, { text: 'C', depth: 2 }], diagnostics: [],
    }],
    ['an inner quote left open ends with the outer one', '“A ‘B C,” he said.', {
      quotes: [{ text: 'A ‘B C,' }, { text: 'B C,', depth: 1, closed: false }], diagnostics: ['unclosed-quote@‘B C'],
    }],

    // Quotations over several paragraphs.
    ['two paragraphs, only the last closes', '“We will win the vote.\n\n“Then we build homes,” she said.', {
      quotes: [
        { text: 'We will win the vote.', closed: false },
        { text: 'Then we build homes,', continues: 0, paragraph: 1 },
      ],
      diagnostics: [],
    }],
    ['three paragraphs chain', '“One.\n\n“Two.\n\n“Three,” she said.', {
      quotes: [
        { text: 'One.', closed: false },
        { text: 'Two.', closed: false, continues: 0, paragraph: 1 },
        { text: 'Three,', continues: 1, paragraph: 2 },
      ],
      diagnostics: [],
    }],
    ['straight marks over paragraphs', '"One.\n\n"Two," he said.', {
      quotes: [{ text: 'One.', closed: false }, { text: 'Two,', continues: 0, paragraph: 1 }], diagnostics: [],
    }],
    ['single marks over paragraphs', '‘We will win the vote.\n\n‘Then homes,’ she said.', {
      quotes: [{ text: 'We will win the vote.', closed: false }, { text: 'Then homes,', continues: 0, paragraph: 1 }], diagnostics: [],
    }],
    ['one-per-line paragraphs', '“We will win the vote.\n“Then homes,” she said.', {
      quotes: [{ text: 'We will win the vote.', closed: false }, { text: 'Then homes,', continues: 0, paragraph: 1 }], diagnostics: [],
    }],
    ['an interjection paragraph between the parts', '“We will win the vote.\n\nShe paused at the lectern.\n\n“Then we build homes.”', {
      quotes: [
        { text: 'We will win the vote.', closed: false },
        { text: 'Then we build homes.', continues: 0, afterInterjection: true, paragraph: 2 },
      ],
    }],
    ['too many paragraphs between: not a continuation', '“We will win.\n\nThe mayor left.\n\nShe said it was late.\n\nHe said it was early.\n\n“Then homes.”', {
      quotes: [{ text: 'We will win.', closed: false }, { text: 'Then homes.', paragraph: 4 }],
      diagnostics: ['unclosed-quote@“We '],
    }],
    ['a mark of the other family does not continue', '“One.\n\n‘Two.’', {
      quotes: [{ text: 'One.', closed: false }, { text: 'Two.', paragraph: 1 }], diagnostics: ['unclosed-quote@“One'],
    }],
    ['closed quotations in consecutive paragraphs are separate', '“One,” she said.\n\n“Two,” she said.', {
      quotes: [{ text: 'One,' }, { text: 'Two,', paragraph: 1 }], diagnostics: [],
    }],
    ['merged paragraphs on one line, straight marks', 'He joined the team. "Nobody here is bigger than the team. "We all know that," he said.', {
      quotes: [{ text: 'Nobody here is bigger than the team.', closed: false }, { text: 'We all know that,', continues: 0 }],
    }],
    ['merged paragraphs on one line, curly marks', 'He joined the team. “Nobody here is bigger than the team. “We all know that,” he said.', {
      quotes: [{ text: 'Nobody here is bigger than the team.', closed: false }, { text: 'We all know that,', continues: 0 }],
    }],

    // Unbalanced marks.
    ['an unclosed mark is bounded by its paragraph', '“We will win the vote, she said.\n\nThe mayor left.', {
      quotes: [{ text: 'We will win the vote, she said.', closed: false }], diagnostics: ['unclosed-quote@“We '],
    }],
    ['an unclosed mark in the last paragraph', 'The mayor left.\n\nShe said “we will win', {
      quotes: [{ text: 'we will win', closed: false, paragraph: 1 }], diagnostics: ['unclosed-quote@“we '],
    }],
    ['a stray curly closing mark', 'He said it” and left.', { quotes: [], diagnostics: ['unmatched-quote@” an'] }],
    ['a stray straight closing mark', 'It ended" there.', { quotes: [], diagnostics: ['unmatched-quote@" th'] }],

    // Other conventions.
    ['guillemets', '«Nous gagnerons», a-t-il dit.', { quotes: [{ text: 'Nous gagnerons' }], diagnostics: [] }],
    ['single guillemets inside double', '«Il a dit ‹non› hier», dit-elle.', {
      quotes: [{ text: 'Il a dit ‹non› hier' }, { text: 'non', depth: 1 }], diagnostics: [],
    }],
    ['German low-high marks', '„Wir schaffen das“, sagte sie.', { quotes: [{ text: 'Wir schaffen das' }], diagnostics: [] }],
    ['a straight single mark left open at a paragraph end is an apostrophe', "'One.\n\n'Two,' she said.", {
      quotes: [{ text: 'Two,', paragraph: 1 }], diagnostics: [],
    }],
  ])('%s', (_description, input, expected) => {
    const got = run(input);
    expect(got.quotes).toEqual(expected.quotes.map(full));
    if (expected.diagnostics) expect(got.diagnostics).toEqual(expected.diagnostics);
  });

  // The header: a quotation continues when the next paragraph, or (after an interjection) one of the
  // next two paragraphs, opens with a mark. MAX_INTERJECTION's own comment allows two paragraphs between.
  // MAX_INTERJECTION: one or two paragraphs of someone else may sit between the parts; three may not.
  it.each<[string, string, Expected]>([
    ['two paragraphs in between: the next opening paragraph continues it', '“We will win.\n\nShe paused.\n\nHe coughed.\n\n“Then homes.”', {
      quotes: [{ text: 'We will win.', closed: false }, { text: 'Then homes.', paragraph: 3, continues: 0, afterInterjection: true }],
    }],
    ['three paragraphs in between: a new quotation', '“We will win.\n\nShe paused.\n\nHe coughed.\n\nThey left.\n\n“Then homes.”', {
      quotes: [{ text: 'We will win.', closed: false }, { text: 'Then homes.', paragraph: 4 }],
    }],
  ])('%s', (_description, input, expected) => {
    const got = run(input);
    expect(got.quotes).toEqual(expected.quotes.map(full));
  });

  it.each<[string, string, string[]]>([
    ['closed: from mark to mark', '“We will win,” she said.', ['“We will win,”']],
    ['unclosed: from the mark to the end of the content', '“We will win the vote.\n\n“Then homes,” she said.', ['“We will win the vote.', '“Then homes,”']],
    ['merged: the first part ends before the next mark', 'He joined. “No one is bigger. “We know,” he said.', ['“No one is bigger.', '“We know,”']],
  ])('outer spans: %s', (_description, input, expected) => {
    const { quotations } = run(input);
    expect(quotations.map((q) => input.slice(q.outer.start, q.outer.end))).toEqual(expected);
  });

  it('indexes follow text order and content lies inside outer', () => {
    const text = '“A ‘B “C” D’ E,” he said. “F.\n\nShe paused.\n\n“G,” she said. ‘H’';
    const { quotations } = run(text);
    quotations.forEach((q, i) => {
      expect(q.index).toBe(i);
      expect(q.outer.start <= q.start && q.end <= q.outer.end).toBe(true);
      if (i > 0) expect(q.outer.start).toBeGreaterThanOrEqual(quotations[i - 1]!.outer.start);
      if (q.continues !== null) expect(q.continues).toBeLessThan(i);
    });
  });
});
