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

/**
 * What the steps below share for one article. (They are module-level functions called from plain
 * loops, not closures made per article: V8 drops a closure's optimised code at each full
 * collection once no closure of it is alive, so per-article closures were compiled again and again.)
 */
interface Registry {
  readonly drafts: Draft[];
  readonly byFullName: Map<string, number>;
  /** Multi-word names by their last and first word, for resolving short forms without scanning them all. */
  readonly bySurname: Map<string, number[]>;
  readonly byGivenName: Map<string, number[]>;
  /** Each mention's words are asked for up to four times: split once. */
  readonly split: Map<Mention, string[]>;
}

function nameWords(r: Registry, m: Mention): string[] {
  let w = r.split.get(m);
  if (w === undefined) r.split.set(m, (w = wordsOf(m.name)));
  return w;
}

function index(map: Map<string, number[]>, key: string, e: number): void {
  const list = map.get(key);
  if (list) list.push(e);
  else map.set(key, [e]);
}

export function buildEntities(all: readonly Mention[], text: string): { mentions: Mention[]; entities: Entity[]; mentionEntity: (number | null)[] } {
  const r: Registry = { drafts: [], byFullName: new Map(), bySurname: new Map(), byGivenName: new Map(), split: new Map() };
  // A doubtful mention (`Baker` opening a sentence) stays only if it is the surname or given name of a person named in full.
  const people = new Set<string>();
  for (const m of all) {
    if (m.kind !== 'name' || m.doubtful || m.speakerKind !== 'person') continue;
    const w = nameWords(r, m);
    if (w.length >= 2) people.add(w[0]!).add(w.at(-1)!);
  }
  // Lists built by push, not filter or map: see 01-paragraphs.ts.
  const mentions: Mention[] = [];
  const mentionEntity: (number | null)[] = [];
  for (const m of all) {
    if (m.doubtful && !people.has(nameWords(r, m)[0]!)) continue;
    mentions.push(m);
    mentionEntity.push(null);
  }
  // Full names first (two words or more), so short forms can find them wherever they come.
  for (let i = 0; i < mentions.length; i++) mentionEntity[i] = fullName(r, mentions[i]!);
  for (let i = 1; i < mentions.length; i++) {
    if (mentionEntity[i] === null && isAcronymAfter(r, text, mentions, mentionEntity, i)) {
      r.byFullName.set(nameWords(r, mentions[i]!)[0]!, mentionEntity[i - 1]!);
      mentionEntity[i] = mentionEntity[i - 1]!;
    }
  }
  for (let i = 0; i < mentions.length; i++) {
    if (mentions[i]!.kind === 'name' && mentionEntity[i] === null) mentionEntity[i] = shortName(r, mentions[i]!);
  }
  // Roles and genders: the first one stated wins; a titled or gendered mention decides the kind.
  for (let i = 0; i < mentions.length; i++) {
    const e = mentionEntity[i];
    if (e !== null && e !== undefined) learnFrom(r.drafts[e]!, mentions[i]!);
  }
  const entities: Entity[] = [];
  for (const d of r.drafts) entities.push({ index: entities.length, name: d.name, kind: d.kind, kindKnown: d.kindKnown, role: d.role, gender: d.gender, words: d.words });
  return { entities, mentions, mentionEntity };
}

/** The entity of a name of two words or more (a new one unless the name or a variant of it is known), else null. */
function fullName(r: Registry, m: Mention): number | null {
  const words = nameWords(r, m);
  if (m.kind !== 'name' || words.length < 2) return null;
  const key = words.join(' ');
  let e = r.byFullName.get(key);
  if (e === undefined && m.speakerKind === 'person') e = findVariant(r.drafts, r.bySurname.get(words.at(-1)!) ?? [], words);
  if (e === undefined) {
    e = r.drafts.push(draft(m, words)) - 1;
    index(r.bySurname, words.at(-1)!, e);
    index(r.byGivenName, words[0]!, e);
  }
  r.byFullName.set(key, e);
  return e;
}

/** `Full Name (ACR)`: mention `i` is an acronym in brackets right after a full name. */
function isAcronymAfter(r: Registry, text: string, mentions: readonly Mention[], mentionEntity: readonly (number | null)[], i: number): boolean {
  const m = mentions[i]!;
  const full = mentionEntity[i - 1];
  if (m.kind !== 'name' || full === null || full === undefined || !isAcronymOf(m.name, r.drafts[full]!.words)) return false;
  return /^\s*\($/.test(text.slice(mentions[i - 1]!.end, m.start)) && text.charAt(m.end) === ')';
}

/** A one-word name: the nearest person with that surname or given name, else the name as its own entity. */
function shortName(r: Registry, m: Mention): number {
  const word = nameWords(r, m)[0]!;
  const isPerson = (d: number) => r.drafts[d]!.kind === 'person';
  // Only people are named by their last word: `Wales` is not `Friends of Wales`.
  let e = nearest(r.drafts, (r.bySurname.get(word) ?? []).filter(isPerson), m.start, m.speakerKind) ??
    nearest(r.drafts, (r.byGivenName.get(word) ?? []).filter(isPerson), m.start, m.speakerKind);
  if (e === undefined) {
    e = r.byFullName.get(word) ?? r.drafts.push(draft(m, [word])) - 1;
    r.byFullName.set(word, e);
  }
  return e;
}

function learnFrom(d: Draft, m: Mention): void {
  if (m.role && !d.role) d.role = m.role;
  if (m.gender && !d.gender) d.gender = m.gender;
  if (m.speakerKind && m.speakerKind !== 'group' && !d.kindKnown) {
    d.kind = m.speakerKind;
    d.kindKnown = true;
  }
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
