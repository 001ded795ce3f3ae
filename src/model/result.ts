/**
 * The public result of extracting one article. Every `start`/`end` pair is a half-open range of
 * UTF-16 code unit offsets into the decoded article text, and `text === source.slice(start, end)`.
 */

export type QuoteType = 'direct' | 'mixed' | 'scare';
export type SpeakerKind = 'person' | 'organisation';
export type Severity = 'error' | 'warning';

export interface TextSpan {
  text: string;
  start: number;
  end: number;
}

/** One step of the reasoning behind an item (with `--explain`): which pass decided what. */
export interface ExplainStep {
  /** The pass, as listed in `src/passes/index.ts` (`quote-shapes`, `cue-speakers`, `attribution`, `claims`). */
  pass: string;
  /** What it decided, in plain words. */
  says: string;
  /** How sure that step was, where it scores itself. */
  confidence?: number;
}

export interface SpeakerRef {
  /** Canonical name for the article: the fullest form the speaker is introduced with, no honorific. */
  name: string;
  kind: SpeakerKind;
  role?: string;
  /** The words in the text that name the speaker for this item (`he`, `Mr Smith`, `the council`). */
  mention: TextSpan;
}

export interface Quote extends TextSpan {
  /** `q1`, `q2`, … in text order; stable for a given input. */
  id: string;
  type: QuoteType;
  /** For the second and later paragraphs of a multi-paragraph quotation: the id of the part before. */
  continues?: string;
  speaker: SpeakerRef | null;
  cue: TextSpan | null;
  /** Which pass decided the speaker (or the type, for scare quotes and unattributed quotes). */
  rule: string;
  reason: string;
  /** How sure the rule is, in [0, 1]. */
  confidence: number;
  /** Only with `--explain` (`explain: true`): the steps that decided the type and the speaker. */
  explain?: ExplainStep[];
}

/** Reported speech without quotation marks: the reported proposition, its source and its cue. */
export interface Claim extends TextSpan {
  /** `c1`, `c2`, … in text order. */
  id: string;
  type: 'indirect';
  speaker: SpeakerRef;
  cue: TextSpan;
  rule: string;
  reason: string;
  confidence: number;
  /** Only with `--explain` (`explain: true`): the steps that found the cue, the speaker and the clause. */
  explain?: ExplainStep[];
}

export interface Speaker {
  name: string;
  kind: SpeakerKind;
  role?: string;
  quotes: number;
  claims: number;
}

export interface Diagnostic {
  severity: Severity;
  code: string;
  message: string;
  start: number;
  end: number;
  /** 1-based line and column (UTF-16 code units) of `start`, for display. */
  line: number;
  column: number;
}

export interface ArticleResult {
  /** Only with `--input ndjson`: the record's `id`, as it came. */
  id?: string | number;
  file: string;
  quotes: Quote[];
  claims: Claim[];
  speakers: Speaker[];
  diagnostics: Diagnostic[];
}
