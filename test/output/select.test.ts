import { describe, expect, it } from 'vitest';
import type { ArticleResult, Claim, Quote, SpeakerRef } from '../../src/index.js';
import { selectItems, type Selection } from '../../src/output/select.js';

const ref = (name: string): SpeakerRef => ({ name, kind: 'person', mention: { text: name, start: 0, end: 0 } });
const quote = (id: string, type: Quote['type'], speaker: string | null): Quote => ({
  id, type, text: id, start: 0, end: 0, speaker: speaker ? ref(speaker) : null, cue: null, rule: 'r', reason: 'why', confidence: 0.9,
});
const claim = (id: string, speaker: string): Claim => ({
  id, type: 'indirect', text: id, start: 0, end: 0, speaker: ref(speaker), cue: { text: 'said', start: 0, end: 0 }, rule: 'r', reason: 'why', confidence: 0.7,
});

const ARTICLE: ArticleResult = {
  file: 'a.txt',
  quotes: [quote('q1', 'direct', 'Siân O’Dell'), quote('q2', 'mixed', 'Piet Brandt'), quote('q3', 'scare', null), quote('q4', 'direct', 'Siân O’Dell')],
  claims: [claim('c1', 'Piet Brandt')],
  speakers: [
    { name: 'Siân O’Dell', kind: 'person', quotes: 2, claims: 0 },
    { name: 'Piet Brandt', kind: 'person', quotes: 1, claims: 1 },
  ],
  diagnostics: [],
};

const ALL: Selection = { types: null, speakers: [], fields: null };
const ids = (r: ArticleResult): string[] => [...r.quotes, ...r.claims].map((i) => i.id);

describe('selectItems', () => {
  it('with no filter, returns the article untouched', () => {
    expect(selectItems(ARTICLE, ALL)).toBe(ARTICLE);
  });

  it.each([
    [['direct'], ['q1', 'q4']],
    [['mixed', 'scare'], ['q2', 'q3']],
    [['indirect'], ['c1']],
    [['direct', 'indirect'], ['q1', 'q4', 'c1']],
  ] as const)('--types %j keeps %j', (types, expected) => {
    expect(ids(selectItems(ARTICLE, { ...ALL, types }))).toEqual(expected);
  });

  it.each([
    [['brandt'], ['q2', 'c1']],
    [['PIET BRANDT'], ['q2', 'c1']],
    [['sian'], ['q1', 'q4']], // diacritics and case do not matter
    [['o dell'], ['q1', 'q4']], // nor punctuation inside the name
    [['Piet Dell'], []], // every word must belong to the same name
    [['Brandt', 'Dell'], ['q1', 'q2', 'q4', 'c1']], // repeated: any of them
  ])('--speaker %j keeps %j; unattributed items never match', (speakers, expected) => {
    expect(ids(selectItems(ARTICLE, { ...ALL, speakers }))).toEqual(expected);
  });

  it('recounts the speakers over the items kept, keeping the article order', () => {
    expect(selectItems(ARTICLE, { ...ALL, types: ['direct', 'indirect'] }).speakers).toEqual([
      { name: 'Siân O’Dell', kind: 'person', quotes: 2, claims: 0 },
      { name: 'Piet Brandt', kind: 'person', quotes: 0, claims: 1 },
    ]);
    expect(selectItems(ARTICLE, { ...ALL, speakers: ['brandt'] }).speakers.map((s) => s.name)).toEqual(['Piet Brandt']);
  });

  it('--fields keeps only those fields of each item, in the order asked', () => {
    const r = selectItems(ARTICLE, { ...ALL, types: ['mixed', 'indirect'], fields: ['text', 'id', 'continues'] });
    expect([...r.quotes, ...r.claims]).toEqual([{ text: 'q2', id: 'q2' }, { text: 'c1', id: 'c1' }]);
    expect(Object.keys(r.quotes[0]!)).toEqual(['text', 'id']);
    expect(r.file).toBe('a.txt');
  });
});
