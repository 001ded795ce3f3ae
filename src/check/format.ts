/**
 * How `extract check` writes its findings:
 *   text    `file:line:col: severity rule-id message`, one per line (editors and grep read it)
 *   github  workflow commands, `::error file=…,line=…,col=…,title=…::message`, which GitHub Actions
 *           shows as annotations on the pull request
 *   json    one document, `{"findings": [...], "summary": {...}}`
 * Text from articles is escaped so that it stays on its line and a terminal never acts on it.
 */
import { escapeOneLine } from '../output/terminal.js';
import type { Finding } from './finding.js';

export const CHECK_FORMATS = ['text', 'github', 'json'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
}

export function summarise(findings: readonly Finding[], files: number): Summary {
  const errors = findings.filter((f) => f.severity === 'error').length;
  return { files, errors, warnings: findings.length - errors };
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

export function formatJsonFindings(findings: readonly Finding[], summary: Summary): string {
  return `${JSON.stringify({ findings, summary }, null, 2)}\n`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The closing line for people, on stderr. */
export function summaryLine(s: Summary): string {
  return `${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')} in ${plural(s.files, 'file')} checked`;
}
