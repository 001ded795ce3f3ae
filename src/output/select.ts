/**
 * The filters for the common questions, applied to each article before it is formatted:
 *   --types direct,mixed   which kinds of item (quote types; `indirect` means the claims)
 *   --speaker NAME         whose items ("what did Quell say?")
 *   --fields text,speaker  which fields of each quote and claim
 * An article is always kept, with what is left of its items, so every input still has its record.
 * `speakers` then counts only the items kept.
 */
import type { ArticleResult, Claim, Quote, Speaker, SpeakerRef } from '../model/result.js';

export const ITEM_TYPES = ['direct', 'mixed', 'scare', 'indirect'] as const;
export type ItemType = (typeof ITEM_TYPES)[number];

export const ITEM_FIELDS = [
  'id', 'type', 'text', 'start', 'end', 'continues', 'speaker', 'cue', 'rule', 'reason', 'confidence', 'explain',
] as const satisfies readonly (keyof Quote & keyof Claim | 'continues')[];
export type ItemField = (typeof ITEM_FIELDS)[number];

export interface Selection {
  readonly types: readonly ItemType[] | null;
  readonly speakers: readonly string[];
  readonly fields: readonly ItemField[] | null;
}

export function isEverything(selection: Selection): boolean {
  return selection.types === null && selection.speakers.length === 0 && selection.fields === null;
}

/** Lower case, no diacritics, words only: `Dr Siân O'Neill` → `dr sian o neill`. */
function words(name: string): string[] {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Every word of one of the queries is a word of the name. */
function speakerMatcher(queries: readonly string[]): (ref: SpeakerRef | null) => boolean {
  const wanted = queries.map(words).filter((w) => w.length > 0);
  return (ref) => {
    if (!ref) return false;
    const have = new Set(words(ref.name));
    return wanted.some((query) => query.every((w) => have.has(w)));
  };
}

function project<T extends object>(item: T, fields: readonly ItemField[]): Partial<T> {
  const kept: Record<string, unknown> = {};
  for (const field of fields) if (field in item) kept[field] = (item as Record<string, unknown>)[field];
  return kept as Partial<T>;
}

/** The speakers of the kept items, in the article's order, counted again. */
function recount(speakers: readonly Speaker[], quotes: readonly Quote[], claims: readonly Claim[]): Speaker[] {
  const counts = new Map<string, { quotes: number; claims: number }>();
  const bump = (ref: SpeakerRef | null, what: 'quotes' | 'claims'): void => {
    if (!ref) return;
    const key = ref.name.toLowerCase();
    const c = counts.get(key) ?? { quotes: 0, claims: 0 };
    c[what]++;
    counts.set(key, c);
  };
  for (const q of quotes) bump(q.speaker, 'quotes');
  for (const c of claims) bump(c.speaker, 'claims');
  return speakers.flatMap((s) => {
    const c = counts.get(s.name.toLowerCase());
    return c ? [{ ...s, ...c }] : [];
  });
}

export function selectItems(result: ArticleResult, selection: Selection): ArticleResult {
  if (isEverything(selection)) return result;
  const types = selection.types;
  const bySpeaker = selection.speakers.length > 0 ? speakerMatcher(selection.speakers) : () => true;
  const quotes = result.quotes.filter((q) => (types === null || types.includes(q.type)) && bySpeaker(q.speaker));
  const claims = result.claims.filter((c) => (types === null || types.includes('indirect')) && bySpeaker(c.speaker));
  const speakers = quotes.length === result.quotes.length && claims.length === result.claims.length ? result.speakers : recount(result.speakers, quotes, claims);
  const fields = selection.fields;
  return {
    ...result,
    // A projection drops fields the types require: the result is then a partial item.
    quotes: fields ? (quotes.map((q) => project(q, fields)) as Quote[]) : quotes,
    claims: fields ? (claims.map((c) => project(c, fields)) as Claim[]) : claims,
    speakers,
  };
}
