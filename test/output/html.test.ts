/**
 * The HTML report formatter (src/output/html.ts): hostile text is escaped wherever it lands, and
 * every quotation and claim is highlighted exactly at its offsets. The page in a real browser is
 * tested in test/report.browser.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { makeSource } from '../../src/model/source.js';
import { attribute, createHtmlFormatter, text } from '../../src/output/html.js';

function report(articles: [file: string, body: string][]): string {
  const f = createHtmlFormatter();
  for (const [file, body] of articles) f.article(extract(body, { file }), makeSource(file, body));
  return f.end().map((piece) => (typeof piece === 'string' ? piece : new TextDecoder().decode(piece))).join('');
}

/** The text inside every highlight of one item, in order, unescaped (descriptions of nested items left out). */
function highlightedText(page: string, id: string): string {
  const html = page.replace(/<span class="tip"[^>]*>(?:<span>[^<]*<\/span>)*<\/span>/g, '');
  const pieces = [...html.matchAll(new RegExp(`<(mark|span) class="[^"]*" data-id="${id}"[^>]*>(.*?)</\\1>`, 'gs'))].map((m) => m[2]!);
  return pieces
    .join('')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

const HOSTILE = [
  '<script>alert(1)</script> “We will <b>win</b></style>,” said Ida Quell.',
  '',
  'She said the vote was "close" & the count was <i>late</i>. The rating was “poor”.',
  '',
  'Bell\u0007 and escape \u001b[31m and an override \u202eevil.',
].join('\n');

describe('html report', () => {
  it('escapes text and attributes in one place', () => {
    expect(text('<a href="x">&</a>')).toBe('&lt;a href="x"&gt;&amp;&lt;/a&gt;');
    expect(attribute(`"onclick='x'`)).toBe('&quot;onclick=&#39;x&#39;');
    expect(text('a\u001b[31m \u202e')).toBe('a\\x1b[31m \\u202e');
  });

  it('no markup from the article, its file name or a speaker survives as markup', () => {
    const html = report([['<img src=x onerror=alert(1)>".txt', HOSTILE]]);
    expect(html).not.toMatch(/<script|<img|<b>|<i>|<\/style>,|onerror=alert\(1\)>/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;&quot;.txt');
    expect(html).toContain('\\x1b[31m');
    expect(html).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u202a-\u202e]/);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
  });

  it('highlights every quotation and claim exactly at its offsets, with its speaker', () => {
    const result = extract(HOSTILE, { file: 'a.txt' });
    const html = report([['a.txt', HOSTILE]]);
    const items = [...result.quotes, ...result.claims];
    expect(items.length).toBeGreaterThanOrEqual(4);
    for (const item of items) {
      expect(highlightedText(html, item.id), item.id).toBe(item.text);
      expect(html).toContain(`data-id="${item.id}" data-speaker="${attribute(item.speaker?.name ?? '')}"`);
    }
  });

  it('marks unattributed quotations and gives each item one focusable description', () => {
    const html = report([['b.txt', 'The hall was full.\n\n“Nobody saw it coming.”\n']]);
    expect(html).toMatch(/<mark class="quote type-direct unattributed" data-id="q1" data-speaker="" tabindex="0" aria-describedby="t0-q1">/);
    expect(html).toContain('<span class="tip" role="tooltip" id="t0-q1"><span>Quote q1 · direct</span><span>Speaker: no speaker</span>');
  });

  it('an empty run is still a whole page', () => {
    const html = report([]);
    expect(html).toMatch(/^<!doctype html>[\s\S]*<\/html>\n$/);
    expect(html).toContain('0 articles');
  });
});
