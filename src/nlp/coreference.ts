/**
 * Resolve a pronoun or a description to a speaker mentioned earlier in the article.
 *
 * Candidates are the speakers of earlier cues and the names outside quotations, searched backwards
 * sentence by sentence (at most `WINDOW` sentences); within a sentence, a speaker of a cue beats a
 * name that is merely mentioned, and the nearest wins. `he`/`she` need a person of a compatible
 * gender, `it` a body, `they` a group or a body.
 */
import type { Entity } from '../model/document.js';

export interface Candidate {
  readonly at: number;
  readonly sentence: number;
  readonly entity: number | null;
  /** For unnamed speakers (descriptions): their name and kind. */
  readonly name: string;
  readonly kind: 'person' | 'organisation' | 'group';
  readonly gender: 'male' | 'female' | null;
  readonly kindKnown: boolean;
  readonly isSpeaker: boolean;
}

const WINDOW = 6;

export function resolvePronoun(pronoun: string, at: number, sentence: number, candidates: readonly Candidate[]): Candidate | null {
  let best: Candidate | null = null;
  for (let i = candidates.length - 1; i >= 0; i--) {
    const c = candidates[i]!;
    if (c.at >= at) continue;
    if (c.sentence < sentence - WINDOW) break;
    if (!compatible(pronoun, c)) continue;
    if (!best) { best = c; continue; }
    if (c.sentence !== best.sentence) break;
    if (c.isSpeaker && !best.isSpeaker) best = c;
  }
  return best;
}

function compatible(pronoun: string, c: Candidate): boolean {
  switch (pronoun) {
    case 'he':
      return (c.kind === 'person' || !c.kindKnown) && c.gender !== 'female';
    case 'she':
      return (c.kind === 'person' || !c.kindKnown) && c.gender !== 'male';
    case 'it':
      return c.kind === 'organisation' || (!c.kindKnown && c.kind !== 'group');
    case 'they':
      return c.kind === 'group' || c.kind === 'organisation';
    default:
      return false;
  }
}

/**
 * `the MP`, `the council`, `the prime minister`: an entity whose role or name contains the head noun,
 * nearest before `at`; null when none does.
 */
export function resolveDefiniteDescription(head: string, at: number, entities: readonly Entity[], candidates: readonly Candidate[]): Candidate | null {
  for (let i = candidates.length - 1; i >= 0; i--) {
    const c = candidates[i]!;
    if (c.at >= at || c.entity === null) continue;
    const e = entities[c.entity]!;
    const roleWords = (e.role ?? '').toLowerCase().split(/[^\p{L}]+/u);
    if (roleWords.includes(head) || e.words.includes(head)) return c;
  }
  return null;
}
