/** Build the public result (model/result.ts) from the finished document. */
import type { Attribution, Claim as DocClaim, CueSpeaker, Doc, QuoteShape } from './model/document.js';
import type { ArticleResult, Claim, Diagnostic, ExplainStep, Quote, Speaker, SpeakerRef, TextSpan } from './model/result.js';
import { lineColumn } from './model/source.js';
import type { Span } from './model/span.js';
import type { Decoded } from './source.js';

export interface ResultOptions {
  /** Add each item's `explain` steps. */
  readonly explain?: boolean;
}

const SHAPE_WORDS: Readonly<Record<QuoteShape, string>> = {
  sentence: 'a sentence of its own: it opens its sentence, follows a cue or a colon, or continues a quotation',
  fragment: "quoted words inside the writer's sentence",
  label: 'a quoted term or a crosshead, not speech',
};

function speakerStep(s: CueSpeaker): ExplainStep {
  return { pass: 'cue-speakers', says: `${s.reason} (found by ${s.how})`, confidence: s.confidence };
}

function explainQuote(doc: Doc, a: Attribution): ExplainStep[] {
  const steps: ExplainStep[] = [{ pass: 'quote-shapes', says: `${doc.quoteShapes[a.quote]}: ${SHAPE_WORDS[doc.quoteShapes[a.quote]!]}` }];
  if (a.speaker) steps.push(speakerStep(a.speaker));
  // The attribution reason usually ends with the speaker's, already the step before.
  const own = a.speaker && a.reason.endsWith(`: ${a.speaker.reason}`) ? a.reason.slice(0, -a.speaker.reason.length - 2) : a.reason;
  steps.push({ pass: 'attribution', says: `${a.rule}: ${own}`, confidence: a.confidence });
  return steps;
}

function explainClaim(c: DocClaim): ExplainStep[] {
  return [speakerStep(c.speaker), { pass: 'claims', says: `${c.rule}: ${c.reason}`, confidence: c.confidence }];
}

export function toResult(doc: Doc, options: ResultOptions = {}): ArticleResult {
  const speakers = new Map<string, Speaker>();
  // Plain loops over module-level functions, not callbacks: V8 drops a closure's optimised code at
  // each full collection once no closure of it is alive, and these would be made anew per article.
  const ids = new Map<number, string>();
  const quotes: Quote[] = [];
  for (let n = 0; n < doc.attributions.length; n++) {
    const a = doc.attributions[n]!;
    quotes.push(quoteOf(doc, a, n, ids, options));
    if (a.speaker) count(speakers, a.speaker, 'quotes');
  }
  const claims: Claim[] = [];
  for (let n = 0; n < doc.claims.length; n++) {
    const c = doc.claims[n]!;
    count(speakers, c.speaker, 'claims');
    claims.push(claimOf(doc, c, n, options));
  }
  const diagnostics: Diagnostic[] = doc.diagnostics.map((d) => ({
    severity: d.severity, code: d.code, message: d.message, start: d.start, end: d.end, ...lineColumn(doc.source, d.start),
  }));
  return { file: doc.source.path, quotes, claims, speakers: [...speakers.values()], diagnostics };
}

/**
 * Built field by field rather than with spreads: this runs for every item of every article, and
 * the order of the fields is the order of the output. `ids` maps each quotation to its id so far.
 */
function quoteOf(doc: Doc, a: Attribution, n: number, ids: Map<number, string>, options: ResultOptions): Quote {
  const text = doc.source.text;
  const q = doc.quotations[a.quote]!;
  const id = `q${n + 1}`;
  ids.set(q.index, id);
  const quote: Partial<Record<keyof Quote, unknown>> = { id, type: a.type, text: text.slice(q.start, q.end), start: q.start, end: q.end };
  if (q.continues !== null && ids.has(q.continues)) quote.continues = ids.get(q.continues)!;
  quote.speaker = a.speaker ? speakerRef(text, a.speaker) : null;
  quote.cue = a.cue ? textSpan(text, a.cue) : null;
  quote.rule = a.rule;
  quote.reason = a.reason;
  quote.confidence = a.confidence;
  if (options.explain) quote.explain = explainQuote(doc, a);
  return quote as Quote;
}

function claimOf(doc: Doc, c: DocClaim, n: number, options: ResultOptions): Claim {
  const text = doc.source.text;
  const claim: Claim = {
    id: `c${n + 1}`,
    type: 'indirect',
    text: text.slice(c.start, c.end),
    start: c.start,
    end: c.end,
    speaker: speakerRef(text, c.speaker),
    cue: textSpan(text, doc.cues[c.cue]!),
    rule: c.rule,
    reason: c.reason,
    confidence: c.confidence,
  };
  if (options.explain) claim.explain = explainClaim(c);
  return claim;
}

function textSpan(text: string, s: Span): TextSpan {
  return { text: text.slice(s.start, s.end), start: s.start, end: s.end };
}

function speakerRef(text: string, s: CueSpeaker): SpeakerRef {
  const ref: Partial<Record<keyof SpeakerRef, unknown>> = { name: s.name, kind: s.kind };
  if (s.role) ref.role = s.role;
  ref.mention = textSpan(text, s.mention);
  return ref as SpeakerRef;
}

function count(speakers: Map<string, Speaker>, s: CueSpeaker, what: 'quotes' | 'claims'): void {
  const key = s.name.toLowerCase();
  let known = speakers.get(key);
  if (!known) {
    const fresh: Partial<Record<keyof Speaker, unknown>> = { name: s.name, kind: s.kind };
    if (s.role) fresh.role = s.role;
    fresh.quotes = 0;
    fresh.claims = 0;
    known = fresh as Speaker;
    speakers.set(key, known);
  }
  known[what]++;
  if (!known.role && s.role) known.role = s.role;
}

/**
 * Add what decoding found doubtful (invalid bytes, a guessed encoding) to an article's
 * diagnostics as warnings, in text order with the extractor's own.
 */
export function withSourceWarnings(result: ArticleResult, decoded: Decoded): ArticleResult {
  if (decoded.warnings.length === 0) return result;
  const added: Diagnostic[] = decoded.warnings.map((w) => ({
    severity: 'warning', code: w.code, message: w.message, start: w.offset, end: w.offset, ...lineColumn(decoded.source, w.offset),
  }));
  const diagnostics = [...added, ...result.diagnostics].sort((a, b) => a.start - b.start);
  return { ...result, diagnostics };
}
