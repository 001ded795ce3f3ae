/**
 * In-process port of the project's reference scorer, `score.py` (kept beside the project, not in it).
 * Same metrics, same normalisation, same span matching, same ORG key table, same overlap rules, and
 * the same miss lines as `score.py --show`.
 *
 * Offsets are UTF-16 code units, as JavaScript strings and `extract` count them; score.py counts code
 * points. The two agree on any text without astral characters (emoji and the like).
 *
 * Articles are scored against the text `readArticle` returns, as is. (score.py opens articles in Python's
 * text mode, which turns `\r\n` into `\n`; give it the same text `extract` saw.)
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/** A half-open `[start, end)` range of UTF-16 offsets into an article. */
export type Range = readonly [start: number, end: number];

export interface GoldItem {
  /** `direct` | `mixed` | `indirect` | `scare` | `unattributed` */
  type: string;
  /** Verbatim in the article; its first occurrence is the intended place. */
  text: string;
  speaker: unknown;
  /** The word a correct speaker name must contain (lower case), `any`, or null for scare items. */
  key: string | null;
  hard?: unknown;
}

export interface GoldFile {
  /** The annotation file, for error messages. */
  path: string;
  /** The article's file name (a base name). */
  file: string;
  source?: unknown;
  items: GoldItem[];
}

/** One article of an extractor's output: every list of objects with a string `text` counts. */
export interface ScoredOutput {
  file: string;
  quotes?: readonly object[];
  claims?: readonly object[];
}

export interface Counts {
  g_gold: number;
  g_pred: number;
  g_tp: number;
  g_spk: number;
  q_gold: number;
  q_found: number;
  q_right: number;
  q_pred: number;
  q_pred_tp: number;
  q_pred_right: number;
  q_fp: number;
  person_gold: number;
  person_right: number;
  c_gold: number;
  c_right: number;
  c_unjudged: number;
  hard_gold: number;
  hard_right: number;
  false_attr: number;
  files: number;
}

export interface Metrics {
  files: number;
  quote_recall: number;
  quote_precision: number;
  attribution_accuracy: number;
  e2e_recall: number;
  e2e_precision: number;
  person_quote_accuracy: number;
  claim_recall: number;
  /** `right/gold`, as score.py prints it; the numbers are in `counts`. */
  hard_right: string;
  ggt_precision: number;
  ggt_recall: number;
  ggt_speaker_accuracy: number;
  false_attributions: number;
  unjudged_claims: number;
  counts: Counts;
  e2e_f1: number;
  ggt_f1: number;
}

export interface Score {
  metrics: Metrics;
  /** The lines `score.py --show` prints, one per miss, false attribution or false positive. */
  misses: string[];
}

/** A predicted record as the scorer sees it: a copy with `type` defaulted. */
export type PredRecord = Record<string, unknown> & { text: string };

// ---------------------------------------------------------------------------------------------
// Python string semantics the scorer depends on

/** Python's whitespace (`str.split()`, `str.strip()`, `re` `\s`); JS `\s` differs in a few code points. */
const PY_WS = '\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const PY_WS_RUN = new RegExp(`[${PY_WS}]+`);
const PY_WS_CHAR = new RegExp(`^[${PY_WS}]$`);

/** `s.split()` */
function pySplit(s: string): string[] {
  return s.split(PY_WS_RUN).filter((w) => w !== '');
}

/** `' '.join(s.split())` */
function squeeze(s: string): string {
  return pySplit(s).join(' ');
}

/** `s.strip(chars)`, or `s.strip()` without chars. */
function pyStrip(s: string, chars?: ReadonlySet<string>): string {
  const drop = (c: string | undefined): boolean =>
    c !== undefined && (chars ? chars.has(c) : PY_WS_CHAR.test(c));
  let a = 0;
  let b = s.length;
  while (a < b && drop(s[a])) a++;
  while (b > a && drop(s[b - 1])) b--;
  return s.slice(a, b);
}

/** `s[:n]`, counting code points as Python does. */
function pyPrefix(s: string, n: number): string {
  return Array.from(s).slice(0, n).join('');
}

/** Python truthiness, for `x or y` and `if x` on values read from YAML or JSON. */
function truthy(v: unknown): boolean {
  if (Array.isArray(v)) return v.length > 0;
  if (isDict(v)) return Object.keys(v).length > 0;
  return Boolean(v);
}

function isDict(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** `repr(v)` for the values that appear in miss lines: str, None, bool, numbers, lists of those. */
export function pyRepr(v: unknown): string {
  if (v === null || v === undefined) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return `[${v.map(pyRepr).join(', ')}]`;
  if (typeof v !== 'string') return String(v);
  const q = v.includes("'") && !v.includes('"') ? '"' : "'";
  let out = q;
  for (const c of v) {
    if (c === '\\' || c === q) out += `\\${c}`;
    else if (c === '\n') out += '\\n';
    else if (c === '\r') out += '\\r';
    else if (c === '\t') out += '\\t';
    else if (c !== ' ' && /[\p{C}\p{Z}]/u.test(c)) out += pyEscape(c.codePointAt(0) ?? 0);
    else out += c;
  }
  return out + q;
}

function pyEscape(cp: number): string {
  const hex = cp.toString(16);
  if (cp < 0x100) return `\\x${hex.padStart(2, '0')}`;
  if (cp < 0x10000) return `\\u${hex.padStart(4, '0')}`;
  return `\\U${hex.padStart(8, '0')}`;
}

// ---------------------------------------------------------------------------------------------
// Normalisation and span matching

const QUOTES: Readonly<Record<string, string>> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u00a0': ' ',
};
const TRIM: ReadonlySet<string> = new Set(' \t\n"\'.,;:!?\u2018\u2019\u201c\u201d');

/** Organisation keys that several names satisfy; any other key must be in the name itself. */
export const ORG: Readonly<Record<string, readonly string[]>> = {
  ofsted: ['ofsted', 'inspector', 'inspection', 'report'],
  council: ['council'],
};

/** Curly quotes to straight ones and no-break spaces to spaces; one character for one, so offsets hold. */
export function norm(s: string): string {
  return s.replace(/[\u2018\u2019\u201c\u201d\u00a0]/g, (c) => QUOTES[c] ?? c);
}

/** Narrow `[s, e)` past quote marks, spaces and punctuation at both ends. */
export function trimSpan(art: string, s: number, e: number): Range {
  while (s < e && TRIM.has(art[s] ?? '')) s++;
  while (e > s && TRIM.has(art[e - 1] ?? '')) e--;
  return [s, e];
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const key = (r: Range): string => `${r[0]}:${r[1]}`;

/** First occurrence of the text in the article, whitespace-insensitive, preferring unused places. */
function findLoose(artN: string, textN: string, used: ReadonlySet<string>): Range | null {
  const words = pySplit(textN).map(escapeRegExp);
  if (words.length === 0) return null;
  const pat = new RegExp(words.join(`[${PY_WS}]+`), 'g');
  const hits: Range[] = [...artN.matchAll(pat)].map((m) => [m.index, m.index + m[0].length]);
  // `used` holds trimmed spans while hits are raw matches; as in score.py, they are compared as they are.
  return hits.find((h) => !used.has(key(h))) ?? hits[0] ?? null;
}

/**
 * Where a predicted record sits in the article: its own start/end when they are in range and hold the
 * first 30 characters of its text (after normalising quotes and whitespace), else the first unused
 * loose occurrence of its text, else (a quote merged over paragraphs) its first 8 words, stretched to
 * the text's length.
 */
export function recordSpan(art: string, artN: string, rec: PredRecord, used: ReadonlySet<string>): Range | null {
  const text = rec.text;
  const s = rec['start'];
  const e = rec['end'];
  if (Number.isInteger(s) && Number.isInteger(e)) {
    const [start, end] = [s as number, e as number];
    if (0 <= start && start < end && end <= art.length) {
      const core = pyPrefix(pyStrip(norm(text), TRIM), 30);
      if (!core || squeeze(artN.slice(start, end)).includes(squeeze(core))) return trimSpan(art, start, end);
    }
  }
  const t = pyStrip(norm(text), TRIM);
  if (!t) return null;
  let h = findLoose(artN, t, used);
  if (h === null) {
    const h0 = findLoose(artN, pySplit(t).slice(0, 8).join(' '), used);
    if (h0 === null) return null;
    h = [h0[0], Math.min(art.length, h0[0] + t.length)];
  }
  return trimSpan(art, h[0], h[1]);
}

/** The speaker's name: a string, or a speaker object's `name`, `canonical` or `text`; null when blank. */
export function speakerName(rec: Record<string, unknown>): string | null {
  let sp = rec['speaker'];
  if (isDict(sp)) {
    sp = [sp['name'], sp['canonical'], sp['text']].find(truthy) ?? sp['text'];
  }
  return typeof sp === 'string' && pyStrip(sp) ? sp : null;
}

/** Whether a speaker name satisfies a gold key (`any` takes anything, even no speaker). */
export function speakerOk(goldKey: string | null, name: string | null): boolean {
  if (goldKey === 'any') return true;
  if (name === null) return false;
  const n = norm(name).toLowerCase();
  const k = String(goldKey);
  const wanted = Object.hasOwn(ORG, k) ? (ORG[k] ?? [k]) : [k];
  return wanted.some((w) => n.includes(w));
}

export function overlap(a: Range, b: Range): number {
  return Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
}

/**
 * The scorer's hit rule: the overlap covers half of the shorter span. A zero-length prediction
 * therefore hits everything, as in score.py.
 */
export function hits(pred: Range, gold: Range): boolean {
  return overlap(pred, gold) >= 0.5 * Math.min(gold[1] - gold[0], pred[1] - pred[0]);
}

/** Every list of objects with a string `text`; a record without `type` is `indirect` under a `claim…` key. */
export function recordsOf(article: object): PredRecord[] {
  const out: PredRecord[] = [];
  for (const [k, v] of Object.entries(article)) {
    if (!Array.isArray(v)) continue;
    for (const r of v as unknown[]) {
      if (!isDict(r) || typeof r['text'] !== 'string') continue;
      const rec = { ...r } as PredRecord;
      if (!('type' in rec) || rec['type'] === undefined) rec['type'] = k.startsWith('claim') ? 'indirect' : 'direct';
      out.push(rec);
    }
  }
  return out;
}

/** `str(r.get('type', '')).lower()`, for comparing with the scorer's type names. */
function typeOf(rec: Record<string, unknown>): string {
  const t = rec['type'];
  return typeof t === 'string' ? t.toLowerCase() : '';
}

// ---------------------------------------------------------------------------------------------
// Gold

/** Read every `*.yaml` annotation in a folder, in file-name order. */
export function loadGold(dir: string | URL): GoldFile[] {
  const path = typeof dir === 'string' ? dir : fileURLToPath(dir);
  return readdirSync(path)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => parseGold(join(path, f), readFileSync(join(path, f), 'utf8')));
}

/** score.py reads the annotations with PyYAML, i.e. YAML 1.1. */
export function parseGold(path: string, source: string): GoldFile {
  const doc: unknown = parse(source, { version: '1.1' });
  if (!isDict(doc) || typeof doc['file'] !== 'string' || !Array.isArray(doc['items'])) {
    throw new Error(`${path}: expected a mapping with 'file' and 'items'`);
  }
  const items = (doc['items'] as unknown[]).map((it, i): GoldItem => {
    if (!isDict(it) || typeof it['type'] !== 'string' || typeof it['text'] !== 'string') {
      throw new Error(`${path}: item ${i + 1} needs a string 'type' and 'text'`);
    }
    const k = it['key'];
    return { ...it, type: it['type'], text: it['text'], speaker: it['speaker'], key: k == null ? null : String(k) };
  });
  return { path, file: doc['file'], source: doc['source'], items };
}

export interface PlacedGold extends GoldItem {
  span: Range;
}

/** Each gold item at its first occurrence in the article, trimmed like predictions. */
export function placeGold(gd: GoldFile, art: string): PlacedGold[] {
  return gd.items.map((it) => {
    const i = art.indexOf(it.text);
    if (i < 0) throw new Error(`${gd.path}: not in ${gd.file}: ${JSON.stringify(it.text)}`);
    return { ...it, span: trimSpan(art, i, i + it.text.length) };
  });
}

/** Each record of an article with its span; each span found is used, so a repeat text finds a later place. */
export function placeRecords(art: string, records: readonly PredRecord[]): [PredRecord, Range | null][] {
  const artN = norm(art);
  const used = new Set<string>();
  return records.map((r) => {
    const sp = recordSpan(art, artN, r, used);
    if (sp) used.add(key(sp));
    return [r, sp];
  });
}

// ---------------------------------------------------------------------------------------------
// Scoring

const NOT_QUOTES = new Set(['scare', 'unattributed']);
const ORG_KEYS = new Set(['any', 'ofsted', 'council']);
const CLAIM_TYPES = new Set(['indirect', 'claim', 'reported']);

function newCounts(): Counts {
  return {
    g_gold: 0, g_pred: 0, g_tp: 0, g_spk: 0,
    q_gold: 0, q_found: 0, q_right: 0, q_pred: 0, q_pred_tp: 0, q_pred_right: 0, q_fp: 0,
    person_gold: 0, person_right: 0, c_gold: 0, c_right: 0, c_unjudged: 0, hard_gold: 0, hard_right: 0,
    false_attr: 0, files: 0,
  };
}

/** Outputs by base name of their file, as score.py groups them. */
function groupOutputs(outputs: readonly ScoredOutput[]): Map<string, PredRecord[]> {
  const byFile = new Map<string, PredRecord[]>();
  for (const a of outputs) {
    if (!isDict(a) || !truthy(a.file)) continue;
    const base = a.file.slice(a.file.lastIndexOf('/') + 1);
    byFile.set(base, [...(byFile.get(base) ?? []), ...recordsOf(a)]);
  }
  return byFile;
}

type Placed = [PredRecord, Range | null];

/** Recall side: is each gold quote or claim found, and with a right speaker? */
function scoreRecall(t: Counts, tag: string, golds: readonly PlacedGold[], recs: readonly Placed[], lines: string[]): void {
  for (const it of golds) {
    if (NOT_QUOTES.has(it.type)) continue;
    const found = recs.filter(([, sp]) => sp !== null && hits(sp, it.span));
    const right = found.some(([r]) => speakerOk(it.key, speakerName(r)));
    const said = found.map(([r]) => speakerName(r));
    if (it.type === 'indirect') {
      t.c_gold += 1;
      t.c_right += Number(right);
    } else {
      t.q_gold += 1;
      t.q_found += Number(found.length > 0);
      t.q_right += Number(right);
      if (!ORG_KEYS.has(String(it.key))) {
        t.person_gold += 1;
        t.person_right += Number(right);
      }
    }
    if (truthy(it.hard)) {
      t.hard_gold += 1;
      t.hard_right += Number(right);
    }
    if (!right) {
      const got = said.length ? pyRepr(said) : 'nothing';
      lines.push(`  MISS ${tag} [${it.type}] want ${pyRepr(it.speaker)} got ${got}: ${pyPrefix(it.text, 60)}`);
    }
  }
}

/**
 * GenderGapTracker's protocol: every quote and claim together; a gold item takes the unused prediction
 * that covers most of it, if more than 30 % of the gold span; greedy, one to one.
 */
function scoreGgt(t: Counts, golds: readonly PlacedGold[], recs: readonly Placed[]): void {
  const gItems = golds.filter((it) => !NOT_QUOTES.has(it.type));
  const gPreds = recs.filter((p): p is [PredRecord, Range] => p[1] !== null && typeOf(p[0]) !== 'scare');
  t.g_gold += gItems.length;
  t.g_pred += gPreds.length;
  const free = gPreds.map((_, j) => j);
  for (const it of gItems) {
    const gl = it.span[1] - it.span[0];
    let best: number | null = null;
    let bestScore = 0.3;
    for (const j of free) {
      const sc = gl ? overlap(gPreds[j]![1], it.span) / gl : 0;
      if (sc > bestScore) [best, bestScore] = [j, sc];
    }
    if (best === null) continue;
    free.splice(free.indexOf(best), 1);
    t.g_tp += 1;
    t.g_spk += Number(speakerOk(it.key, speakerName(gPreds[best]![0])));
  }
}

/** Precision side: judge each prediction by the gold items it overlaps. */
function scorePrecision(t: Counts, tag: string, golds: readonly PlacedGold[], recs: readonly Placed[], lines: string[]): void {
  const fp = (): void => {
    t.q_pred += 1;
    t.q_fp += 1;
  };
  for (const [r, sp] of recs) {
    const isClaim = CLAIM_TYPES.has(typeOf(r));
    if (typeOf(r) === 'scare') continue; // the tool says "nobody's words": judged only by the recall of real quotes
    if (sp === null) {
      if (!isClaim) fp();
      continue;
    }
    const over = golds.filter((it) => hits(sp, it.span));
    const real = over.filter((it) => !NOT_QUOTES.has(it.type));
    // Only over scare quotes: the tool took a scare quote for a quote; not counted either way.
    if (over.some((it) => it.type === 'scare') && real.length === 0) continue;
    // Over a quote nobody is named for: a speaker is a false attribution, no speaker is not counted.
    // This wins even when the prediction also overlaps a real quote.
    if (over.some((it) => it.type === 'unattributed')) {
      const name = speakerName(r);
      if (name !== null) {
        t.false_attr += 1;
        fp();
        lines.push(`  FALSE-ATTR ${tag} ${pyRepr(name)}: ${pyPrefix(r.text, 60)}`);
      }
      continue;
    }
    if (real.length === 0) {
      if (isClaim) t.c_unjudged += 1;
      else {
        fp();
        lines.push(`  FP ${tag} ${pyRepr(speakerName(r))}: ${pyPrefix(r.text, 60)}`);
      }
      continue;
    }
    if (isClaim && real.every((it) => it.type === 'indirect')) continue; // claims are judged by recall only
    t.q_pred += 1;
    t.q_pred_tp += 1;
    t.q_pred_right += Number(real.some((it) => speakerOk(it.key, speakerName(r))));
  }
}

const ratio = (a: number, b: number): number => (b ? a / b : 0);
const f1 = (p: number, r: number): number => (p + r ? (2 * p * r) / (p + r) : 0);

function metricsOf(t: Counts): Metrics {
  const m = {
    files: t.files,
    quote_recall: ratio(t.q_found, t.q_gold),
    quote_precision: ratio(t.q_pred_tp, t.q_pred),
    attribution_accuracy: ratio(t.q_right, t.q_found),
    e2e_recall: ratio(t.q_right, t.q_gold),
    e2e_precision: ratio(t.q_pred_right, t.q_pred),
    person_quote_accuracy: ratio(t.person_right, t.person_gold),
    claim_recall: ratio(t.c_right, t.c_gold),
    hard_right: `${t.hard_right}/${t.hard_gold}`,
    ggt_precision: ratio(t.g_tp, t.g_pred),
    ggt_recall: ratio(t.g_tp, t.g_gold),
    ggt_speaker_accuracy: ratio(t.g_spk, t.g_tp),
    false_attributions: t.false_attr,
    unjudged_claims: t.c_unjudged,
    counts: t,
  };
  return { ...m, e2e_f1: f1(m.e2e_precision, m.e2e_recall), ggt_f1: f1(m.ggt_precision, m.ggt_recall) };
}

/**
 * Score outputs against gold annotations, as `score.py OUTPUT GOLD_DIR ARTICLES_DIR --show` does.
 * `readArticle` gets each annotation's `file`. Outputs for files without gold are ignored.
 */
export function scoreArticles(
  outputs: readonly ScoredOutput[],
  gold: readonly GoldFile[],
  readArticle: (file: string) => string,
): Score {
  const preds = groupOutputs(outputs);
  const t = newCounts();
  const lines: string[] = [];
  for (const gd of gold) {
    const art = readArticle(gd.file);
    const tag = pyPrefix(gd.file, 3);
    t.files += 1;
    const golds = placeGold(gd, art);
    const recs = placeRecords(art, preds.get(gd.file) ?? []);
    scoreRecall(t, tag, golds, recs, lines);
    scoreGgt(t, golds, recs);
    scorePrecision(t, tag, golds, recs, lines);
  }
  return { metrics: metricsOf(t), misses: lines };
}
