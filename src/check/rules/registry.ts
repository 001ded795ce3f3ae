import type { RegistryEntry, Report, Rule, RuleContext } from '../finding.js';
import { foldName } from '../names.js';

type Match = { kind: 'exact' } | { kind: 'variant'; entry: RegistryEntry } | { kind: 'none' };

function lookUp(name: string, registry: readonly RegistryEntry[]): Match {
  if (registry.some((e) => e.name === name)) return { kind: 'exact' };
  const folded = foldName(name);
  const entry = registry.find((e) => foldName(e.name) === folded || e.aliases.some((a) => a === name || foldName(a) === folded));
  return entry ? { kind: 'variant', entry } : { kind: 'none' };
}

/** Each person speaker once, at the first item that names them. */
function personSpeakers({ result }: RuleContext): { name: string; start: number; end: number }[] {
  const firsts = new Map<string, { name: string; start: number; end: number }>();
  for (const item of [...result.quotes, ...result.claims].sort((a, b) => a.start - b.start)) {
    const s = item.speaker;
    if (s && s.kind === 'person' && !firsts.has(s.name)) firsts.set(s.name, { name: s.name, start: s.mention.start, end: s.mention.end });
  }
  return [...firsts.values()];
}

function check(context: RuleContext, want: Match['kind']): Report[] {
  if (!context.registry) return [];
  const reports: Report[] = [];
  for (const speaker of personSpeakers(context)) {
    const match = lookUp(speaker.name, context.registry);
    if (match.kind !== want) continue;
    reports.push({
      start: speaker.start,
      end: speaker.end,
      message: match.kind === 'variant'
        ? `speaker “${speaker.name}” is registered as “${match.entry.name}”`
        : `speaker “${speaker.name}” is not in the speaker registry`,
    });
  }
  return reports;
}

/** With `--speakers`: a person quoted who is not in the registry (organisations are not checked). */
export const unknownSpeaker: Rule = {
  id: 'unknown-speaker',
  defaultLevel: 'error',
  description: 'with a registry: a person quoted who is not in it',
  check: (context) => check(context, 'none'),
};

/** With `--speakers`: a registered person written another way (case, accents, hyphens, or a listed alias). */
export const speakerSpelling: Rule = {
  id: 'speaker-spelling',
  defaultLevel: 'error',
  description: 'with a registry: a registered person written another way than registered',
  check: (context) => check(context, 'variant'),
};
