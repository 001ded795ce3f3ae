/**
 * How `extract check` writes its findings:
 *   text    `file:line:col: severity rule-id message`, one per line (editors and grep read it)
 *   github  workflow commands, `::error file=…,line=…,col=…,title=…::message`, which GitHub Actions
 *           shows as annotations on the pull request
 *   json    one document, `{"findings": [...], "summary": {...}}`
 * Text from articles is escaped so that it stays on its line and a terminal never acts on it.
 */
import { indentFollowingLines } from '../output/json.js';
import { escapeOneLine } from '../output/terminal.js';
import type { Finding } from './finding.js';

export const CHECK_FORMATS = ['text', 'github', 'json'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
}

/** Count one checked file's findings into the summary. */
export function tally(summary: Summary, findings: readonly Finding[]): void {
  summary.files++;
  for (const f of findings) {
    if (f.severity === 'error') summary.errors++;
    else summary.warnings++;
  }
}

/** GitHub's escaping for workflow command data and property values. */
function githubData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function githubProperty(text: string): string {
  return githubData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatFinding(f: Finding, format: Exclude<CheckFormat, 'json'>): string {
  if (format === 'github') {
    return `::${f.severity} file=${githubProperty(f.file.replace(/^\.\//, ''))},line=${f.line},col=${f.column},title=${githubProperty(f.rule)}::${githubData(escapeOneLine(f.message))}\n`;
  }
  return `${escapeOneLine(f.file)}:${f.line}:${f.column}: ${f.severity} ${f.rule} ${escapeOneLine(f.message)}\n`;
}

/**
 * A run's findings, written as they come, in strings of a few thousand findings at most: one
 * string for the millions of findings of a pathological input would be longer than V8 can make.
 * The JSON document is written the same way (and so nothing holds every finding until the end):
 * its pieces join into exactly `JSON.stringify({findings, summary}, null, 2)` and a newline.
 */
export class FindingsWriter {
  private written = 0;

  constructor(private readonly format: CheckFormat) {}

  /** What opens the output. */
  head(): string {
    return this.format === 'json' ? '{\n  "findings": [' : '';
  }

  /** One file's findings. */
  *pieces(findings: readonly Finding[]): Generator<string> {
    for (let i = 0; i < findings.length; i += FINDINGS_PER_STRING) {
      const end = Math.min(i + FINDINGS_PER_STRING, findings.length);
      let piece = '';
      for (let k = i; k < end; k++) piece += this.one(findings[k]!);
      yield piece;
    }
  }

  /** What closes the output. */
  end(summary: Summary): string {
    if (this.format !== 'json') return '';
    return `${this.written === 0 ? ']' : '\n  ]'},\n  "summary": ${indentFollowingLines(JSON.stringify(summary, null, 2), '  ')}\n}\n`;
  }

  private one(f: Finding): string {
    if (this.format !== 'json') return formatFinding(f, this.format);
    return `${this.written++ === 0 ? '\n' : ',\n'}    ${indentFollowingLines(JSON.stringify(f, null, 2), '    ')}`;
  }
}

const FINDINGS_PER_STRING = 4096;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The closing line for people, on stderr. */
export function summaryLine(s: Summary): string {
  return `${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')} in ${plural(s.files, 'file')} checked`;
}
