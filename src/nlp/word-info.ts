/**
 * What compromise's English lexicon knows about a single word: given names with their gender,
 * surnames, places, organisations and ordinary vocabulary.
 *
 * Only the lexicon is used, never `nlp()`: a full parse runs at about 0.13 MB/s, while a lookup in
 * the lexicon is a property read. compromise is loaded on the first lookup (about 0.2 s), so
 * `extract --help` never pays for it.
 */
import { createRequire } from 'node:module';

type Lexicon = Record<string, string | string[] | undefined>;
type WordSet = Record<string, unknown>;

interface Model {
  one: { lexicon: Lexicon };
  two: { orgWords: WordSet; placeWords: WordSet };
}

let model: Model | undefined;

function load(): Model {
  // The CommonJS build is one pre-bundled file: it loads about twice as fast as the ESM sources.
  model ??= (createRequire(import.meta.url)('compromise') as { model(): Model }).model();
  return model;
}

const NO_TAGS: readonly string[] = [];

/** The lexicon's tags of a word, asked of each capitalised word many times: each answer is kept. */
const tagsCache = new Map<string, readonly string[]>();

function tagsOf(word: string): readonly string[] {
  let tags = tagsCache.get(word);
  if (tags === undefined) {
    const key = word.toLowerCase();
    const lexicon = load().one.lexicon;
    const t = Object.hasOwn(lexicon, key) ? lexicon[key] : undefined;
    tags = t === undefined ? NO_TAGS : Array.isArray(t) ? t : [t];
    // Bounded, so a corpus of unusual words cannot grow it without end.
    if (tagsCache.size >= MAX_CACHED_WORDS) tagsCache.clear();
    tagsCache.set(word, tags);
  }
  return tags;
}

const MAX_CACHED_WORDS = 50_000;

const NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName', 'LastName', 'Person']);
const PROPER_TAGS = new Set([...NAME_TAGS, 'Place', 'City', 'Country', 'Region', 'Organization', 'SportsTeam', 'ProperNoun', 'Demonym']);

export function givenNameGender(word: string): 'male' | 'female' | 'unknown' | null {
  const tags = tagsOf(word);
  if (tags.includes('MaleName')) return 'male';
  if (tags.includes('FemaleName')) return 'female';
  if (tags.includes('FirstName')) return 'unknown';
  return null;
}

export function isKnownName(word: string): boolean {
  return tagsOf(word).some((t) => NAME_TAGS.has(t));
}

export function isPlaceName(word: string): boolean {
  return tagsOf(word).some((t) => t === 'Place' || t === 'City' || t === 'Country' || t === 'Region');
}

export function isOrganisationName(word: string): boolean {
  return tagsOf(word).some((t) => t === 'Organization' || t === 'SportsTeam');
}

/** True for ordinary vocabulary (`Auditors`, `Government`, `However`), false for proper nouns and unknown words. */
export function isCommonWord(word: string): boolean {
  const tags = tagsOf(word);
  return tags.length > 0 && !tags.some((t) => PROPER_TAGS.has(t));
}

const VERB_TAGS = new Set(['PastTense', 'PresentTense', 'Infinitive', 'Modal', 'Copula', 'Auxiliary', 'PhrasalVerb']);

/**
 * A word that is usually a verb (`backed`, `has`, `will`): what follows a clause's subject. The
 * lexicon lists irregular verbs; compromise infers regular ones from their ending in a full parse, so
 * a lower-case `-ed` word that the lexicon does not call a noun counts too (`accepted`, `intimated`).
 */
export function isVerbLike(word: string): boolean {
  const tags = tagsOf(word);
  if (tags.some((t) => VERB_TAGS.has(t))) return true;
  return REGULAR_PAST.test(word) && !tags.some((t) => t === 'Noun' || t === 'Singular' || t === 'Plural');
}

const REGULAR_PAST = /^[a-z]{2,}[^e]ed$|^[a-z]{2,}ied$/;

/** Words that compromise tags as a person's occupation or role (`inspector`, `spokesman`). */
export function isActorNoun(word: string): boolean {
  return tagsOf(word).includes('Actor');
}

/** Nouns that end organisation names (`council`, `department`, `services`). */
export function isOrganisationWord(word: string): boolean {
  return Object.hasOwn(load().two.orgWords, word.toLowerCase());
}

/** Nouns that end place names (`district`, `street`, `valley`). */
export function isPlaceWord(word: string): boolean {
  return Object.hasOwn(load().two.placeWords, word.toLowerCase());
}
