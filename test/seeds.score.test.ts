/**
 * End-to-end quality on the five seed articles: run `extract` on each, score the results against the
 * reviewed annotations in test/seeds-expected with the port of the reference scorer, and hold the line.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import type { ArticleResult } from '../src/index.js';
import { loadGold, scoreArticles } from './support/score.js';
import type { Score } from './support/score.js';

const seedsDir = new URL('../seeds/', import.meta.url);
const goldDir = new URL('./seeds-expected/', import.meta.url);

const seedFiles = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const readSeed = (file: string): string => readFileSync(new URL(file, seedsDir), 'utf8');

let cached: { results: ArticleResult[]; score: Score } | undefined;

/** Extract and score every seed once, on first use, so that each test fails on its own. */
function run(): { results: ArticleResult[]; score: Score } {
  if (!cached) {
    const results = seedFiles.map((file) => extract(readSeed(file), { file }));
    cached = { results, score: scoreArticles(results, loadGold(goldDir), readSeed) };
  }
  return cached;
}

/** What a developer needs when a threshold fails: the headline figures and every miss. */
function report({ metrics: m, misses }: Score): string {
  const figures = [
    `e2e_f1 ${m.e2e_f1.toFixed(3)}`,
    `person_quote_accuracy ${m.person_quote_accuracy.toFixed(3)}`,
    `hard ${m.hard_right}`,
    `false_attributions ${m.false_attributions}`,
    `quote_recall ${m.quote_recall.toFixed(3)}`,
    `quote_precision ${m.quote_precision.toFixed(3)}`,
  ].join(', ');
  return `${figures}\n${misses.length ? misses.join('\n') : '  (no misses)'}\n`;
}

describe('seeds: scored against test/seeds-expected', () => {
  it('finds five seed articles with annotations', () => {
    expect(seedFiles).toHaveLength(5);
    expect(loadGold(goldDir).map((g) => g.file)).toEqual(seedFiles);
  });

  it('e2e_f1 >= 0.95', () => {
    const { score } = run();
    expect(score.metrics.e2e_f1, report(score)).toBeGreaterThanOrEqual(0.95);
  });

  it('every quote by a named person has the right speaker', () => {
    const { score } = run();
    expect(score.metrics.person_quote_accuracy, report(score)).toBe(1);
  });

  it('gives no speaker to a quote nobody is named for', () => {
    const { score } = run();
    expect(score.metrics.false_attributions, report(score)).toBe(0);
  });

  it('attributes every continuation quote (hard 5/5)', () => {
    const { score } = run();
    const { hard_right, hard_gold } = score.metrics.counts;
    expect(hard_gold).toBe(5);
    expect(hard_right, report(score)).toBe(hard_gold);
  });
});

describe('seeds: every quote is well formed', () => {
  it.each(seedFiles)('%s', (file) => {
    const source = readSeed(file);
    const result = run().results[seedFiles.indexOf(file)];
    expect(result?.file).toBe(file);
    for (const q of result?.quotes ?? []) {
      const where = `${q.id} [${q.start}, ${q.end})`;
      expect(q.text, `${where}: text must equal source.slice(start, end)`).toBe(source.slice(q.start, q.end));
      expect(q.confidence, `${where}: confidence`).toBeGreaterThanOrEqual(0);
      expect(q.confidence, `${where}: confidence`).toBeLessThanOrEqual(1);
      expect(q.rule, `${where}: rule`).toMatch(/\S/);
    }
  });
});
