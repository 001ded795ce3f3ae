/**
 * What compromise's English lexicon knows about a single word: given names with their gender,
 * surnames, places, organisations and ordinary vocabulary.
 *
 * Only the lexicon is used, never `nlp()`: a full parse runs at about 0.13 MB/s, while a lookup in
 * the lexicon is a Map read. The build compiles the lexicon's tags that matter here into a
 * table of bit masks (scripts/compile-lexicon.mjs), which loads in milliseconds, where loading
 * compromise itself takes about 120 ms and 30 MB in each worker thread. It is built on the first
 * lookup, so `extract --help` never pays for it.
 */
import { MASKS, ORGANISATION_WORDS, PLACE_WORDS, TAGS, WORDS } from '../lexicon/generated/compromise.js';

type Tag = (typeof TAGS)[number];

interface Lexicon {
  readonly words: ReadonlyMap<string, number>;
  readonly orgWords: ReadonlySet<string>;
  readonly placeWords: ReadonlySet<string>;
}

let lexicon: Lexicon | undefined;

function load(): Lexicon {
  if (!lexicon) {
    const words = new Map<string, number>();
    WORDS.split('\n').forEach((w, i) => words.set(w, MASKS[i]!));
    lexicon = { words, orgWords: new Set(ORGANISATION_WORDS), placeWords: new Set(PLACE_WORDS) };
  }
  return lexicon;
}

function mask(...tags: Tag[]): number {
  return tags.reduce((m, t) => m | (1 << TAGS.indexOf(t)), 0);
}

/**
 * The word's tag mask (0: not in the lexicon). Every function here takes the word in lower case,
 * as each caller has it already (a token's `lower`, a name word's key): lowering it again for every
 * question was a tenth of the mentions pass.
 */
function tagsOf(word: string): number {
  return load().words.get(word) ?? 0;
}

const MALE_NAME = mask('MaleName');
const FEMALE_NAME = mask('FemaleName');
const FIRST_NAME = mask('FirstName');
const NAME_TAGS = mask('MaleName', 'FemaleName', 'FirstName', 'LastName', 'Person');
const PROPER_TAGS = NAME_TAGS | mask('Place', 'City', 'Country', 'Region', 'Organization', 'SportsTeam', 'ProperNoun', 'Demonym');
const PLACE_TAGS = mask('Place', 'City', 'Country', 'Region');
const ORGANISATION_TAGS = mask('Organization', 'SportsTeam');
const VERB_TAGS = mask('PastTense', 'PresentTense', 'Infinitive', 'Modal', 'Copula', 'Auxiliary', 'PhrasalVerb');
const NOUN_TAGS = mask('Noun', 'Singular', 'Plural');

export function givenNameGender(word: string): 'male' | 'female' | 'unknown' | null {
  const tags = tagsOf(word);
  if (tags & MALE_NAME) return 'male';
  if (tags & FEMALE_NAME) return 'female';
  if (tags & FIRST_NAME) return 'unknown';
  return null;
}

export function isKnownName(word: string): boolean {
  return (tagsOf(word) & NAME_TAGS) !== 0;
}

export function isPlaceName(word: string): boolean {
  return (tagsOf(word) & PLACE_TAGS) !== 0;
}

export function isOrganisationName(word: string): boolean {
  return (tagsOf(word) & ORGANISATION_TAGS) !== 0;
}

/** True for ordinary vocabulary (`Auditors`, `Government`, `However`), false for proper nouns and unknown words. */
export function isCommonWord(word: string): boolean {
  const tags = tagsOf(word);
  return tags !== 0 && (tags & PROPER_TAGS) === 0;
}

/**
 * A word that is usually a verb (`backed`, `has`, `will`): what follows a clause's subject. The
 * lexicon lists irregular verbs; compromise infers regular ones from their ending in a full parse, so
 * a lower-case `-ed` word that the lexicon does not call a noun counts too (`accepted`, `intimated`).
 */
export function isVerbLike(word: string): boolean {
  const tags = tagsOf(word);
  if (tags & VERB_TAGS) return true;
  return REGULAR_PAST.test(word) && (tags & NOUN_TAGS) === 0;
}

const REGULAR_PAST = /^[a-z]{2,}[^e]ed$|^[a-z]{2,}ied$/;

/** Words that compromise tags as a person's occupation or role (`inspector`, `spokesman`). */
export function isActorNoun(word: string): boolean {
  return (tagsOf(word) & ACTOR) !== 0;
}

const ACTOR = mask('Actor');

/** Nouns that end organisation names (`council`, `department`, `services`). */
export function isOrganisationWord(word: string): boolean {
  return load().orgWords.has(word);
}

/** Nouns that end place names (`district`, `street`, `valley`). */
export function isPlaceWord(word: string): boolean {
  return load().placeWords.has(word);
}
