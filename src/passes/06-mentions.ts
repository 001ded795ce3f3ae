/**
 * Mentions of possible speakers: names (with their titles and roles) anywhere in the text, and
 * subject pronouns outside quotation marks. Descriptions (`the council`, `a spokesperson`) are read
 * where a cue needs a subject, in the attribution pass.
 */
import type { Mention, Token } from '../model/document.js';
import { HONORIFICS, NAME_CONNECTORS, SUBJECT_PRONOUNS, TITLES } from '../lexicon/people.js';
import { type NameWord, endsInPossessive, isCapitalised, isNotRoleOpener, isRegionAbbreviation, nameWord, readNameRun } from '../nlp/names.js';
import { givenNameGender, isActorNoun } from '../nlp/word-info.js';
import type { Pass } from './pass.js';

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our']);
const MAX_ROLE_WORDS = 6;
const MAX_APPOSITION_WORDS = 12;
/** Longer words skip the pronoun and honorific lookups: they are asked of every word. */
const MAX_PRONOUN_LENGTH = Math.max(...[...SUBJECT_PRONOUNS.keys()].map((p) => p.length));
const MAX_HONORIFIC_LENGTH = Math.max(...[...HONORIFICS.keys()].map((h) => h.length));

export function findMentions(text: string, tokens: readonly Token[]): Mention[] {
  const mentions: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.isWord) continue;
    const pronoun = t.lower.length <= MAX_PRONOUN_LENGTH ? SUBJECT_PRONOUNS.get(t.lower) : undefined;
    if (pronoun && t.quote === null && pronoun !== 'speaker') {
      mentions.push({
        start: t.start, end: t.end, kind: 'pronoun', sentence: t.sentence, insideQuote: false, name: t.lower,
        speakerKind: pronoun === 'thing' ? 'organisation' : pronoun === 'plural' ? 'group' : 'person',
        gender: pronoun === 'male' || pronoun === 'female' ? pronoun : null, role: null, doubtful: false,
      });
      continue;
    }
    if (!isCapitalised(t.text) && (t.lower.length > MAX_HONORIFIC_LENGTH || !HONORIFICS.has(t.lower))) continue;
    const runStart = i;
    const end = runEnd(tokens, runStart);
    i = end - 1;
    const words: NameWord[] = [];
    for (let k = runStart; k < end; k++) if (tokens[k]!.isWord) words.push(nameWord(tokens[k]!.text, tokens[k]!.lower, k));
    const reading = readNameRun(words, isSentenceStart(tokens, runStart));
    if (!reading || isDateline(text, tokens, runStart, end) || isRegionAfterPlace(text, tokens, runStart, end)) continue;
    const first = tokens[reading.name[0]!.token]!;
    const last = tokens[reading.name.at(-1)!.token]!;
    mentions.push({
      start: tokens[reading.namedFrom.token]!.start,
      end: last.end,
      kind: 'name',
      sentence: t.sentence,
      insideQuote: t.quote !== null,
      name: nameText(text.slice(first.start, last.end)),
      speakerKind: reading.kind,
      gender: reading.gender,
      role: appositionAfter(text, tokens, end) ?? rolePrefix(text, tokens, runStart, reading.titles),
      doubtful: reading.doubtful,
    });
  }
  return mentions;
}

/** A name as written, on one line with single spaces and without a possessive `’s`. Most need no change: tested first, as every name passes here. */
function nameText(written: string): string {
  const spaced = OTHER_SPACE.test(written) ? written.replace(/\s+/g, ' ') : written;
  return endsInPossessive(spaced, 0, spaced.length) ? spaced.slice(0, -2) : spaced;
}

/** White space other than one plain space. */
const OTHER_SPACE = /[^\S ]| {2}/;

/** A run: capitalised words, with connectors and abbreviation or initial periods inside. */
function runEnd(tokens: readonly Token[], i: number): number {
  const t0 = tokens[i]!;
  let j = i;
  while (j < tokens.length) {
    const t = tokens[j]!;
    if (t.sentence !== t0.sentence || t.quote !== t0.quote) break;
    if (j > i && t.isWord && HONORIFICS.has(t.lower) && isCapitalised(t.text) && !HONORIFICS.has(tokens[j - 1]!.lower)) break; // `Jo Brown and Ms Green`
    if (t.isWord && (isCapitalised(t.text) || HONORIFICS.has(t.lower) || (TITLES.has(t.lower) && /^[a-z]+$/.test(t.text) && j === i))) { j++; continue; }
    const next = tokens[j + 1];
    const prev = tokens[j - 1]!;
    // A plural possessive inside a name: `Teachers’ Union`, `Fishermen's Federation`.
    if ((t.text === '’' || t.text === "'") && j > i && prev.end === t.start && prev.text.endsWith('s') && next?.isWord &&
      isCapitalised(next.text) && next.start > t.end && next.sentence === t.sentence) { j++; continue; }
    if (t.text === '.' && j > i && prev.isWord && (prev.text.length === 1 || HONORIFICS.has(prev.lower + '.') || TITLES.has(prev.lower + '.')) &&
      next && isCapitalised(next.text) && next.start === t.end + 1) { j++; continue; } // Mr. Smith, Jane Q. Public
    // `Ashby and Thornby`, `Department of Health`; but `Alice Jones and Brian Hughes` are two people.
    if (t.isWord && NAME_CONNECTORS.has(t.lower) && t.lower !== 'the' && j > i && next?.isWord && isCapitalised(next.text) &&
      next.sentence === t.sentence && !((t.lower === 'and' || t.lower === '&') && (givenNameGender(next.lower) !== null || HONORIFICS.has(next.lower)))) { j++; continue; }
    break;
  }
  return Math.max(j, i + 1);
}

/**
 * A dateline opening a paragraph: capitals, then maybe a date and an agency, then a dash
 * (`WASHINGTON —`, `OTTAWA (CP) -`, `LONDON, May 3 (Reuters) -`). It names a place, not a speaker.
 */
function isDateline(text: string, tokens: readonly Token[], start: number, end: number): boolean {
  const first = tokens[start]!;
  const last = tokens[end - 1]!;
  // First the cheap test, with no string made: the run opens its line (only spaces or tabs, at
  // most 20 of them, since a line break).
  for (let k = first.start - 1; k >= Math.max(0, first.start - 20); k--) {
    const c = text.charCodeAt(k);
    if (c === 10) break;
    if (c !== 32 && c !== 9) return false;
  }
  const words = text.slice(first.start, last.end);
  if (!/\p{Lu}{2}/u.test(words) || /\p{Ll}/u.test(words)) return false;
  return /^(?:,[^\n—–-]{1,30})?\s*(?:\([^()\n]{1,30}\)\s*)?[—–-]\s/.test(text.slice(last.end, last.end + 64));
}

/** `Raleigh, N.C.,` / `Hamilton, Ont.`: a state or province after a place name and a comma. */
function isRegionAfterPlace(text: string, tokens: readonly Token[], start: number, end: number): boolean {
  const comma = tokens[start - 1];
  const place = tokens[start - 2];
  if (comma?.text !== ',' || !place?.isWord || !isCapitalised(place.text)) return false;
  const last = tokens[end - 1]!;
  return text.charAt(last.end) === '.' && isRegionAbbreviation(text.slice(tokens[start]!.start, last.end));
}

function isSentenceStart(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.sentence !== tokens[i]!.sentence) return true;
    if (t.isWord) return false;
    if (t.text === '-' || t.text === '–' || t.text === '—') return false;
  }
  return true;
}

/** `Jane Smith, the council's chief executive, said` → `the council's chief executive`. */
function appositionAfter(text: string, tokens: readonly Token[], end: number): string | null {
  const comma = tokens[end];
  if (!comma || comma.text !== ',') return null;
  const first = tokens[end + 1];
  if (!first || !first.isWord || first.sentence !== comma.sentence || first.quote !== comma.quote) return null;
  if (/^(who|which|whose|where|when|and|but|said|says|told|added)$/.test(first.lower)) return null;
  const titleLike = TITLES.has(first.lower) || isActorNoun(first.lower);
  if (isCapitalised(first.text) && !titleLike) return null;
  let k = end + 1;
  let words = 0;
  while (k < tokens.length && tokens[k]!.sentence === comma.sentence && tokens[k]!.quote === comma.quote && tokens[k]!.text !== ',') {
    if (!/^[\p{L}\p{N}'’&-]/u.test(tokens[k]!.text) && tokens[k]!.text !== '(' && tokens[k]!.text !== ')') return null;
    if (++words > MAX_APPOSITION_WORDS) return null;
    k++;
  }
  if (tokens[k]?.text !== ',' || words === 0) return null;
  // `Jo Reed, 45,` or `Jo Reed, on Monday,` is no role.
  if (!namesARole(tokens, end + 1, k)) return null;
  return text.slice(first.start, tokens[k - 1]!.end);
}

function namesARole(tokens: readonly Token[], from: number, to: number): boolean {
  return !isNotRoleOpener(tokens[from]!.lower) && from < to;
}

/** `Thornby councillor Alan Reed` → `Thornby councillor`; `Tory leader Ann Price` → `Tory leader`. */
function rolePrefix(text: string, tokens: readonly Token[], i: number, titles: string | null): string | null {
  const before = tokens[i - 1];
  const roleNoun = before && before.isWord && before.quote === tokens[i]!.quote && before.sentence === tokens[i]!.sentence &&
    !isCapitalised(before.text) && (TITLES.has(before.lower) || isActorNoun(before.lower));
  if (!roleNoun) return titles;
  let k = i - 1;
  while (k - 1 >= 0 && i - k < MAX_ROLE_WORDS) {
    const t = tokens[k - 1]!;
    if (!t.isWord || t.sentence !== before.sentence || t.quote !== before.quote || DETERMINERS.has(t.lower) || SUBJECT_PRONOUNS.has(t.lower)) break;
    if (!isCapitalised(t.text) && !TITLES.has(t.lower) && !isActorNoun(t.lower) && !/(al|ary|ive|ior|ent|ing|ed|ic)$/.test(t.lower)) break;
    k--;
  }
  const prefix = text.slice(tokens[k]!.start, before.end);
  return titles ? `${prefix} ${titles}` : prefix;
}

export const mentionsPass: Pass = {
  name: 'mentions',
  run: (doc) => ({ mentions: findMentions(doc.source.text, doc.tokens) }),
};
