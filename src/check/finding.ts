/**
 * What `extract check` reports: a finding is one problem at one place in one article, with the
 * rule that found it and its severity (set per rule by the configuration).
 */
import type { ArticleResult } from '../model/result.js';
import type { SourceFile } from '../model/source.js';

export type Severity = 'error' | 'warning';
/** `off` switches a rule off. */
export type RuleLevel = Severity | 'off';

export interface Finding {
  readonly file: string;
  /** 1-based; the column counts UTF-16 code units. */
  readonly line: number;
  readonly column: number;
  /** UTF-16 offsets into the article, end exclusive. */
  readonly start: number;
  readonly end: number;
  readonly severity: Severity;
  readonly rule: string;
  readonly message: string;
}

/** A registered speaker: the spelling to use and other forms that mean the same person. */
export interface RegistryEntry {
  readonly name: string;
  readonly aliases: readonly string[];
}

export interface RuleContext {
  readonly source: SourceFile;
  readonly result: ArticleResult;
  /** null when no registry was given. */
  readonly registry: readonly RegistryEntry[] | null;
}

/** A rule's report before severity and position are added. */
export interface Report {
  readonly start: number;
  readonly end: number;
  readonly message: string;
}

export interface Rule {
  readonly id: string;
  readonly defaultLevel: RuleLevel;
  /** One line for `extract check --help` and the README. */
  readonly description: string;
  check(context: RuleContext): Report[];
}
