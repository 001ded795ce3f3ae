/**
 * Canonical speakers for the article. A person is known by the fullest name the article gives
 * (`Jane Smith` for `Smith`, `Ms Smith`, `Jane Smith MP`); a later bare surname or honorific form
 * resolves to the person with that surname (preferring the nearest one introduced before it). Names
 * inside quotations count too: a speaker may be introduced by someone else's words. An acronym given
 * in brackets after a name (`Harrow Vale Trust (HVT)`) names the same speaker wherever it is used.
 */
import type { Entity, Mention } from '../model/document.js';
import { sameGivenName } from '../nlp/names.js';
import type { Pass } from './pass.js';

interface Draft {
  name: string;
  kind: Entity['kind'];
  kindKnown: boolean;
  role: string | null;
  gender: Entity['gender'];
  words: string[];
  firstAt: number;
}

function draft(m: Mention, words: string[]): Draft {
  const known = m.speakerKind === 'person' || m.speakerKind === 'organisation';
  return { name: m.name, kind: m.speakerKind === 'person' ? 'person' : 'organisation', kindKnown: known, role: null, gender: null, words, firstAt: m.start };
}

const wordsOf = (name: string) => name.toLowerCase().split(/\s+/).filter(Boolean);

export function buildEntities(all: readonly Mention[], text: string): { mentions: Mention[]; entities: Entity[]; mentionEntity: (number | null)[] } {
  // Each mention's words are asked for up to four times below: split once.
  const split = new Map<Mention, string[]>();
  const nameWords = (m: Mention): string[] => {
    let w = split.get(m);
    if (w === undefined) split.set(m, (w = wordsOf(m.name)));
    return w;
  };
  // A doubtful mention (`Baker` opening a sentence) stays only if it is the surname or given name of a person named in full.
  const people = new Set(all.filter((m) => m.kind === 'name' && !m.doubtful && m.speakerKind === 'person').flatMap((m) => {
    const w = nameWords(m);
    return w.length >= 2 ? [w[0]!, w.at(-1)!] : [];
  }));
  const mentions = all.filter((m) => !m.doubtful || people.has(nameWords(m)[0]!));
  const drafts: Draft[] = [];
  const mentionEntity: (number | null)[] = mentions.map(() => null);
  const byFullName = new Map<string, number>();
  // Multi-word names by their last and first word, for resolving short forms without scanning them all.
  const bySurname = new Map<string, number[]>();
  const byGivenName = new Map<string, number[]>();
  const index = (map: Map<string, number[]>, key: string, e: number) => {
    const list = map.get(key);
    if (list) list.push(e);
    else map.set(key, [e]);
  };

  // Full names first (two words or more), so short forms can find them wherever they come.
  mentions.forEach((m, i) => {
    const words = nameWords(m);
    if (m.kind !== 'name' || words.length < 2) return;
    const key = words.join(' ');
    let e = byFullName.get(key);
    if (e === undefined && m.speakerKind === 'person') e = findVariant(drafts, bySurname.get(words.at(-1)!) ?? [], words);
    if (e === undefined) {
      e = drafts.push(draft(m, words)) - 1;
      index(bySurname, words.at(-1)!, e);
      index(byGivenName, words[0]!, e);
    }
    byFullName.set(key, e);
    mentionEntity[i] = e;
  });

  // `Full Name (ACR)`: the acronym is the full name's.
  mentions.forEach((m, i) => {
    const full = i > 0 ? mentionEntity[i - 1] : null;
    if (m.kind !== 'name' || mentionEntity[i] !== null || full === null || full === undefined || !isAcronymOf(m.name, drafts[full]!.words)) return;
    if (!/^\s*\($/.test(text.slice(mentions[i - 1]!.end, m.start)) || text.charAt(m.end) !== ')') return;
    byFullName.set(nameWords(m)[0]!, full);
    mentionEntity[i] = full;
  });

  mentions.forEach((m, i) => {
    if (m.kind !== 'name' || mentionEntity[i] !== null) return;
    const word = nameWords(m)[0]!;
    // Only people are named by their last word: `Wales` is not `Friends of Wales`.
    let e = nearest(drafts, (bySurname.get(word) ?? []).filter((d) => drafts[d]!.kind === 'person'), m.start, m.speakerKind) ??
      nearest(drafts, (byGivenName.get(word) ?? []).filter((d) => drafts[d]!.kind === 'person'), m.start, m.speakerKind);
    if (e === undefined) {
      e = byFullName.get(word) ?? drafts.push(draft(m, [word])) - 1;
      byFullName.set(word, e);
    }
    mentionEntity[i] = e;
  });

  // Roles and genders: the first one stated wins; a titled or gendered mention decides the kind.
  mentions.forEach((m, i) => {
    const e = mentionEntity[i];
    if (e === null || e === undefined) return;
    const d = drafts[e]!;
    if (m.role && !d.role) d.role = m.role;
    if (m.gender && !d.gender) d.gender = m.gender;
    if (m.speakerKind && m.speakerKind !== 'group' && !d.kindKnown) {
      d.kind = m.speakerKind;
      d.kindKnown = true;
    }
  });

  return {
    entities: drafts.map((d, index) => ({ index, name: d.name, kind: d.kind, kindKnown: d.kindKnown, role: d.role, gender: d.gender, words: d.words })),
    mentions,
    mentionEntity,
  };
}

/**
 * `HVT` for `Harrow Vale Trust`, `EA` for `Electronic Arts`: capitals whose letters begin words of
 * the name in order (small words such as `of` may be skipped or used).
 */
function isAcronymOf(acronym: string, words: readonly string[]): boolean {
  if (!/^\p{Lu}{2,}s?$/u.test(acronym)) return false;
  const letters = acronym.replace(/s$/, '').toLowerCase();
  let k = 0;
  for (const w of words) {
    if (k < letters.length && w.startsWith(letters[k]!)) k++;
    else if (!/^(of|the|and|for|&)$/.test(w)) return false;
  }
  return k === letters.length;
}

/** `Sue Smith` and `Susan Smith`, `Rob` and `Robert`: same surname, one given name a short form of the other. */
function findVariant(drafts: readonly Draft[], sameSurname: readonly number[], words: readonly string[]): number | undefined {
  return sameSurname.find((i) => {
    const d = drafts[i]!;
    return d.kind === 'person' && sameGivenName(d.words[0]!, words[0]!);
  });
}


/**
 * A bare `Smith` or `Ms Smith`: of the people with that surname (or, failing that, given name), the
 * one introduced nearest before the mention, else the nearest after it.
 */
function nearest(drafts: readonly Draft[], ids: readonly number[], at: number, kind: Mention['speakerKind']): number | undefined {
  let before: number | undefined;
  let after: number | undefined;
  for (const i of ids) {
    const d = drafts[i]!;
    if (kind === 'organisation' && d.kind === 'person') continue;
    if (d.firstAt <= at) { if (before === undefined || d.firstAt > drafts[before]!.firstAt) before = i; }
    else if (after === undefined || d.firstAt < drafts[after]!.firstAt) after = i;
  }
  return before ?? after;
}

export const entitiesPass: Pass = {
  name: 'entities',
  run: (doc) => buildEntities(doc.mentions, doc.source.text),
};
