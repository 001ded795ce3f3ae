/**
 * Pass 06, mentions (src/passes/06-mentions.ts), and the name reader behind it, `readNameRun`
 * (src/nlp/names.ts): where a person's name is in a run of capitalised words, which words are titles
 * or a role, and whether the run names a person or an organisation. Rows run the passes up to
 * `mentions` on a short sentence and list the name mentions found; each expectation states only the
 * fields it is about (`toMatchObject`), but the number of mentions must match exactly.
 */
import { describe, expect, it } from 'vitest';
import type { Mention } from '../../src/model/document.js';
import { endsInPossessive, isCapitalised } from '../../src/nlp/names.js';
import { runUntil } from './run-until.js';

type Want = Partial<Pick<Mention, 'name' | 'speakerKind' | 'gender' | 'role' | 'insideQuote' | 'doubtful'>> & { text?: string };

function mentions(text: string, kind: Mention['kind']) {
  return runUntil(text, 'mentions').mentions
    .filter((m) => m.kind === kind)
    .map((m) => ({ ...m, text: text.slice(m.start, m.end) }));
}

describe('name mentions', () => {
  it.each<[string, string, Want[]]>([
    ['place and office before the name', 'Eastfield MP Robbie Ashworth said it was late.', [
      { text: 'Robbie Ashworth', name: 'Robbie Ashworth', speakerKind: 'person', gender: 'male', role: 'Eastfield MP' },
    ]],
    ['abbreviated title', 'Cllr Sue Smith said it was late.', [{ text: 'Cllr Sue Smith', name: 'Sue Smith', speakerKind: 'person', role: 'Cllr' }]],
    ['Mr: a man', 'Mr Smith said it was late.', [{ text: 'Mr Smith', name: 'Smith', speakerKind: 'person', gender: 'male' }]],
    ['an honorific is not a role', 'Mr Smith said it was late.', [{ name: 'Smith', role: null }]],
    ['Ms: a woman', 'Ms Jones said it was late.', [{ text: 'Ms Jones', name: 'Jones', speakerKind: 'person', gender: 'female' }]],
    ['Mrs: a woman', 'Mrs Roe said it was late.', [{ name: 'Roe', speakerKind: 'person', gender: 'female' }]],
    ['Mr. with a period', 'Mr. Smith said it was late.', [{ name: 'Smith', speakerKind: 'person', gender: 'male' }]],
    ['office after the name', 'Jo Bloggs MP said it was late.', [{ text: 'Jo Bloggs', name: 'Jo Bloggs', speakerKind: 'person', role: 'MP' }]],
    ['MP after a full name', 'Robbie Ashworth MP said it was late.', [{ name: 'Robbie Ashworth', speakerKind: 'person', role: 'MP' }]],
    ['given name decides the gender', 'Jane Roe said it was late.', [{ name: 'Jane Roe', speakerKind: 'person', gender: 'female' }]],
    ['an office is not a name', 'Director of Finance said it was late.', []],
    ['an office after the is not a name', 'The Director of Finance said it was late.', []],
    ['However at the start is not a name', 'However, the plan failed.', []],
    ['But at the start is not a name', 'But the plan failed.', []],
    ['However before a name', 'However Jane Roe said it was late.', [{ name: 'Jane Roe', speakerKind: 'person' }]],
    ['a common noun and of before a name', 'Footage of Al-Awlaki was shown.', [{ text: 'Al-Awlaki', name: 'Al-Awlaki' }]],
    ['a hyphenated name mid-sentence', 'They showed footage of Al-Awlaki.', [{ text: 'Al-Awlaki', name: 'Al-Awlaki' }]],
    ['an office with `of` before a name: the office is the role', 'Later, Secretary of State Jane Roe said it was late.', [{ text: 'Jane Roe', name: 'Jane Roe', speakerKind: 'person', role: 'Secretary of State', gender: 'female' }]],
    ['a lower-case particle inside a name', 'Bill de Blasio said it was late.', [{ text: 'Bill de Blasio', name: 'Bill de Blasio' }]],
    ['party and state are not a name', 'Sen. Jane Doe, R-Ohio, said it was late.', [{ text: 'Sen. Jane Doe', name: 'Jane Doe', speakerKind: 'person' }]],
    ['a council is an organisation', 'Chester Council said it was late.', [{ text: 'Chester Council', name: 'Chester Council', speakerKind: 'organisation' }]],
    ['apposition role', 'Jane Roe, portfolio holder for housing, said it was late.', [
      { text: 'Jane Roe', name: 'Jane Roe', speakerKind: 'person', role: 'portfolio holder for housing' },
    ]],
    ['apposition with a determiner', 'Jane Roe, the chief executive, said it was late.', [{ name: 'Jane Roe', role: 'the chief executive' }]],
    ['a relative clause is not a role', 'Jane Roe, who chairs it, said it was late.', [{ name: 'Jane Roe', role: null }]],
    ['two people joined by and', 'Jane Roe and Mary Lee said it was late.', [{ name: 'Jane Roe' }, { name: 'Mary Lee' }]],
    ['possessive dropped from the name', 'Jane Roe’s plan was late.', [{ name: 'Jane Roe' }]],
    ['a name inside a quote', '“We asked Mary Lee about it,” she said.', [{ name: 'Mary Lee', insideQuote: true }]],
  ])('%s', (_description, input, expected) => {
    const got = mentions(input, 'name');
    expect(got).toHaveLength(expected.length);
    expect(got).toMatchObject(expected);
  });

  it.each<[string, string, Want[]]>([
    ['he', 'He said no.', [{ name: 'he', speakerKind: 'person', gender: 'male' }]],
    ['she', 'Later she said no.', [{ name: 'she', speakerKind: 'person', gender: 'female' }]],
    ['it: a body', 'It said no.', [{ name: 'it', speakerKind: 'organisation', gender: null }]],
    ['they: a group', 'They said no.', [{ name: 'they', speakerKind: 'group', gender: null }]],
    ['we and I are the speaker, never a mention', 'We said I was late.', []],
    ['pronouns inside a quote are not mentions', '“He left,” said Jane Roe.', []],
  ])('pronoun mentions: %s', (_description, input, expected) => {
    const got = mentions(input, 'pronoun');
    expect(got).toHaveLength(expected.length);
    expect(got).toMatchObject(expected);
  });

  // Spec: readNameRun's comment — "The", "However", "Auditors" are capitalised only because they open the
  // sentence; a lone one is kept in doubt (it may be a surname) and the entities pass decides.
  it.each<[string, string, Want[]]>([
    ['a common plural noun opening the sentence is a doubtful name', 'Inspectors said the school was failing.', [{ name: 'Inspectors', doubtful: true }]],
    ['a common noun opening the sentence is not part of the name', 'Residents Jane Roe and Bob Lee met.', [{ name: 'Jane Roe', doubtful: false }, { name: 'Bob Lee' }]],
    ['a verb opening a quote is not part of the name', '“Ask Mary Lee about it,” she said.', [{ name: 'Mary Lee', insideQuote: true }]],
  ])('%s', (_description, input, expected) => {
    const got = mentions(input, 'name');
    expect(got).toHaveLength(expected.length);
    expect(got).toMatchObject(expected);
  });
});

describe('word checks', () => {
  it('isCapitalised: a capital, or a particle and a hyphen before one, at any length', () => {
    const yes = ['Smith', 'A', 'BBC', 'Élodie', 'al-Rashid', 'bin-Salman', 'bint-Ali', 'al-R', 'von-Trapp'];
    const no = ['a', 'al', 'al-', 'al-r', 'bin-', 'bint-', 'x-Ray', 'smith', 'élodie', '-Al', '1990s'];
    expect(yes.filter((w) => !isCapitalised(w))).toEqual([]);
    expect(no.filter((w) => isCapitalised(w))).toEqual([]);
  });

  it('endsInPossessive: a span of two or more ending in ’s or \'s, read in place', () => {
    const text = "x Acme’s Reed's s 's";
    const at = (word: string) => [text.indexOf(word), text.indexOf(word) + word.length] as const;
    expect(endsInPossessive(text, ...at('Acme’s'))).toBe(true);
    expect(endsInPossessive(text, ...at("Reed's"))).toBe(true);
    expect(endsInPossessive(text, ...at("'s"))).toBe(true);
    expect(endsInPossessive(text, ...at(' s '))).toBe(false);
    expect(endsInPossessive(text, 0, 1)).toBe(false);
    expect(endsInPossessive(text, 0, 0)).toBe(false);
    expect(endsInPossessive("'s", 1, 2)).toBe(false);
  });
});
