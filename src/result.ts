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
  const text = doc.source.text;
  const textSpan = (s: Span): TextSpan => ({ text: text.slice(s.start, s.end), start: s.start, end: s.end });
  const ids = new Map<number, string>();
  const speakers = new Map<string, Speaker>();

  // Built field by field rather than with spreads: this runs for every item of every article, and
  // the order of the fields is the order of the output.
  const quotes: Quote[] = doc.attributions.map((a, n) => {
    const q = doc.quotations[a.quote]!;
    const id = `q${n + 1}`;
    ids.set(q.index, id);
    const quote: Partial<Record<keyof Quote, unknown>> = { id, type: a.type, text: text.slice(q.start, q.end), start: q.start, end: q.end };
    if (q.continues !== null && ids.has(q.continues)) quote.continues = ids.get(q.continues)!;
    quote.speaker = a.speaker ? speakerRef(a.speaker, textSpan) : null;
    quote.cue = a.cue ? textSpan(a.cue) : null;
    quote.rule = a.rule;
    quote.reason = a.reason;
    quote.confidence = a.confidence;
    if (options.explain) quote.explain = explainQuote(doc, a);
    if (a.speaker) count(speakers, a.speaker, 'quotes');
    return quote as Quote;
  });

  const claims: Claim[] = doc.claims.map((c, n) => {
    count(speakers, c.speaker, 'claims');
    const claim: Claim = {
      id: `c${n + 1}`,
      type: 'indirect',
      text: text.slice(c.start, c.end),
      start: c.start,
      end: c.end,
      speaker: speakerRef(c.speaker, textSpan),
      cue: textSpan(doc.cues[c.cue]!),
      rule: c.rule,
      reason: c.reason,
      confidence: c.confidence,
    };
    if (options.explain) claim.explain = explainClaim(c);
    return claim;
  });

  const diagnostics: Diagnostic[] = doc.diagnostics.map((d) => ({
    severity: d.severity, code: d.code, message: d.message, start: d.start, end: d.end, ...lineColumn(doc.source, d.start),
  }));
  return { file: doc.source.path, quotes, claims, speakers: [...speakers.values()], diagnostics };
}

function speakerRef(s: CueSpeaker, textSpan: (s: Span) => TextSpan): SpeakerRef {
  const ref: Partial<Record<keyof SpeakerRef, unknown>> = { name: s.name, kind: s.kind };
  if (s.role) ref.role = s.role;
  ref.mention = textSpan(s.mention);
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
