/**
 * The internal, lossless model that the passes build up. Every span indexes `source.text`
 * (half-open, UTF-16 code units; see span.ts). Passes add to it in order (passes/index.ts).
 */
import type { SourceFile } from './source.js';
import type { Span } from './span.js';
import type { QuoteType, Severity, SpeakerKind } from './result.js';

export interface Paragraph extends Span {
  readonly index: number;
}

export interface Sentence extends Span {
  readonly index: number;
  readonly paragraph: number;
}

/** A word or punctuation mark. `quote` is the index of the top-level quotation it lies inside, if any. */
export interface Token extends Span {
  readonly text: string;
  readonly lower: string;
  readonly isWord: boolean;
  readonly sentence: number;
  readonly quote: number | null;
}

/** One contiguous stretch of quoted text inside one paragraph, without its marks. */
export interface Quotation extends Span {
  readonly index: number;
  readonly paragraph: number;
  /** From the opening mark to the closing mark (or the end of the paragraph when unclosed). */
  readonly outer: Span;
  /** Nesting depth: 0 for a top-level quotation, 1 for a quote inside it, … */
  readonly depth: number;
  readonly closed: boolean;
  /** Index of the previous part of a multi-paragraph quotation. */
  readonly continues: number | null;
  /** True when the part before was left open and one or more paragraphs sit between the two. */
  readonly afterInterjection: boolean;
}

export type CueKind = 'speech' | 'finding' | 'according';

/** A speech verb (or `according to`) outside quotation marks. */
export interface Cue extends Span {
  readonly sentence: number;
  readonly lemma: string;
  readonly kind: CueKind;
  /** Index of the cue's first and last token in doc.tokens. */
  readonly firstToken: number;
  readonly lastToken: number;
  /** A speech noun owned by a name (`Reed’s claim that`): it attributes quoted words, not a clause. */
  readonly nominal: boolean;
}

export type MentionKind = 'name' | 'pronoun' | 'description';

/** Words in the text that refer to a possible speaker. */
export interface Mention extends Span {
  readonly kind: MentionKind;
  readonly sentence: number;
  readonly insideQuote: boolean;
  /** For names: the name without honorifics or titles; for descriptions: the phrase; for pronouns: the pronoun. */
  readonly name: string;
  readonly speakerKind: SpeakerKind | 'group' | null;
  readonly gender: 'male' | 'female' | null;
  /** A title or apposition that says what the person is (`Thornby MP`, `portfolio holder for …`). */
  readonly role: string | null;
  /** A capitalised common word opening its sentence: kept only if it resolves to a person named elsewhere. */
  readonly doubtful: boolean;
}

/** A speaker as the article knows it: the fullest name, its kind, role and gender. */
export interface Entity {
  readonly index: number;
  readonly name: string;
  readonly kind: SpeakerKind;
  /** False for a bare capitalised word (`Acme`, `Whitcombe`) that nothing marks as a person or a body. */
  readonly kindKnown: boolean;
  readonly role: string | null;
  readonly gender: 'male' | 'female' | null;
  /** Lower-cased words of the name, for matching later short forms (`Smith` → `Jane Smith`). */
  readonly words: readonly string[];
}

/** Who speaks at a cue, once pronouns and descriptions are resolved. */
export interface CueSpeaker {
  readonly entity: number | null;
  /** The speaker's name when no entity is known (`government auditors`, `spokesperson for the firm`). */
  readonly name: string;
  readonly kind: SpeakerKind;
  readonly role: string | null;
  /** The words that name the speaker at this cue. */
  readonly mention: Span;
  readonly how: 'name' | 'pronoun' | 'description' | 'participle';
  readonly confidence: number;
  readonly reason: string;
}

/** What a quotation looks like in its sentence, before attribution decides its type. */
export type QuoteShape = 'sentence' | 'fragment' | 'label';

export interface Attribution {
  readonly quote: number;
  readonly type: QuoteType;
  readonly speaker: CueSpeaker | null;
  readonly cue: Span | null;
  readonly rule: string;
  readonly reason: string;
  readonly confidence: number;
}

/** Reported speech: the reported proposition (`start`/`end`, without source or cue) and who reports it. */
export interface Claim extends Span {
  readonly cue: number;
  readonly speaker: CueSpeaker;
  readonly rule: string;
  readonly reason: string;
  readonly confidence: number;
}

export interface DocDiagnostic extends Span {
  readonly severity: Severity;
  readonly code: string;
  readonly message: string;
}

export interface Doc {
  readonly source: SourceFile;
  paragraphs: Paragraph[];
  quotations: Quotation[];
  sentences: Sentence[];
  tokens: Token[];
  cues: Cue[];
  mentions: Mention[];
  entities: Entity[];
  /** The entity each mention resolves to (same index as `mentions`), or null. */
  mentionEntity: (number | null)[];
  /** Same index as `cues`. */
  cueSpeakers: (CueSpeaker | null)[];
  /** Same index as `quotations`. */
  quoteShapes: QuoteShape[];
  /** One per top-level quotation, in text order. */
  attributions: Attribution[];
  /** Reported speech, in text order. */
  claims: Claim[];
  diagnostics: DocDiagnostic[];
}
