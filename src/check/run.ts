/** Apply the rules to one extracted article: findings at their line and column, in text order. */
import { lineColumn } from '../model/source.js';
import type { Finding, RegistryEntry, RuleLevel } from './finding.js';
import type { ArticleResult } from '../model/result.js';
import type { SourceFile } from '../model/source.js';
import { RULES } from './rules/index.js';

export function checkArticle(source: SourceFile, result: ArticleResult, levels: ReadonlyMap<string, RuleLevel>,
  registry: readonly RegistryEntry[] | null): Finding[] {
  const findings: Finding[] = [];
  RULES.forEach((rule) => {
    const level = levels.get(rule.id) ?? rule.defaultLevel;
    if (level === 'off') return;
    for (const report of rule.check({ source, result, registry })) {
      findings.push({ file: result.file, ...lineColumn(source, report.start), start: report.start, end: report.end, severity: level, rule: rule.id, message: report.message });
    }
  });
  const order = new Map(RULES.map((r, i) => [r.id, i]));
  return findings.sort((a, b) => a.start - b.start || order.get(a.rule)! - order.get(b.rule)!);
}
