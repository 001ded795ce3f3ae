/**
 * Reading a run of capitalised words: where the person's name is, which words are titles or a role,
 * and whether it names a person or an organisation.
 */
import { SHORT_GIVEN_NAMES } from '../lexicon/given-names.js';
import { HONORIFICS, NAME_CONNECTORS, NOT_NAMES, NOT_ROLE_OPENERS, ORGANISATION_WORDS, SPEAKER_NOUNS, TITLES } from '../lexicon/people.js';
import { CANADIAN_PROVINCE_ABBREVIATIONS, DOTTED_REGION_ABBREVIATIONS, US_STATE_ABBREVIATIONS } from '../lexicon/abbreviations.js';
import {
  givenNameGender, isCommonWord, isKnownName, isOrganisationName, isOrganisationWord, isPlaceName, isPlaceWord,
} from './word-info.js';

export interface NameWord {
  readonly text: string;
  /** Index of the word's token in the document. */
  readonly token: number;
  /** Lower case, without a possessive or a final period: the key every word list is asked with. */
  readonly key: string;
}

/** `lower` is `text` in lower case, as its token has it already (toLowerCase is slow on most words). */
export function nameWord(text: string, lower: string, token: number): NameWord {
  const stripped = stripPossessive(text);
  let key = stripped === text ? lower : stripped.toLowerCase();
  if (key.endsWith('.')) key = key.slice(0, -1);
  return { text, token, key };
}

export interface NameReading {
  /** The words that make the name itself, without honorifics and titles. */
  readonly name: readonly NameWord[];
  readonly kind: 'person' | 'organisation' | null;
  readonly gender: 'male' | 'female' | null;
  /** Titles inside the run (`Thornby MP`, `Cllr`), as written. */
  readonly titles: string | null;
  /** The first word of the words that name the person: the name with an honorific or short title before it (`Mr Smith`, `Cllr Sue Smith`). */
  readonly namedFrom: NameWord;
  /** A common word that opens the sentence (`Inspectors`, `Baker`): a name only if the article names such a person. */
  readonly doubtful: boolean;
}

const CAPITALISED = /^\p{Lu}/u;
const ALL_CAPS = /^\p{Lu}[\p{Lu}&.]+$/u;

/** `Smith`, `BBC`, and particle names such as `al-Awlaki` or `bin-Salman`. */
export function isCapitalised(word: string): boolean {
  // Asked of every word of every article: ASCII is answered without a regular expression.
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  // A particle's hyphen is its third, fourth or fifth character (`al-`, `bin-`, `bint-`), with a
  // capital after it. (Reads stay inside the word: one past its end deoptimises this code.)
  const n = word.length;
  if (c < 128) {
    return c >= 97 && c <= 122 && ((n > 3 && word.charCodeAt(2) === 45) || (n > 4 && word.charCodeAt(3) === 45) || (n > 5 && word.charCodeAt(4) === 45)) &&
      PARTICLE_NAME.test(word);
  }
  return CAPITALISED.test(word) || PARTICLE_NAME.test(word);
}

const PARTICLE_NAME = /^(?:al|el|ul|bin|ibn|abu|bint|de|da|di|du|le|la|van|von)-\p{Lu}/u;

/** US party and state after a name (`R-Ohio`, `D-Vt.`): a role, never a name. */
export const PARTY_STATE = /^[RDI]-\p{Lu}/u;

/** `text[start, end)` ends in `’s` or `'s` (read in place: no string is made). */
export function endsInPossessive(text: string, start: number, end: number): boolean {
  if (end - start < 2) return false;
  const apostrophe = text.charCodeAt(end - 2);
  return text.charCodeAt(end - 1) === 115 && (apostrophe === 39 || apostrophe === 0x2019);
}

/** `Acme’s` → `Acme`. */
export function stripPossessive(word: string): string {
  if (endsInPossessive(word, 0, word.length)) return word.slice(0, -2);
  const last = word.charAt(word.length - 1);
  if ((last === "'" || last === '’') && word.charAt(word.length - 2) === 's') return word.slice(0, -1);
  return word;
}

const lower = (w: NameWord): string => w.key;

const isHonorific = (w: NameWord) => HONORIFICS.has(lower(w));
const isTitle = (w: NameWord) => TITLES.has(lower(w)) || isHonorific(w);
const isOrgWord = (w: NameWord) => ORGANISATION_WORDS.has(lower(w)) || isOrganisationWord(lower(w));

/**
 * Read a run of capitalised words (connectors such as `of` may sit inside it).
 * `atSentenceStart`: the run's first word is capitalised only because it starts the sentence.
 */
export function readNameRun(words: readonly NameWord[], atSentenceStart: boolean): NameReading | null {
  let ws = [...words];
  // "The", "However", "Auditors": capitalised only because they open the sentence (only the sentence's
  // first word can be such a word; after it, capitals mean a name).
  let first = atSentenceStart;
  let doubtful = false;
  while (ws.length > 0 && ((NOT_NAMES.has(lower(ws[0]!)) && !isHonorific(ws[0]!)) || (first && isSentenceInitialCommon(ws[0]!, ws[1])))) {
    // A lone common word opening a sentence may still be a surname (`Baker said`): keep it, in doubt.
    if (ws.length === 1 && !NOT_NAMES.has(lower(ws[0]!))) { doubtful = true; break; }
    ws = ws.slice(1);
    first = false;
  }
  // `Footage of al-Rashid`, `Supporters of Reed` opening a sentence: a common noun, then the name.
  if (atSentenceStart && ws.length > 2 && (lower(ws[1]!) === 'of' || lower(ws[1]!) === 'for') && !isOrgWord(ws[0]!) && !isTitle(ws[0]!) &&
    !isKnownName(lower(ws[0]!)) && !ALL_CAPS.test(ws[0]!.text)) ws = ws.slice(2);
  while (ws.length > 0 && NAME_CONNECTORS.has(lower(ws.at(-1)!))) ws = ws.slice(0, -1);
  // `Footage of al-Rashid` → `al-Rashid`; but a capitalised particle starts a name (`De Souza`).
  while (ws.length > 1 && NAME_CONNECTORS.has(lower(ws[0]!)) && !isCapitalised(ws[0]!.text)) ws = ws.slice(1);
  while (ws.length > 1 && (lower(ws[0]!) === 'of' || lower(ws[0]!) === 'for' || lower(ws[0]!) === 'and' || lower(ws[0]!) === 'the')) ws = ws.slice(1);
  if (ws.length === 0) return null;

  // `Director of Housing` is a role; `Secretary of State Jane Roe` is a role and then a name.
  if (ws.length > 1 && isTitle(ws[0]!) && !isHonorific(ws[0]!) && NAME_CONNECTORS.has(lower(ws[1]!))) {
    const given = ws.findIndex((w, j) => j >= 2 && j < ws.length - 1 && givenNameGender(lower(w)) !== null);
    if (given < 0) return null;
    const name = ws.slice(given);
    const kind = kindOf(name, true);
    return { name, kind, gender: kind === 'person' ? genderOfGivenName(name) : null, titles: ws.slice(0, given).map((w) => w.text).join(' '), namedFrom: name[0]!, doubtful: false };
  }
  // A role noun opening a longer run is a title (`Prosecutor Imogen Tull`, `Coach Ann Lee`).
  let roleWord: NameWord | null = null;
  if (ws.length >= 3 && !isTitle(ws[0]!) && SPEAKER_NOUNS.get(lower(ws[0]!)) === 'person' && !isKnownName(lower(ws[0]!))) {
    roleWord = ws[0]!;
    ws = ws.slice(1);
  }
  const honorific = ws.findIndex(isHonorific);
  let name: NameWord[];
  let titleWords: NameWord[] = [];
  if (honorific >= 0) {
    name = takeName(ws.slice(honorific + 1));
    titleWords = ws.slice(0, honorific + 1);
  } else {
    const lastTitle = findLastIndex(ws, (w, i) => isTitle(w) && i < ws.length - 1 && !isTitle(ws[i + 1]!));
    if (lastTitle >= 0 && isCapitalised(ws[lastTitle + 1]!.text) && !NAME_CONNECTORS.has(lower(ws[lastTitle + 1]!))) {
      name = takeName(ws.slice(lastTitle + 1));
      titleWords = ws.slice(0, lastTitle + 1);
    } else {
      let end = ws.length;
      while (end > 1 && isTitle(ws[end - 1]!) && ALL_CAPS.test(ws[end - 1]!.text)) end--; // Jane Smith MP
      name = ws.slice(0, end);
      titleWords = ws.slice(end);
    }
  }
  if (name.length === 0 || !isCapitalised(name[0]!.text) || (NAME_CONNECTORS.has(lower(name[0]!)) && name.length === 1)) return null;
  if (name.every((w) => isTitle(w)) || (name.length === 1 && PARTY_STATE.test(name[0]!.text))) return null;
  // A lone `Council` or `Government` (`Council leader Jane Roe`) is generic, not the name of a body.
  if (name.length === 1 && ORGANISATION_WORDS.has(lower(name[0]!))) return null;

  const kind = kindOf(name, honorific >= 0 || titleWords.length > 0);
  const gender = honorific >= 0 ? HONORIFICS.get(lower(ws[honorific]!)) ?? null : kind === 'person' ? genderOfGivenName(name) : null;
  // Honorifics (`Mr`, `Ms`) say nothing about the role; titles (`Cllr`, `Thornby MP`) do.
  const roleWords = [...(roleWord ? [roleWord] : []), ...titleWords.filter((w) => !isHonorific(w))];
  const titles = roleWords.length > 0 ? roleWords.map((w) => w.text).join(' ') : null;
  return { name, kind, gender, titles, namedFrom: namedFrom(ws, name), doubtful };
}

/** Honorifics and short titles written right before a name are part of how it is named. */
const NAMING_TITLES = new Set(['cllr', 'councillor', 'sen', 'senator', 'rep', 'gov', 'governor', 'president', 'mayor', 'judge', 'gen',
  'general', 'col', 'capt', 'lt', 'sgt', 'det', 'supt', 'insp', 'prof', 'professor']);

function namedFrom(ws: readonly NameWord[], name: readonly NameWord[]): NameWord {
  let k = ws.indexOf(name[0]!);
  while (k > 0 && (isHonorific(ws[k - 1]!) || NAMING_TITLES.has(lower(ws[k - 1]!)))) k--;
  return ws[Math.max(k, 0)]!;
}

function isSentenceInitialCommon(w: NameWord, next: NameWord | undefined): boolean {
  const l = lower(w);
  // `EA said`: an acronym is a name even where a common word is spelt the same.
  if (ALL_CAPS.test(w.text)) return false;
  // `Bill de Blasio`: a lower-case particle after it means a name goes on.
  if (next && !isCapitalised(next.text) && NAME_CONNECTORS.has(lower(next))) return false;
  return isCommonWord(l) && !isKnownName(l) && !SHORT_GIVEN_NAMES.has(l) && !isTitle(w) && !ORGANISATION_WORDS.has(l);
}

/** The name words after an honorific or title: capitalised words, connectors inside. */
function takeName(ws: NameWord[]): NameWord[] {
  let end = 0;
  while (end < ws.length && (isCapitalised(ws[end]!.text) || (NAME_CONNECTORS.has(lower(ws[end]!)) && end + 1 < ws.length))) end++;
  while (end > 0 && (NAME_CONNECTORS.has(lower(ws[end - 1]!)) || (end > 1 && isTitle(ws[end - 1]!)))) end--;
  return ws.slice(0, end);
}

function genderOfGivenName(name: readonly NameWord[]): 'male' | 'female' | null {
  if (name.length < 2) return null;
  const g = givenNameGender(lower(name[0]!));
  return g === 'male' || g === 'female' ? g : null;
}

function kindOf(name: readonly NameWord[], titled: boolean): 'person' | 'organisation' | null {
  const ls: string[] = []; // by push, not map: see passes/01-paragraphs.ts
  for (const w of name) ls.push(lower(w));
  const first = name[0]!;
  const last = name.at(-1)!;
  if (name.length === 1) {
    if (titled) return 'person';
    if (isOrganisationName(ls[0]!) || isPlaceName(ls[0]!) || ALL_CAPS.test(first.text) && first.text.length > 1) return 'organisation';
    return null; // a bare surname or an organisation: decided against the article's other names
  }
  const givenName = givenNameGender(ls[0]!) !== null;
  // `UK Ministry`, `ISP Netwise`: an acronym opening a name makes it a body.
  if (!titled && ALL_CAPS.test(first.text) && first.text.length > 1) return 'organisation';
  if (isOrgWord(last) || isOrgWord(first) || ls.includes('of') || ls.includes('&') || ls.includes('for')) {
    return givenName && name.length === 2 && !titled && !isOrganisationWord(ls[1]!) ? 'person' : 'organisation';
  }
  if (titled) return 'person';
  if (name.length > 4) return null;
  if (givenName) return ls.slice(1).some((l) => isPlaceWord(l)) ? null : 'person';
  if (isPlaceName(ls[0]!) || ls.some((l, i) => i > 0 && (isCommonWord(l) && !isKnownName(l) || isPlaceWord(l)))) return null;
  return 'person';
}

function findLastIndex<T>(xs: readonly T[], f: (x: T, i: number) => boolean): number {
  for (let i = xs.length - 1; i >= 0; i--) if (f(xs[i]!, i)) return i;
  return -1;
}

const REGION_ABBREVIATIONS: ReadonlySet<string> = new Set([...US_STATE_ABBREVIATIONS, ...CANADIAN_PROVINCE_ABBREVIATIONS, ...DOTTED_REGION_ABBREVIATIONS]);

/** A state or province as written after a town (`Calif`, `N.C`, `Ont`), without its final period. */
export function isRegionAbbreviation(word: string): boolean {
  return REGION_ABBREVIATIONS.has(word);
}

/** A word that opens an aside that is no role (`on Monday`, `45`, `speaking at a rally`). */
export function isNotRoleOpener(word: string): boolean {
  return NOT_ROLE_OPENERS.has(word) || /^\d/.test(word) || (/ing$/.test(word) && word.length > 5);
}

/** `sue`/`susan`, `rob`/`robbie`: lower-case given names that may be one person's (a prefix, or a listed short form). */
export function sameGivenName(a: string, b: string): boolean {
  if (a.startsWith(b) || b.startsWith(a)) return true;
  return (SHORT_GIVEN_NAMES.get(a) ?? []).includes(b) || (SHORT_GIVEN_NAMES.get(b) ?? []).includes(a);
}
