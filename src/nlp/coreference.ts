/**
 * Resolve a pronoun or a description to a speaker mentioned earlier in the article.
 *
 * Candidates are the speakers of earlier cues and the names outside quotations within `WINDOW`
 * sentences, scored by distance, role (speaker, subject) and how often the article names them.
 * `he`/`she` need a person of a compatible gender, `it` a body, `they` a group or a body.
 */
import type { Entity } from '../model/document.js';

export interface Candidate {
  readonly at: number;
  readonly sentence: number;
  readonly entity: number | null;
  /** For unnamed speakers (descriptions): their name and kind. */
  readonly name: string;
  readonly kind: 'person' | 'organisation' | 'group';
  readonly gender: 'male' | 'female' | null;
  readonly kindKnown: boolean;
  readonly isSpeaker: boolean;
  /** A name at the start of its sentence or followed by a verb. */
  readonly isSubject: boolean;
}

const WINDOW = 6;
/** At most this many candidates are weighed: enough for any article, and it keeps the work per pronoun bounded. */
const LOOKBACK = 200;

/**
 * The candidates before `at` are `candidates[from, end)` (they are kept in text order); the nearest
 * LOOKBACK of them are weighed, walked from `end - 1` down (nearest first).
 */
function recentRange(candidates: readonly Candidate[], at: number): { from: number; end: number } {
  let end = candidates.length;
  while (end > 0 && candidates[end - 1]!.at >= at) end--;
  return { from: Math.max(0, end - LOOKBACK), end };
}

export function resolvePronoun(pronoun: string, at: number, sentence: number, candidates: readonly Candidate[]): Candidate | null {
  const { from, end } = recentRange(candidates, at);
  // The compatible candidates near enough to weigh, nearest first.
  const near: Candidate[] = [];
  for (let i = end - 1; i >= from; i--) {
    const c = candidates[i]!;
    if (c.sentence < sentence - WINDOW) break;
    if (compatible(pronoun, c)) near.push(c);
  }
  if (near.length === 0) return null;
  // How often each of them is named among the last LOOKBACK candidates. Unnamed speakers
  // (`a spokesperson for Acme`) have no entity: they are counted by their words.
  const key = (c: Candidate): number | string => c.entity ?? c.name.toLowerCase();
  // Only counts up to SALIENCE_CAP matter, so the walk (nearest first) stops once every key has that many.
  const mentions = new Map<number | string, number>();
  for (const c of near) mentions.set(key(c), 0);
  const countUnnamed = near.some((c) => c.entity === null);
  let unsettled = mentions.size;
  for (let i = end - 1; i >= from && unsettled > 0; i--) {
    const c = candidates[i]!;
    if (c.entity === null && !countUnnamed) continue;
    const k = key(c);
    const n = mentions.get(k);
    if (n === undefined || n >= SALIENCE_CAP) continue;
    mentions.set(k, n + 1);
    if (n + 1 === SALIENCE_CAP) unsettled--;
  }
  let best: Candidate | null = null;
  let bestScore = -Infinity;
  for (const c of near) {
    const score = -(sentence - c.sentence) + (c.isSpeaker ? SPEAKER_BONUS : c.isSubject ? SUBJECT_BONUS : 0) +
      SALIENCE_BONUS * Math.min(mentions.get(key(c))!, SALIENCE_CAP) / SALIENCE_CAP;
    if (score > bestScore) { best = c; bestScore = score; } // ties keep the nearer one
  }
  return best;
}

/**
 * How a candidate antecedent is weighed, in sentences of distance: someone who spoke, or a sentence's
 * subject, is a likelier antecedent than a name in object position (`… than the mayor. “…,” he
 * said` refers to the subject), and the article's main person a little likelier than a passing one.
 */
const SPEAKER_BONUS = 1.5;
const SUBJECT_BONUS = 1.2;
const SALIENCE_BONUS = 0.4;
const SALIENCE_CAP = 4;

/**
 * A bare capitalised word of unknown kind (`Acme`, `Whitcombe`) qualifies only once it has spoken:
 * otherwise `he` would find `Cup Final` or `April`.
 */
function compatible(pronoun: string, c: Candidate): boolean {
  const unknownSpeaker = !c.kindKnown && c.isSpeaker;
  switch (pronoun) {
    case 'he':
      return ((c.kind === 'person' && c.kindKnown) || unknownSpeaker) && c.gender !== 'female';
    case 'she':
      return ((c.kind === 'person' && c.kindKnown) || unknownSpeaker) && c.gender !== 'male';
    case 'it':
      return (c.kind === 'organisation' && c.kindKnown) || unknownSpeaker;
    case 'they':
      return ((c.kind === 'group' || c.kind === 'organisation') && c.kindKnown) || unknownSpeaker;
    default:
      return false;
  }
}

/**
 * `the MP`, `the council`, `the prime minister`: an entity whose role or name contains the head noun,
 * nearest before `at`; null when none does.
 */
export function resolveDefiniteDescription(description: string, head: string, headKind: 'person' | 'organisation' | 'group' | null,
  at: number, entities: readonly Entity[], candidates: readonly Candidate[]): Candidate | null {
  const wanted = words(description).filter((w) => !QUALIFIERS.has(w) && !ARTICLES.has(w));
  const roles = new Map<number, string[]>(); // each entity's role words, split once per description
  const { from, end } = recentRange(candidates, at);
  for (let i = end - 1; i >= from; i--) {
    const c = candidates[i]!;
    if (c.entity === null) continue;
    const e = entities[c.entity]!;
    // `the council` is a body, never the `Council leader`; `the minister` is a person.
    if ((headKind === 'organisation') !== (e.kind === 'organisation')) continue;
    if (e.words.includes(head)) return c;
    let role = roles.get(c.entity);
    if (role === undefined) roles.set(c.entity, (role = words(e.role ?? '')));
    // `the prime minister` is not the `Deputy Prime Minister`.
    if (role.includes(head) && wanted.every((w) => role.includes(w)) && !role.some((w) => QUALIFIERS.has(w) && !wanted.includes(w))) return c;
  }
  return null;
}

const ARTICLES = new Set(['the', 'this', 'that']);

/**
 * `The company said` after `Kestrel Mills Ltd`: the organisation named most recently, for a generic body
 * noun that matched no name.
 */
export function lastNamedBody(at: number, candidates: readonly Candidate[]): Candidate | null {
  const { from, end } = recentRange(candidates, at);
  for (let i = end - 1; i >= from; i--) {
    const c = candidates[i]!;
    if (c.entity !== null && c.kind === 'organisation' && c.kindKnown) return c;
  }
  return null;
}

/** Words that make a different office of the same noun: a deputy minister is not the minister. */
const QUALIFIERS = new Set(['deputy', 'vice', 'shadow', 'former', 'ex', 'assistant', 'junior', 'acting', 'interim', 'co']);

function words(s: string): string[] {
  return s.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
}

/**
 * `the striker`, `the 74-year-old comedian` with no role to match: the person the article has named
 * most often so far (the most recent of them on a tie), as news copy refers to its subject this way.
 */
export function mostMentionedPerson(at: number, candidates: readonly Candidate[]): Candidate | null {
  const counts = new Map<number, { n: number; last: Candidate }>();
  const { from, end } = recentRange(candidates, at);
  for (let i = from; i < end; i++) {
    const c = candidates[i]!;
    if (c.entity === null || c.kind !== 'person' || !c.kindKnown) continue;
    const seen = counts.get(c.entity);
    counts.set(c.entity, { n: (seen?.n ?? 0) + 1, last: c });
  }
  let best: { n: number; last: Candidate } | null = null;
  for (const v of counts.values()) if (!best || v.n > best.n || (v.n === best.n && v.last.at > best.last.at)) best = v;
  return best?.last ?? null;
}
