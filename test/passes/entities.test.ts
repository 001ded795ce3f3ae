/**
 * Pass 07, entities (src/passes/07-entities.ts): canonical speakers. A person is known by the fullest
 * name the article gives; a bare surname or honorific form resolves to the person with that surname,
 * preferring the nearest one introduced before it; `Sue Harlow` and `Susan Harlow` are one person; names
 * inside quotations count too; the first role and gender stated win.
 *
 * Each row gives the entities (only the fields it is about) and, for every name mention in order, the
 * name of the entity it resolves to.
 */
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/model/document.js';
import { runUntil } from './run-until.js';

type Want = Partial<Pick<Entity, 'name' | 'kind' | 'role' | 'gender'>>;

interface Expected {
  entities: Want[];
  /** `mention text → entity name`, for each name mention in text order; omitted: not checked. */
  links?: string[];
}

function entities(text: string) {
  const doc = runUntil(text, 'entities');
  const links: string[] = [];
  doc.mentions.forEach((m, i) => {
    if (m.kind !== 'name') return;
    const e = doc.mentionEntity[i];
    links.push(`${text.slice(m.start, m.end)} → ${e === null || e === undefined ? 'null' : doc.entities[e]!.name}`);
  });
  return { entities: doc.entities, links };
}

const check = (input: string, expected: Expected) => {
  const got = entities(input);
  expect(got.entities).toHaveLength(expected.entities.length);
  expect(got.entities).toMatchObject(expected.entities);
  if (expected.links) expect(got.links).toEqual(expected.links);
  expect(got.links.every((l) => !l.endsWith('→ null'))).toBe(true);
};

describe('entities', () => {
  it.each<[string, string, Expected]>([
    ['an acronym in brackets names the same body, wherever it is used later', 'The Harrow Vale Trust (HVT) met. The HVT said no. HVT staff left.', {
      entities: [{ name: 'Harrow Vale Trust', kind: 'organisation' }],
      links: ['Harrow Vale Trust → Harrow Vale Trust', 'HVT → Harrow Vale Trust', 'HVT → Harrow Vale Trust', 'HVT → Harrow Vale Trust'],
    }],
    ['an acronym may skip small words, and opens a sentence as a name', 'The Society for Marsh Birds (SMB) met. SMB said no.', {
      entities: [{ name: 'Society for Marsh Birds' }],
      links: ['Society for Marsh Birds → Society for Marsh Birds', 'SMB → Society for Marsh Birds', 'SMB → Society for Marsh Birds'],
    }],
    ['capitals in brackets that do not spell the name are a body of their own', 'The Harrow Vale Trust (NHS) met.', {
      entities: [{ name: 'Harrow Vale Trust' }, { name: 'NHS' }],
    }],
    ['full name, then Mr and a bare surname', 'Robbie Ashworth spoke. Mr Ashworth left. Ashworth said no.', {
      entities: [{ name: 'Robbie Ashworth', kind: 'person' }],
      links: ['Robbie Ashworth → Robbie Ashworth', 'Mr Ashworth → Robbie Ashworth', 'Ashworth → Robbie Ashworth'],
    }],
    ['a short form before the full name still takes the full name', 'Mr Ashworth spoke. Robbie Ashworth left.', {
      entities: [{ name: 'Robbie Ashworth', kind: 'person', gender: 'male' }],
      links: ['Mr Ashworth → Robbie Ashworth', 'Robbie Ashworth → Robbie Ashworth'],
    }],
    ['a bare surname before the full name', 'Lee spoke first. Tom Lee left.', {
      entities: [{ name: 'Tom Lee', kind: 'person' }],
      links: ['Lee → Tom Lee', 'Tom Lee → Tom Lee'],
    }],
    ['a given name on its own', 'Robbie Ashworth spoke. Robbie said no.', {
      entities: [{ name: 'Robbie Ashworth' }],
      links: ['Robbie Ashworth → Robbie Ashworth', 'Robbie → Robbie Ashworth'],
    }],
    ['one given name a prefix of the other: one person', 'Rob Ashworth spoke. Robbie Ashworth left.', {
      entities: [{ kind: 'person' }],
      links: ['Rob Ashworth → Rob Ashworth', 'Robbie Ashworth → Rob Ashworth'],
    }],
    ['same surname, different given names: two people', 'Tom Lee spoke. Mary Lee left.', {
      entities: [{ name: 'Tom Lee', gender: 'male' }, { name: 'Mary Lee', gender: 'female' }],
      links: ['Tom Lee → Tom Lee', 'Mary Lee → Mary Lee'],
    }],
    ['a bare surname goes to the nearest one introduced before it', 'Tom Lee spoke. Mary Lee left. Lee said no.', {
      entities: [{ name: 'Tom Lee' }, { name: 'Mary Lee' }],
      links: ['Tom Lee → Tom Lee', 'Mary Lee → Mary Lee', 'Lee → Mary Lee'],
    }],
    ['role kept from the first mention that states one', 'Robbie Ashworth spoke. Eastfield MP Robbie Ashworth left. Robbie Ashworth, the local MP, said no.', {
      entities: [{ name: 'Robbie Ashworth', role: 'Eastfield MP' }],
      links: ['Robbie Ashworth → Robbie Ashworth', 'Robbie Ashworth → Robbie Ashworth', 'Robbie Ashworth → Robbie Ashworth'],
    }],
    ['the first of two appositions is the role', 'Jane Roe, the chief executive, spoke. Jane Roe, the chair, left.', {
      entities: [{ name: 'Jane Roe', role: 'the chief executive' }],
      links: ['Jane Roe → Jane Roe', 'Jane Roe → Jane Roe'],
    }],
    ['no role stated', 'Jane Roe spoke. Ms Roe left.', {
      entities: [{ name: 'Jane Roe', role: null, gender: 'female' }],
      links: ['Jane Roe → Jane Roe', 'Ms Roe → Jane Roe'],
    }],
    ['an honorific gives the gender', 'Sam Bloggs spoke. Mr Bloggs left.', {
      entities: [{ name: 'Sam Bloggs', gender: 'male' }],
      links: ['Sam Bloggs → Sam Bloggs', 'Mr Bloggs → Sam Bloggs'],
    }],
    ['an organisation named twice', 'Chester Council met. Chester Council said no.', {
      entities: [{ name: 'Chester Council', kind: 'organisation' }],
      links: ['Chester Council → Chester Council', 'Chester Council → Chester Council'],
    }],
    ['a place is not the organisation that starts with it', 'Chester Council met. Chester said no.', {
      entities: [{ name: 'Chester Council', kind: 'organisation' }, { name: 'Chester' }],
      links: ['Chester Council → Chester Council', 'Chester → Chester'],
    }],
    ['a name inside a quotation introduces the person', '“We asked Robbie Ashworth,” she said. Ashworth said no.', {
      entities: [{ name: 'Robbie Ashworth', kind: 'person' }],
      links: ['Robbie Ashworth → Robbie Ashworth', 'Ashworth → Robbie Ashworth'],
    }],
  ])('%s', (_description, input, expected) => check(input, expected));

  it.each<[string, string, Expected]>([
    // A short given name (src/lexicon/given-names.ts) is the same person as the full one.
    ['Sue Smith and Susan Smith are one person', 'Sue Smith spoke. Susan Smith left.', {
      entities: [{ kind: 'person' }],
    }],
    ['Susan Smith and Sue Smith are one person', 'Susan Smith spoke. Sue Smith left.', {
      entities: [{ name: 'Susan Smith', kind: 'person' }],
    }],
    // `Chester` is a male given name in the lexicon; an organisation still has no gender.
    ['an organisation has no gender', 'Chester Council met.', {
      entities: [{ name: 'Chester Council', kind: 'organisation', gender: null }],
      links: ['Chester Council → Chester Council'],
    }],
    ['a doubtful sentence-opening word with no such person named is dropped', 'Inspectors said no.', {
      entities: [],
      links: [],
    }],
    ['a doubtful sentence-opening word is kept when it is a named person', 'Ann Baker spoke. Baker said no.', {
      entities: [{ name: 'Ann Baker', kind: 'person' }],
      links: ['Ann Baker → Ann Baker', 'Baker → Ann Baker'],
    }],
  ])('%s', (_description, input, expected) => check(input, expected));
});
