/**
 * Canonical speakers for the article. A person is known by the fullest name the article gives
 * (`Robbie Moore` for `Moore`, `Mr Moore`, `Robbie Moore MP`); a later bare surname or honorific form
 * resolves to the person with that surname (preferring the nearest one introduced before it). Names
 * inside quotations count too: a speaker may be introduced by someone else's words.
 */
import type { Entity, Mention } from '../model/document.js';
import type { Pass } from './pass.js';

interface Draft {
  name: string;
  kind: Entity['kind'];
  kindKnown: boolean;
  role: string | null;
  gender: Entity['gender'];
  words: string[];
  firstAt: number;
}

function draft(m: Mention, words: string[]): Draft {
  const known = m.speakerKind === 'person' || m.speakerKind === 'organisation';
  return { name: m.name, kind: m.speakerKind === 'person' ? 'person' : 'organisation', kindKnown: known, role: null, gender: null, words, firstAt: m.start };
}

const wordsOf = (name: string) => name.toLowerCase().split(/\s+/).filter(Boolean);

export function buildEntities(mentions: readonly Mention[]): { entities: Entity[]; mentionEntity: (number | null)[] } {
  const drafts: Draft[] = [];
  const mentionEntity: (number | null)[] = mentions.map(() => null);
  const byFullName = new Map<string, number>();

  // Full names first (two words or more), so short forms can find them wherever they come.
  mentions.forEach((m, i) => {
    if (m.kind !== 'name' || wordsOf(m.name).length < 2) return;
    const words = wordsOf(m.name);
    const key = words.join(' ');
    let e = byFullName.get(key);
    if (e === undefined && m.speakerKind === 'person') e = findVariant(drafts, words);
    if (e === undefined) {
      e = drafts.push(draft(m, words)) - 1;
    }
    byFullName.set(key, e);
    mentionEntity[i] = e;
  });

  mentions.forEach((m, i) => {
    if (m.kind !== 'name' || mentionEntity[i] !== null) return;
    const word = wordsOf(m.name)[0]!;
    let e = nearestWithWord(drafts, word, m.start, m.speakerKind);
    if (e === undefined) {
      e = byFullName.get(word) ?? drafts.push(draft(m, [word])) - 1;
      byFullName.set(word, e);
    }
    mentionEntity[i] = e;
  });

  // Roles and genders: the first one stated wins; a titled or gendered mention decides the kind.
  mentions.forEach((m, i) => {
    const e = mentionEntity[i];
    if (e === null || e === undefined) return;
    const d = drafts[e]!;
    if (m.role && !d.role) d.role = m.role;
    if (m.gender && !d.gender) d.gender = m.gender;
    if (m.speakerKind && m.speakerKind !== 'group' && !d.kindKnown) {
      d.kind = m.speakerKind;
      d.kindKnown = true;
    }
  });

  return {
    entities: drafts.map((d, index) => ({ index, name: d.name, kind: d.kind, kindKnown: d.kindKnown, role: d.role, gender: d.gender, words: d.words })),
    mentionEntity,
  };
}

/** `Sue Duffy` and `Susan Duffy`: same surname, one given name a prefix of the other. */
function findVariant(drafts: readonly Draft[], words: readonly string[]): number | undefined {
  const i = drafts.findIndex((d) => d.kind === 'person' && d.words.length >= 2 && d.words.at(-1) === words.at(-1) &&
    (d.words[0]!.startsWith(words[0]!) || words[0]!.startsWith(d.words[0]!)));
  return i >= 0 ? i : undefined;
}

/** A bare `Moore` or `Ms England`: the person with that surname (or given name) nearest before, else after. */
function nearestWithWord(drafts: readonly Draft[], word: string, at: number, kind: Mention['speakerKind']): number | undefined {
  let best: number | undefined;
  let bestScore = Infinity;
  drafts.forEach((d, i) => {
    if (d.words.length < 2 || (kind === 'organisation' && d.kind === 'person')) return;
    const surname = d.words.at(-1) === word;
    const given = d.kind === 'person' && d.words[0] === word;
    if (!surname && !given) return;
    // Prefer surnames over given names, and names introduced before the mention.
    const score = (surname ? 0 : 1e9) + (d.firstAt <= at ? at - d.firstAt : 1e6 + d.firstAt - at);
    if (score < bestScore) { bestScore = score; best = i; }
  });
  return best;
}

export const entitiesPass: Pass = {
  name: 'entities',
  run: (doc) => buildEntities(doc.mentions),
};
