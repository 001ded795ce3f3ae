/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The HTML report of the seeds in a real headless Chromium (Debian's `chromium`, driven by
 * playwright-core): every quotation of the JSON output is highlighted with its speaker, Tab
 * reaches a highlight and shows its description, and a hostile article runs no script. Saves a
 * screenshot to test/artifacts/ (not committed). Without /usr/bin/chromium the tests are skipped,
 * with a note saying how to install it; CI installs it (.ci/run).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleResult } from '../src/index.js';
import { makeTree } from './cli/fixture-tree.js';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(REPO, 'bin', 'extract.js');
const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = join(REPO, 'test', 'artifacts');
const available = existsSync(CHROMIUM);
if (!available) console.warn(`report.browser.test.ts: skipped, ${CHROMIUM} is missing (Debian: apt-get install chromium)`);

function extract(args: string[], cwd = REPO): string {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
}

let browser: Browser;
let root: string;
let cleanup: () => void = () => {};

describe.skipIf(!available)('HTML report in Chromium', () => {
  beforeAll(async () => {
    ({ root, cleanup } = makeTree());
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    cleanup();
  });

  it('highlights every quotation of the seeds with its speaker, and Tab shows a description', async () => {
    const report = join(root, 'seeds.html');
    extract(['seeds', '-f', 'html', '-o', report]);
    const articles = (JSON.parse(extract(['seeds', '-f', 'json'])) as { articles: ArticleResult[] }).articles;
    const page = await browser.newPage({ viewport: { width: 1100, height: 1500 } });
    await page.goto(pathToFileURL(report).href);

    const shown = await page.evaluate(() =>
      [...document.querySelectorAll('article')].map((a) => {
        const byId = new Map<string, { text: string; speaker: string }>();
        for (const el of a.querySelectorAll<HTMLElement>('[data-id]')) {
          const copy = el.cloneNode(true) as HTMLElement;
          copy.querySelectorAll('.tip').forEach((t) => t.remove());
          const seen = byId.get(el.dataset.id!) ?? { text: '', speaker: el.dataset.speaker! };
          seen.text += copy.textContent;
          byId.set(el.dataset.id!, seen);
        }
        return Object.fromEntries(byId);
      }),
    );
    expect(shown).toHaveLength(articles.length);
    articles.forEach((article, i) => {
      expect(article.quotes.length).toBeGreaterThan(0);
      for (const q of [...article.quotes, ...article.claims]) {
        expect(shown[i]![q.id], `${article.file} ${q.id}`).toEqual({ text: q.text, speaker: q.speaker?.name ?? '' });
      }
    });

    await page.keyboard.press('Tab'); // the skip link
    await page.keyboard.press('Tab'); // the first article in the index
    for (let k = 0; k < articles.length; k++) await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const tip = document.getElementById(el.getAttribute('aria-describedby') ?? '');
      return { id: el.dataset.id, tipShown: tip ? getComputedStyle(tip).display !== 'none' : false, tip: tip?.textContent ?? '' };
    });
    expect(focused.id).toMatch(/^[qc]\d+$/);
    expect(focused.tipShown).toBe(true);
    expect(focused.tip).toMatch(/Speaker: .*Rule: .*Confidence: /);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'report-seeds.png') });
    await page.close();
  });

  it('runs no script from an article, its file name or a speaker', async () => {
    const hostile = '<script>window.pwned = 1</script><img src=x onerror="window.pwned = 2">\n\n“<svg onload=\'window.pwned=3\'>,” said <b onmouseover="window.pwned=4">Ida Quell</b>.\n';
    writeFileSync(join(root, '<script>window.pwned=5<\\script>.txt'), hostile);
    const report = join(root, 'hostile.html');
    extract(['.', '-f', 'html', '-o', report], root);
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(pathToFileURL(report).href);
    await page.mouse.move(200, 200);
    const state = await page.evaluate(() => ({
      pwned: (window as unknown as { pwned?: number }).pwned ?? null,
      scripts: document.querySelectorAll('script, img, svg, b[onmouseover]').length,
      text: document.querySelector('.text')?.textContent ?? '',
    }));
    expect(state).toMatchObject({ pwned: null, scripts: 0 });
    expect(state.text).toContain('<script>window.pwned = 1</script>');
    expect(errors).toEqual([]);
    await page.close();
  });
});
