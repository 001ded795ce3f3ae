/**
 * One test per common news layout: fixtures/layouts/<case>/input.txt with its expected.yaml (the same
 * gold format as test/seeds-expected). Matching follows the reference scorer (test/support/score.ts):
 * a prediction hits a gold item when their overlap covers half of the shorter span.
 *
 * Per case:
 * - each direct or mixed item is found with a speaker whose name contains its key (or an ORG alias);
 * - each scare item is found as `type: scare` with no speaker, and nothing gives it one;
 * - each unattributed item, if found, has no speaker;
 * - each indirect item is found as a claim with a speaker whose name contains its key (or an ORG
 *   alias), unless the item is marked `known_gap: true` (a documented miss, with a comment saying why);
 * - no non-scare quote lies outside every expected non-scare item (no invented quotes);
 * - every quote and claim stays inside one paragraph, reproduces its span, and says which rule made it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import type { ArticleResult } from '../src/index.js';
import { hits, loadGold, placeGold, placeRecords, recordsOf, scoreArticles, speakerName, speakerOk } from './support/score.js';
import type { GoldFile, PlacedGold, PredRecord, Range } from './support/score.js';

const layoutsDir = new URL('../fixtures/layouts/', import.meta.url);
const cases = readdirSync(layoutsDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

type Placed = [PredRecord, Range | null];

const show = (s: string): string => JSON.stringify(s.length > 70 ? `${s.slice(0, 67)}...` : s);
const speakers = (found: readonly Placed[]): string =>
  found.length ? found.map(([r]) => `${String(r['type'])}:${speakerName(r) ?? 'null'}`).join(', ') : 'nothing';

/** A gold item the current implementation is known to miss; its YAML comment says why. */
const knownGap = (it: PlacedGold): boolean => 'known_gap' in it && it.known_gap === true;

/** What is wrong with one gold item's predictions (quotes, or claims for indirect items), or null. */
function checkItem(it: PlacedGold, recs: readonly Placed[], claims: readonly Placed[]): string | null {
  if (it.type === 'indirect') {
    if (knownGap(it)) return null;
    const found = claims.filter(([, sp]) => sp !== null && hits(sp, it.span));
    if (found.some(([r]) => speakerOk(it.key, speakerName(r)))) return null;
    return `[indirect] ${show(it.text)}: want a claim by a speaker with ${JSON.stringify(it.key)}, got ${speakers(found)}`;
  }
  const found = recs.filter(([, sp]) => sp !== null && hits(sp, it.span));
  const want = `[${it.type}] ${show(it.text)}`;
  switch (it.type) {
    case 'direct':
    case 'mixed':
      if (found.some(([r]) => speakerOk(it.key, speakerName(r)))) return null;
      return `${want}: want a speaker with ${JSON.stringify(it.key)}, got ${speakers(found)}`;
    case 'scare': {
      const asScare = found.some(([r]) => r['type'] === 'scare' && r['speaker'] === null);
      const named = found.filter(([r]) => speakerName(r) !== null);
      if (asScare && named.length === 0) return null;
      return `${want}: want type scare with speaker null, got ${speakers(found)}`;
    }
    case 'unattributed': {
      const named = found.filter(([r]) => speakerName(r) !== null);
      return named.length ? `${want}: want no speaker, got ${speakers(named)}` : null;
    }
    default:
      return null;
  }
}

/**
 * Non-scare quotes that lie outside every expected quote. Stricter than the scorer in one way: a quote
 * that only overlaps a scare item (a whole sentence around a scare word, say) counts as invented.
 */
function checkInvented(golds: readonly PlacedGold[], recs: readonly Placed[]): string[] {
  const quotes = golds.filter((g) => g.type !== 'scare');
  return recs
    .filter(([r]) => r['type'] !== 'scare')
    .filter(([, sp]) => sp === null || !quotes.some((g) => hits(sp, g.span)))
    .map(([r]) => `invented ${String(r['type'])} quote (speaker ${speakerName(r) ?? 'null'}): ${show(r.text)}`);
}

/** Invariants of the result model, per quote and per claim. */
function checkShape(source: string, result: ArticleResult): string[] {
  const out: string[] = [];
  for (const q of [...result.quotes, ...result.claims]) {
    const where = `${q.id} ${show(q.text)}`;
    if (q.text !== source.slice(q.start, q.end)) out.push(`${where}: text is not source.slice(${q.start}, ${q.end})`);
    if (/[\r\n]/.test(q.text)) out.push(`${where}: runs past the end of its paragraph`);
    if (!(q.confidence >= 0 && q.confidence <= 1)) out.push(`${where}: confidence ${q.confidence}`);
    if (!/\S/.test(q.rule)) out.push(`${where}: no rule`);
  }
  return out;
}

function checkCase(source: string, gold: GoldFile, result: ArticleResult): string[] {
  const golds = placeGold(gold, source);
  const recs = placeRecords(source, recordsOf({ quotes: result.quotes }));
  const claims = placeRecords(source, recordsOf({ claims: result.claims }));
  const itemProblems = golds.map((it) => checkItem(it, recs, claims)).filter((p): p is string => p !== null);
  return [...itemProblems, ...checkInvented(golds, recs), ...checkShape(source, result)];
}

/** The scorer's miss lines and what the extractor found, for the failure message. */
function explain(source: string, gold: GoldFile, result: ArticleResult): string {
  const { misses } = scoreArticles([result], [gold], () => source);
  const found = [...result.quotes, ...result.claims].map(
    (q) => `  ${q.id} ${q.type} ${q.speaker?.name ?? 'null'} (${q.rule}): ${show(q.text)}`,
  );
  return ['scorer:', ...(misses.length ? misses : ['  (no misses)']), 'extracted:', ...found].join('\n');
}

describe('layouts', () => {
  it('has at least 16 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(16);
  });

  it.each(cases)('%s', (name) => {
    const dir = new URL(`${name}/`, layoutsDir);
    const source = readFileSync(new URL('input.txt', dir), 'utf8');
    const [gold, ...extra] = loadGold(dir);
    if (!gold || extra.length) throw new Error(`${name}: want exactly one expected.yaml`);
    expect(gold.file).toBe('input.txt');
    const result = extract(source, { file: gold.file });
    expect(checkCase(source, gold, result), explain(source, gold, result)).toEqual([]);
  });
});
