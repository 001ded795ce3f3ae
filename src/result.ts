/** Build the public result (model/result.ts) from the finished document. */
import type { CueSpeaker, Doc } from './model/document.js';
import type { ArticleResult, Claim, Diagnostic, Quote, Speaker, SpeakerRef, TextSpan } from './model/result.js';
import { lineColumn } from './model/source.js';
import type { Span } from './model/span.js';
import type { Decoded } from './source.js';

export function toResult(doc: Doc): ArticleResult {
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
