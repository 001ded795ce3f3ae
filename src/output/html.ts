/**
 * `--format html`: one self-contained page (no script, no external file, works from file://) for
 * people who check attributions: an index of the articles with their counts, who is quoted how
 * often (CSS bars), and each article's text with every quotation and claim highlighted where its
 * offsets say, coloured by speaker (colours are per article, with a legend). Hovering or focusing a highlight (Tab moves between them)
 * shows speaker, role, type, cue, rule, reason and confidence; quotations with no speaker and
 * low-confidence items are outlined so they stand out.
 *
 * Built from the same results as the other formats. All text from the input goes through
 * `text()` or `attribute()`, the only two escaping functions; a Content-Security-Policy allows
 * no script at all, so nothing in an article can run.
 */
import type { ArticleResult, Claim, Quote } from '../model/result.js';
import type { SourceFile } from '../model/source.js';
import type { Formatter } from './formatter.js';

/** Below this, an attribution is marked as uncertain. */
const LOW_CONFIDENCE = 0.6;
/** Distinct, readable on white, and in print. */
const PALETTE = ['#f6c85f', '#9fd3f0', '#b4e3a1', '#f4a6a6', '#c9b6f2', '#f7c39b', '#a6e3dc', '#e8b4d8', '#d7d98c', '#b7c7e8'];

const VISIBLE_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Control characters and bidi overrides shown as `\x1b`, never acted on. */
function visible(s: string): string {
  return s.replace(VISIBLE_CONTROL, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** Text content: `<`, `&` and `>` escaped, and controls made visible. */
export function text(s: string): string {
  return visible(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An attribute value, always written inside double quotes. */
export function attribute(s: string): string {
  return text(s).replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

type Item = Quote | Claim;
interface Entry {
  readonly result: ArticleResult;
  readonly source: SourceFile;
}

const isQuote = (item: Item): item is Quote => item.type !== 'indirect';

function percent(n: number, max: number): string {
  return `${max === 0 ? 0 : Math.round((n / max) * 1000) / 10}%`;
}

class Colours {
  private readonly byName = new Map<string, number>();
  of(name: string): number {
    let c = this.byName.get(name);
    if (c === undefined) {
      c = this.byName.size % PALETTE.length;
      this.byName.set(name, c);
    }
    return c;
  }
}

function describe(item: Item): string {
  const speaker = item.speaker ? `${item.speaker.name}${item.speaker.role ? ` (${item.speaker.role})` : ''}` : 'no speaker';
  const lines = [
    `${isQuote(item) ? 'Quote' : 'Claim'} ${item.id} · ${item.type}`,
    `Speaker: ${speaker}`,
    ...(item.speaker ? [`Named as: “${item.speaker.mention.text}”`] : []),
    ...(item.cue ? [`Cue: “${item.cue.text}”`] : []),
    `Rule: ${item.rule} — ${item.reason}`,
    `Confidence: ${item.confidence}`,
  ];
  return lines.map((l) => `<span>${text(l)}</span>`).join('');
}

function classes(item: Item, colours: Colours): string {
  const c = [isQuote(item) ? 'quote' : 'claim', `type-${item.type}`];
  if (item.speaker) c.push(`c${colours.of(item.speaker.name)}`);
  else if (item.type !== 'scare') c.push('unattributed');
  if (item.speaker && item.confidence < LOW_CONFIDENCE) c.push('low');
  return c.join(' ');
}

/**
 * The article text cut at every item boundary. Quotations never overlap one another, nor do
 * claims, but a claim may contain a quotation: each piece is wrapped in its claim's span and then
 * its quotation's mark. The first piece of an item is focusable and carries its description.
 */
function highlighted(entry: Entry, index: number, colours: Colours): string {
  const src = entry.source.text;
  const items: Item[] = [...entry.result.quotes, ...entry.result.claims];
  const cuts = new Set([0, src.length]);
  for (const it of items) {
    cuts.add(it.start);
    cuts.add(it.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  // The items over each piece, found by a sweep: the items by start (by index among equals) join
  // the open ones as the pieces reach them and leave once they end. (Filtering every item for every
  // piece took minutes for an input of a hundred thousand quotations.) Every item ends at a cut,
  // so one still open past `from` covers the whole piece.
  const byStart: number[] = [];
  for (let k = 0; k < items.length; k++) if (items[k]!.start < items[k]!.end) byStart.push(k);
  byStart.sort((a, b) => items[a]!.start - items[b]!.start || a - b);
  let next = 0;
  let open: number[] = [];
  const started = new Set<string>();
  let html = '';
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    let piece = text(src.slice(from, to));
    while (next < byStart.length && items[byStart[next]!]!.start <= from) open.push(byStart[next++]!);
    open = open.filter((k) => items[k]!.end > from);
    // In the items' own order, as the sort below keeps it among quotations and among claims.
    const covering = open.sort((a, b) => a - b).map((k) => items[k]!);
    // Quotation inside, claim outside.
    for (const it of covering.sort((a, b) => Number(isQuote(b)) - Number(isQuote(a)))) {
      const first = !started.has(it.id);
      started.add(it.id);
      const tag = isQuote(it) ? 'mark' : 'span';
      const tipId = `t${index}-${it.id}`;
      const focus = first ? ` tabindex="0" aria-describedby="${tipId}"` : '';
      const tip = first ? `<span class="tip" role="tooltip" id="${tipId}">${describe(it)}</span>` : '';
      piece = `<${tag} class="${classes(it, colours)}" data-id="${attribute(it.id)}" data-speaker="${attribute(it.speaker?.name ?? '')}"${focus}>${piece}</${tag}>${tip}`;
    }
    html += piece;
  }
  return html;
}

interface Tally {
  name: string;
  quotes: number;
  claims: number;
}

/** `colours`: the article's, for a per-article chart; null for the whole report, where colours would repeat. */
function bars(tallies: readonly Tally[], colours: Colours | null, label: string): string {
  if (tallies.length === 0) return '<p class="none">No speakers.</p>';
  const max = Math.max(...tallies.map((t) => t.quotes + t.claims));
  const rows = tallies
    .map((t) => `<li><span class="who">${colours ? `<i class="swatch c${colours.of(t.name)}"></i>` : ''}${text(t.name)}</span>` +
      `<span class="bar"><span class="q" style="width:${percent(t.quotes, max)}"></span><span class="cl" style="width:${percent(t.claims, max)}"></span></span>` +
      `<span class="n">${t.quotes} quote${t.quotes === 1 ? '' : 's'}, ${t.claims} claim${t.claims === 1 ? '' : 's'}</span></li>`)
    .join('');
  return `<ul class="bars" aria-label="${attribute(label)}">${rows}</ul>`;
}

function unattributed(r: ArticleResult): number {
  return r.quotes.filter((q) => q.type !== 'scare' && q.speaker === null).length;
}

/** Speakers over all articles, added to as each article comes: most quoted first. */
class SpeakerTallies {
  private readonly all = new Map<string, Tally>();

  add(r: ArticleResult): void {
    for (const s of r.speakers) {
      const t = this.all.get(s.name) ?? { name: s.name, quotes: 0, claims: 0 };
      t.quotes += s.quotes;
      t.claims += s.claims;
      this.all.set(s.name, t);
    }
  }

  sorted(): Tally[] {
    return [...this.all.values()].sort((a, b) => b.quotes + b.claims - (a.quotes + a.claims) || a.name.localeCompare(b.name));
  }
}

function article(entry: Entry, index: number): string {
  const r = entry.result;
  // Colours are the article's own, in the order of its speakers, so they differ within an article.
  const colours = new Colours();
  for (const s of r.speakers) colours.of(s.name);
  const legend = r.speakers.map((s) => `<li><i class="swatch c${colours.of(s.name)}"></i>${text(s.name)}${s.role ? ` <small>${text(s.role)}</small>` : ''}</li>`).join('');
  return `<article id="a${index}" aria-labelledby="h${index}">
<h2 id="h${index}">${text(r.file)}</h2>
<p class="counts">${r.quotes.length} quotes · ${r.claims.length} claims · ${unattributed(r)} unattributed · ${r.speakers.length} speakers</p>
${legend ? `<ul class="legend" aria-label="Speakers in this article">${legend}<li><i class="swatch unattributed"></i>no speaker</li></ul>` : ''}
<div class="text">${highlighted(entry, index, colours)}</div>
<h3>Who is quoted</h3>
${bars(r.speakers.map((s) => ({ name: s.name, quotes: s.quotes, claims: s.claims })), colours, `Speakers in ${r.file}`)}
</article>`;
}

const STYLE = `
:root{font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1b1b1b;background:#fff}
body{margin:0 auto;max-width:56rem;padding:1rem}
a{color:#0b57b0}
h1{font-size:1.6rem;margin:.5rem 0}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}
table{border-collapse:collapse;width:100%;font-size:.95rem}
.index{overflow-x:auto}
th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #ddd}
td.n,th.n{text-align:right}
.flag{color:#a40000;font-weight:600}
article{border-top:3px solid #333;margin-top:2rem;padding-top:.5rem}
.counts{color:#555}
.text{position:relative;white-space:pre-wrap;overflow-wrap:anywhere;background:#fafafa;border:1px solid #e4e4e4;padding:1rem;border-radius:4px}
mark{color:inherit;border-radius:2px;padding:0 1px}
mark[tabindex]:focus,span.claim[tabindex]:focus{outline:3px solid #0b57b0;outline-offset:1px}
.claim{border-bottom:3px solid #888;background:none}
mark.type-scare{background:#e6e6e6;font-style:italic}
mark.unattributed{background:#fff;outline:2px dashed #c00000;outline-offset:0}
.low{outline:2px dotted #a06000}
.tip{display:none;position:absolute;z-index:2;max-width:26rem;background:#222;color:#fff;padding:.5rem .7rem;border-radius:4px;font-size:.85rem;white-space:normal;box-shadow:0 2px 8px #0005}
.tip span{display:block}
mark:hover+.tip,mark:focus+.tip,.claim:hover+.tip,.claim:focus+.tip{display:block}
.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.3rem 1rem;font-size:.9rem}
.swatch{display:inline-block;width:.9rem;height:.9rem;border-radius:2px;vertical-align:-2px;margin-right:.3rem;border:1px solid #0002}
.swatch.unattributed{border:2px dashed #c00000}
.bars{list-style:none;padding:0;margin:.5rem 0}
.bars li{display:grid;grid-template-columns:minmax(8rem,14rem) 1fr auto;gap:.5rem;align-items:center;font-size:.9rem}
.bar{display:flex;height:.8rem;background:#f0f0f0;border-radius:2px}
.bar .q{background:#555}.bar .cl{background:#aaa}
.n{color:#555;white-space:nowrap}
${PALETTE.map((c, i) => `mark.c${i}{background:${c}}.claim.c${i}{border-bottom-color:${c}}.swatch.c${i}{background:${c}}`).join('\n')}
@media (max-width:40rem){body{padding:.5rem}.bars li{grid-template-columns:1fr;gap:0}.text{padding:.5rem}}
@media print{.skip,.tip{display:none!important}article{break-before:page}*{print-color-adjust:exact;-webkit-print-color-adjust:exact}.text{background:none;border:none;padding:0}}
`;

/**
 * The page needs every article before its index, so it is written at the end. Each article is made
 * into its HTML as it comes, and only that is kept, as UTF-8 (half the memory of the string, most
 * of whose articles hold a curly quote and so two bytes a character), with the few numbers the
 * index and the totals need: not its result and text, which took several times the memory. The
 * end is a list of pieces, never joined, so no report is too long for the longest string
 * JavaScript can make.
 */
export function createHtmlFormatter() {
  const articles: Uint8Array[] = [];
  const rows: string[] = [];
  const tallies = new SpeakerTallies();
  let quotes = 0;
  let claims = 0;
  let missing = 0;
  return {
    needsText: true,
    article(result: ArticleResult, source: SourceFile | null) {
      if (!source) throw new Error('html output needs the article text');
      const i = articles.length;
      articles.push(utf8.encode(article({ result, source }, i)));
      const none = unattributed(result);
      rows.push(`<tr><td><a href="#a${i}">${text(result.file)}</a></td><td class="n">${result.quotes.length}</td><td class="n">${result.claims.length}</td>` +
        `<td class="n${none > 0 ? ' flag' : ''}">${none}</td><td class="n">${result.speakers.length}</td></tr>`);
      tallies.add(result);
      quotes += result.quotes.length;
      claims += result.claims.length;
      missing += none;
      return '';
    },
    end() {
      const head = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Quotations and claims: ${articles.length} article${articles.length === 1 ? '' : 's'}</title>
<style>${STYLE}</style>
</head>
<body>
<a class="skip" href="#articles">Skip to the articles</a>
<header>
<h1>Quotations and claims</h1>
<p>${articles.length} articles · ${quotes} quotes · ${claims} claims · ${missing} quotes with no speaker. Hover over or Tab to a highlight for its speaker, cue, rule and confidence; dashed red outlines have no speaker, dotted ones low confidence.</p>
</header>
<nav class="index" aria-label="Articles">
<table>
<thead><tr><th>Article</th><th class="n">Quotes</th><th class="n">Claims</th><th class="n">No speaker</th><th class="n">Speakers</th></tr></thead>
<tbody>
`;
      const pieces: (string | Uint8Array)[] = [head];
      between(rows, '\n', pieces);
      pieces.push(`
</tbody>
</table>
</nav>
<section aria-labelledby="who">
<h2 id="who">Who is quoted, in all articles</h2>
${bars(tallies.sorted(), null, 'Speakers in all articles')}
</section>
<main id="articles">
`);
      between(articles, '\n', pieces);
      pieces.push(`
</main>
</body>
</html>
`);
      return pieces;
    },
  } satisfies Formatter;
}

const utf8 = new TextEncoder();

/** Append `list` to `pieces` with `separator` between its elements (a join, kept in pieces). */
function between(list: readonly (string | Uint8Array)[], separator: string, pieces: (string | Uint8Array)[]): void {
  for (let i = 0; i < list.length; i++) {
    if (i > 0) pieces.push(separator);
    pieces.push(list[i]!);
  }
}
