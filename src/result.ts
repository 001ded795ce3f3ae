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

  const quotes: Quote[] = doc.attributions.map((a, n) => {
    const q = doc.quotations[a.quote]!;
    const id = `q${n + 1}`;
    ids.set(q.index, id);
    const quote: Quote = {
      id,
      type: a.type,
      ...textSpan(q),
      ...(q.continues !== null && ids.has(q.continues) ? { continues: ids.get(q.continues)! } : {}),
      speaker: a.speaker ? speakerRef(a.speaker, textSpan) : null,
      cue: a.cue ? textSpan(a.cue) : null,
      rule: a.rule,
      reason: a.reason,
      confidence: a.confidence,
      ...(options.explain ? { explain: explainQuote(doc, a) } : {}),
    };
    if (a.speaker) count(speakers, a.speaker, 'quotes');
    return quote;
  });

  const claims: Claim[] = doc.claims.map((c, n) => {
    count(speakers, c.speaker, 'claims');
    return {
      id: `c${n + 1}`,
      type: 'indirect',
      ...textSpan(c),
      speaker: speakerRef(c.speaker, textSpan),
      cue: textSpan(doc.cues[c.cue]!),
      rule: c.rule,
      reason: c.reason,
      confidence: c.confidence,
      ...(options.explain ? { explain: explainClaim(c) } : {}),
    };
  });

  const diagnostics: Diagnostic[] = doc.diagnostics.map((d) => ({
    severity: d.severity, code: d.code, message: d.message, start: d.start, end: d.end, ...lineColumn(doc.source, d.start),
  }));
  return { file: doc.source.path, quotes, claims, speakers: [...speakers.values()], diagnostics };
}

function speakerRef(s: CueSpeaker, textSpan: (s: Span) => TextSpan): SpeakerRef {
  return { name: s.name, kind: s.kind, ...(s.role ? { role: s.role } : {}), mention: textSpan(s.mention) };
}

function count(speakers: Map<string, Speaker>, s: CueSpeaker, what: 'quotes' | 'claims'): void {
  const key = s.name.toLowerCase();
  let known = speakers.get(key);
  if (!known) {
    known = { name: s.name, kind: s.kind, ...(s.role ? { role: s.role } : {}), quotes: 0, claims: 0 };
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
