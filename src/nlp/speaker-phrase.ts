/**
 * Read the noun phrase that says who speaks, next to a cue:
 *   before it  `Thornby MP Jane Smith says`, `Ann Price, Director of …, who …, said`
 *   after it   `“…,” said Ms Smith, the chief executive`, `according to the report`
 * A phrase is a name (a mention found earlier), a pronoun, or a description headed by a speaker noun.
 */
import type { Mention, Token } from '../model/document.js';
import { firstStartingAt } from '../model/span.js';
import type { Span } from '../model/span.js';
import { CUE_PREFIX_WORDS } from '../lexicon/speech-verbs.js';
import { SPEAKER_NOUNS, SUBJECT_PRONOUNS, TITLES } from '../lexicon/people.js';
import { PARTY_STATE, endsInPossessive, isCapitalised, isNotRoleOpener, isRegionAbbreviation } from './names.js';
import { isActorNoun, isVerbLike } from './word-info.js';

export interface SpeakerPhrase extends Span {
  readonly kind: 'name' | 'pronoun' | 'description';
  /** Index into doc.mentions for names and pronouns. */
  readonly mention: number | null;
  /** For descriptions: the phrase without a leading article, and its head noun. */
  readonly text: string;
  readonly head: string;
  readonly headKind: 'person' | 'organisation' | 'group' | null;
  readonly definite: boolean;
  /** An apposition between the phrase and the cue (`, Director of Housing,`). */
  readonly role: string | null;
}

export interface PhraseContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** Mentions outside quotations, indexed by their first and last token. */
  readonly mentionStartingAt: ReadonlyMap<number, number>;
  readonly mentionEndingAt: ReadonlyMap<number, number>;
  readonly mentions: readonly Mention[];
}

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'another', 'one', 'two', 'three', 'some', 'many', 'several', 'both']);
/** `the minister` may be someone named earlier; `a minister`, `Labour's minister` are someone else. */
const DEFINITE = new Set(['the', 'this', 'that']);
const LINKING_PREPOSITIONS = new Set(['for', 'of', 'at', 'from', 'with', 'to', 'on', 'in']);
const RELATIVE = new Set(['who', 'which', 'whose', 'where', 'when', 'while', 'whom']);
const MAX_DESCRIPTION_WORDS = 7;

/**
 * Last token of the clause that starts at token k (at most `limit` tokens on): it stops at clause
 * punctuation, and a period belongs to it only inside an abbreviation (`Jr.`), never at its end.
 */
function clauseEnd(ctx: PhraseContext, k: number, sentence: number, limit: number): number {
  let end = k;
  while (end + 1 < ctx.tokens.length && !isBoundary(ctx, end + 1, sentence) && end - k < limit) end++;
  while (end > k && ctx.tokens[end]!.text === '.') end--;
  return end;
}

/** Does this token stop a phrase? Quotation tokens, other sentences and clause punctuation do. */
function isBoundary(ctx: PhraseContext, k: number, sentence: number): boolean {
  const t = ctx.tokens[k];
  return !t || t.sentence !== sentence || t.quote !== null || (!t.isWord && !/^[-'’&.]$/.test(t.text));
}

export function speakerBefore(ctx: PhraseContext, cueFirst: number): SpeakerPhrase | null {
  const sentence = ctx.tokens[cueFirst]!.sentence;
  let k = cueFirst - 1;
  while (k >= 0 && ctx.tokens[k]!.sentence === sentence && ctx.tokens[k]!.isWord && ctx.tokens[k]!.quote === null &&
    (CUE_PREFIX_WORDS.has(ctx.tokens[k]!.lower) || /^[a-z]+ly$/.test(ctx.tokens[k]!.text))) k--;
  const t = ctx.tokens[k];
  if (!t || t.sentence !== sentence || t.quote !== null) return null;
  if (t.text === ',' || t.text === ')' || DASHES.has(t.text)) return throughAppositions(ctx, k, sentence);
  const phrase = phraseEndingAt(ctx, k, sentence, null);
  if (!phrase) return null;
  const speaker = personBeforeOrganisation(ctx, phrase, sentence);
  return speaker.kind === 'description' ? nameBeforeUnclosedApposition(ctx, speaker, sentence) ?? speaker : speaker;
}

/**
 * `Jo Reed, managing director of Acme said`: an apposition whose closing comma is missing. The
 * person who opens the sentence speaks, and the description is the role.
 */
function nameBeforeUnclosedApposition(ctx: PhraseContext, phrase: SpeakerPhrase, sentence: number): SpeakerPhrase | null {
  if (phrase.headKind !== 'person') return null;
  const comma = firstStartingAt(ctx.tokens, phrase.start) - 1;
  if (ctx.tokens[comma]?.text !== ',') return null;
  const m = ctx.mentionEndingAt.get(comma - 1);
  if (m === undefined || ctx.mentions[m]!.speakerKind !== 'person') return null;
  const first = ctx.mentionStartingAt.get(firstStartingAt(ctx.tokens, ctx.mentions[m]!.start));
  if (first !== m || !startsSentence(ctx, firstStartingAt(ctx.tokens, ctx.mentions[m]!.start), sentence)) return null;
  return fromMention(ctx, m, ctx.text.slice(phrase.start, phrase.end));
}

const DASHES = new Set(['-', '–', '—', '--']);
const AFFILIATION = new Set(['from', 'of', 'at', 'for', 'with']);

/**
 * `Al Green from the Teachers' Union said`, `Jo Bloggs, director of Acme said`: the organisation
 * ends the phrase, but the person before it speaks.
 */
function personBeforeOrganisation(ctx: PhraseContext, phrase: SpeakerPhrase, sentence: number): SpeakerPhrase {
  const body = phrase.kind === 'name' ? ctx.mentions[phrase.mention!]!.speakerKind !== 'person' : phrase.kind === 'description' && phrase.headKind === 'organisation';
  if (!body) return phrase;
  let k = firstStartingAt(ctx.tokens, phrase.start) - 1;
  if (ctx.tokens[k]?.lower === 'the') k--;
  if (!AFFILIATION.has(ctx.tokens[k]?.lower ?? '')) return phrase;
  // `a spokesperson for Acme Airways`: an unnamed speaker of that body.
  const noun = ctx.tokens[k - 1];
  if (noun && noun.isWord && noun.sentence === sentence && noun.quote === null && speakerNounKind(noun.lower) === 'person') {
    const described = descriptionEndingAt(ctx, k - 1, sentence, phrase.role, 0);
    if (described) return { ...described, end: phrase.end, text: described.text + ctx.text.slice(described.end, phrase.end) };
  }
  // Back over a short lowercase role (`managing director`) to a comma, then the person.
  for (let j = k - 1, steps = 0; j >= 0 && steps < 6; j--, steps++) {
    const t = ctx.tokens[j]!;
    if (t.sentence !== sentence || t.quote !== null) break;
    const m = ctx.mentionEndingAt.get(t.text === ',' ? j - 1 : j);
    if (m !== undefined && ctx.mentions[m]!.speakerKind === 'person') {
      return { ...fromMention(ctx, m, null), role: ctx.text.slice(ctx.tokens[Math.min(j + 1, k)]!.start, phrase.end).replace(/^,\s*/, '') };
    }
    if (t.text === ',' || !t.isWord || isCapitalised(t.text)) break;
  }
  return phrase;
}

/**
 * `Name, apposition, who …, said`: walk back over comma-separated segments; relative clauses and
 * appositions are skipped (an apposition becomes the role), the first segment that ends in a name,
 * pronoun or description is the speaker.
 */
function throughAppositions(ctx: PhraseContext, comma: number, sentence: number): SpeakerPhrase | null {
  let role: string | null = null;
  let end = comma; // exclusive end of the segment
  for (let guard = 0; guard < 4; guard++) {
    let start = end - 1;
    while (start >= 0 && !isSegmentBoundary(ctx, start, sentence)) start--;
    start++;
    if (start >= end) return null;
    const first = ctx.tokens[start]!;
    const segmentText = ctx.text.slice(first.start, ctx.tokens[end - 1]!.end).replace(/^\(|\)$/g, '');
    // `in Raleigh, N.C., said`: the state is part of the place before it, like the rest of that segment.
    const region = isRegionAbbreviation(segmentText.replace(/\.$/, ''));
    const relative = region || RELATIVE.has(first.lower);
    const phrase = relative ? null : phraseEndingAt(ctx, lastWord(ctx, end - 1, start), sentence, role, start);
    const apposition = !relative && isAppositionLike(ctx, start, end);
    // An apposition that ends in a name (`chief executive of Acme Holdings`) is a role, not the speaker;
    // but `Rep. Jane Roe` is the name with its title.
    if (phrase && (!apposition || startsSentence(ctx, start, sentence) || onlyTitlesBefore(ctx, start, phrase))) return phrase;
    if (!relative && !apposition) return null;
    if (apposition && !role && namesARole(ctx, start, end)) role = segmentText;
    const before = ctx.tokens[start - 1];
    if (!before || (before.text !== ',' && before.text !== '(' && !DASHES.has(before.text))) return null;
    end = start - 1;
  }
  return null;
}

/** `director of the trust` names a role; `speaking at a rally` or `on Monday` does not. */
function namesARole(ctx: PhraseContext, start: number, end: number): boolean {
  return start < end && !isNotRoleOpener(ctx.tokens[start]!.lower);
}

function onlyTitlesBefore(ctx: PhraseContext, start: number, phrase: SpeakerPhrase): boolean {
  if (phrase.kind !== 'name') return false;
  for (let k = start; k < ctx.tokens.length && ctx.tokens[k]!.start < phrase.start; k++) {
    const t = ctx.tokens[k]!;
    if (t.isWord ? !TITLES.has(t.lower) && !TITLES.has(`${t.lower}.`) : t.text !== '.') return false;
  }
  return true;
}

function isSegmentBoundary(ctx: PhraseContext, k: number, sentence: number): boolean {
  const t = ctx.tokens[k]!;
  return t.sentence !== sentence || t.quote !== null || t.text === ',' || t.text === '(' || t.text === ';' || t.text === ':' ||
    (DASHES.has(t.text) && !isWordJoin(ctx, k));
}

/** A hyphen inside a word (`ex-Mayor` is tokenised whole, but `mid - 2004` is not a join). */
function isWordJoin(ctx: PhraseContext, k: number): boolean {
  const t = ctx.tokens[k]!;
  return ctx.tokens[k - 1]?.end === t.start && ctx.tokens[k + 1]?.start === t.end;
}

function lastWord(ctx: PhraseContext, k: number, floor: number): number {
  while (k > floor && !ctx.tokens[k]!.isWord) k--;
  return k;
}

function startsSentence(ctx: PhraseContext, k: number, sentence: number): boolean {
  const prev = ctx.tokens[k - 1];
  return !prev || prev.sentence !== sentence;
}

/** `a spokesperson for the firm`, `the prime minister`, `leader of the group`, `Director of …`. */
function isAppositionLike(ctx: PhraseContext, start: number, end: number): boolean {
  const first = ctx.tokens[start]!;
  if (!first.isWord) return false;
  if (DETERMINERS.has(first.lower)) return true;
  if (TITLES.has(first.lower) || isActorNoun(first.lower) || PARTY_STATE.test(first.text)) return true;
  // `Acme's managing director`, `Britain's ambassador to Spain`.
  if (/['’]s$/u.test(first.text) || ['’s', "'s"].includes(ctx.tokens[start + 1]?.text ?? '')) return end - start <= 12;
  if (!isCapitalised(first.text)) return end - start <= 12;
  return false;
}

/** The phrase whose last word is token k: a name mention, a pronoun, or a description. */
function phraseEndingAt(ctx: PhraseContext, k: number, sentence: number, role: string | null, floor = 0): SpeakerPhrase | null {
  const t = ctx.tokens[k];
  if (!t || !t.isWord || t.sentence !== sentence || t.quote !== null) return null;
  const m = ctx.mentionEndingAt.get(k);
  if (m !== undefined) return fromMention(ctx, m, role);
  // `Jane Smith MP said`: a title after the name belongs to it.
  const named = TITLES.has(t.lower) && isCapitalised(t.text) ? ctx.mentionEndingAt.get(k - 1) : undefined;
  if (named !== undefined) return fromMention(ctx, named, role);
  return descriptionEndingAt(ctx, k, sentence, role, floor);
}

function fromMention(ctx: PhraseContext, m: number, role: string | null): SpeakerPhrase {
  const mention = ctx.mentions[m]!;
  return {
    start: mention.start, end: mention.end, kind: mention.kind === 'pronoun' ? 'pronoun' : 'name', mention: m,
    text: mention.name, head: mention.name, headKind: null, definite: true, role: role ?? mention.role,
  };
}

/** `word` in lower case already, as every caller has it (a token's `lower`). */
function speakerNounKind(word: string): 'person' | 'organisation' | 'group' | null {
  const w = endsInPossessive(word, 0, word.length) ? word.slice(0, -2) : word;
  return SPEAKER_NOUNS.get(w) ?? (isActorNoun(w) ? 'person' : null);
}

function descriptionEndingAt(ctx: PhraseContext, k: number, sentence: number, role: string | null, floor: number): SpeakerPhrase | null {
  const headToken = ctx.tokens[k]!;
  let headKind = speakerNounKind(headToken.lower);
  let head = headToken.lower;
  if (!headKind) return null;
  let start = k;
  // Walk back over modifiers to a determiner; `spokesman for the council`: carry on past the preposition.
  for (let j = k - 1; j >= floor && k - j < MAX_DESCRIPTION_WORDS; j--) {
    if (isBoundary(ctx, j, sentence)) break;
    const w = ctx.tokens[j]!;
    if (!w.isWord) { if (w.text === '-' || w.text === '’' || w.text === "'") continue; break; }
    if (DETERMINERS.has(w.lower)) {
      start = j;
      // `a spokeswoman for the council`: the body belongs to an unnamed person before it.
      const prep = ctx.tokens[j - 1];
      const noun = ctx.tokens[j - 2];
      const kind = noun?.isWord && noun.quote === null && noun.sentence === sentence ? speakerNounKind(noun.lower) : null;
      if (j - 2 >= floor && prep && LINKING_PREPOSITIONS.has(prep.lower) && (kind === 'person' || kind === 'group')) {
        head = noun!.lower;
        headKind = kind;
        start = j - 2;
        j -= 2;
        continue;
      }
      break;
    }
    if (LINKING_PREPOSITIONS.has(w.lower)) {
      const before = ctx.tokens[j - 1];
      const kind = before && before.isWord ? speakerNounKind(before.lower) : null;
      if (kind !== 'person' && kind !== 'group') break;
      head = before!.lower;
      headKind = kind;
      start = j - 1;
      j--;
      continue;
    }
    if (/^(and|or|but|that|has|have|had|is|was|said|says|if|as|when|while)$/.test(w.lower)) break;
    if (SUBJECT_PRONOUNS.has(w.lower)) break;
    start = j;
  }
  const first = ctx.tokens[start]!;
  const definite = DEFINITE.has(first.lower);
  const from = nameStart(ctx, start);
  return {
    start: first.start, end: headToken.end, kind: 'description', mention: null,
    text: descriptionText(ctx, from, headToken.end), head, headKind, definite, role,
  };
}

/**
 * Where an unnamed speaker's name starts: `the report` keeps its article (it is that report), `a
 * spokesperson` and `another adviser` drop theirs, as does a possessive (`her aide` → `aide`).
 */
/** The text of an unnamed speaker's name, with a sentence-initial `The` written `the`. */
function descriptionText(ctx: PhraseContext, from: number, end: number): string {
  return ctx.text.slice(from, end).replace(/^The\b/, 'the');
}

function nameStart(ctx: PhraseContext, start: number): number {
  const first = ctx.tokens[start]!;
  return DETERMINERS.has(first.lower) && !DEFINITE.has(first.lower) ? ctx.tokens[start + 1]!.start : first.start;
}

/**
 * A description that opens the sentence as its subject (`The council issued a statement saying …`):
 * its head is a speaker noun among the first few words, and a verb follows it.
 */
export function subjectDescription(ctx: PhraseContext, firstToken: number, sentence: number): SpeakerPhrase | null {
  for (let h = firstToken; h < firstToken + MAX_DESCRIPTION_WORDS; h++) {
    const t = ctx.tokens[h];
    const next = ctx.tokens[h + 1];
    if (!t || !t.isWord || t.sentence !== sentence || t.quote !== null) return null;
    if (speakerNounKind(t.lower) && next?.isWord && next.sentence === sentence && isVerbLike(next.lower)) {
      return descriptionEndingAt(ctx, h, sentence, null, firstToken);
    }
  }
  return null;
}

/** `“…,” said Ms Smith, the chief executive.` / `according to the report` / `said a spokesman for the firm`. */
export function speakerAfter(ctx: PhraseContext, cueLast: number, appositions = true): SpeakerPhrase | null {
  const sentence = ctx.tokens[cueLast]!.sentence;
  let k = cueLast + 1;
  const t = ctx.tokens[k];
  if (!t || t.sentence !== sentence || t.quote !== null || !t.isWord) return null;
  // `according to Jane Roe, the plan was …`: what follows the comma is the claim, not a role.
  if (ctx.mentionStartingAt.has(k)) return withRole(ctx, fromMention(ctx, personAfterRole(ctx, ctx.mentionStartingAt.get(k)!, sentence), null), sentence, appositions);
  // Titles and role words before the name: `said Cllr Jane Smith`, `said head teacher Sarah Cole`.
  for (let j = k; j < k + 5; j++) {
    const m = ctx.mentionStartingAt.get(j);
    if (m !== undefined) return withRole(ctx, fromMention(ctx, m, null), sentence, appositions);
    const w = ctx.tokens[j];
    if (!w || w.sentence !== sentence || w.quote !== null || !(w.text === '.' || w.isWord) || SUBJECT_PRONOUNS.has(w.lower) ||
      /^(that|who|which|to|in|on|at|by|as|after|before|when|while)$/.test(w.lower)) break;
  }
  // A description: up to the end of the clause; its head is the first speaker noun.
  const end = clauseEnd(ctx, k, sentence, MAX_DESCRIPTION_WORDS);
  for (let j = k; j <= end; j++) {
    const w = ctx.tokens[j]!;
    if (j > k && !DETERMINERS.has(w.lower) && !LINKING_PREPOSITIONS.has(w.lower) && !speakerNounKind(w.lower) && !/^\p{L}+$/u.test(w.text)) break;
    let kind = speakerNounKind(w.lower);
    if (kind) {
      // A compound's last noun is its head: `court documents`, `police officers`.
      while (j < end && ctx.tokens[j + 1]!.isWord && /^\p{Ll}+$/u.test(ctx.tokens[j + 1]!.text) && speakerNounKind(ctx.tokens[j + 1]!.lower)) {
        j++;
        kind = speakerNounKind(ctx.tokens[j]!.lower)!;
      }
      const head = ctx.tokens[j]!;
      // Include `for the firm` after the head.
      let last = j;
      if (LINKING_PREPOSITIONS.has(ctx.tokens[j + 1]?.lower ?? '') && j + 1 <= end) last = end;
      const first = ctx.tokens[k]!;
      const from = nameStart(ctx, k);
      return withRole(ctx, {
        start: first.start, end: ctx.tokens[last]!.end, kind: 'description', mention: null,
        text: descriptionText(ctx, from, ctx.tokens[last]!.end), head: head.lower, headKind: kind,
        definite: DEFINITE.has(first.lower), role: null,
      }, sentence, appositions);
    }
    if (SUBJECT_PRONOUNS.has(w.lower) && j === k) return null;
  }
  return null;
}

/** `said Acme campaign manager Jo Brown`: an organisation and a role before the person who speaks. */
function personAfterRole(ctx: PhraseContext, m: number, sentence: number): number {
  if (ctx.mentions[m]!.speakerKind === 'person') return m;
  let k = firstStartingAt(ctx.tokens, ctx.mentions[m]!.end);
  const from = k;
  while (k < ctx.tokens.length && k - from < 3 && ctx.tokens[k]!.isWord && ctx.tokens[k]!.sentence === sentence &&
    !isCapitalised(ctx.tokens[k]!.text) && (TITLES.has(ctx.tokens[k]!.lower) || isActorNoun(ctx.tokens[k]!.lower) || /^(campaign|press|communications|policy|party|team)$/.test(ctx.tokens[k]!.lower))) k++;
  const person = k > from ? ctx.mentionStartingAt.get(k) : undefined;
  return person !== undefined && ctx.mentions[person]!.speakerKind === 'person' ? person : m;
}

/** The phrase with the apposition after it as its role, when `appositions` are read. */
function withRole(ctx: PhraseContext, p: SpeakerPhrase, sentence: number, appositions: boolean): SpeakerPhrase {
  return appositions ? withApposition(ctx, p, sentence) : p;
}

function withApposition(ctx: PhraseContext, p: SpeakerPhrase, sentence: number): SpeakerPhrase {
  let k = firstStartingAt(ctx.tokens, p.end);
  const comma = ctx.tokens[k];
  if (!comma || comma.text !== ',' || comma.sentence !== sentence) return p;
  k++;
  const first = ctx.tokens[k];
  if (!first || !first.isWord || first.quote !== null || !isAppositionLike(ctx, k, k + 1)) return p;
  const end = clauseEnd(ctx, k, sentence, Infinity);
  return { ...p, role: p.role ?? ctx.text.slice(first.start, ctx.tokens[end]!.end) };
}
