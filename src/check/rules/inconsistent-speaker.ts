import type { Report, Rule } from '../finding.js';
import { foldName } from '../names.js';
import { sameGivenName } from '../../nlp/names.js';

const WORD = /\p{Lu}[\p{L}\p{M}'’-]*/gu;

/**
 * One person written two ways in one article: `Sue Harlow` and `Susan Harlow` (a given name and its
 * short form, which the extractor takes for one person), or `Macdonald` and `MacDonald` (a surname
 * that differs only in case, accents or apostrophes). The first full form a speaker is introduced with
 * is the reference; every other form is reported where it occurs. Two different given names with one
 * surname (`Tom Harlow`, `Ann Harlow`) are two people and are not reported.
 */
export const inconsistentSpeaker: Rule = {
  id: 'inconsistent-speaker',
  defaultLevel: 'error',
  description: 'a speaker whose name is written two ways in one article (Sue/Susan Harlow, Macdonald/MacDonald)',
  check({ source, result }) {
    const reports: Report[] = [];
    const seen = new Set<string>();
    let words: Map<string, Occurrence[]> | null = null;
    for (const speaker of result.speakers) {
      const parts = speaker.name.split(/\s+/);
      if (speaker.kind !== 'person' || parts.length < 2) continue;
      const given = parts[0]!;
      const surname = parts.at(-1)!;
      words ??= capitalisedWords(source.text);
      for (const { word, index } of words.get(foldName(surname)) ?? []) {
        const before = /(\p{Lu}[\p{L}\p{M}'’-]*) $/u.exec(source.text.slice(Math.max(0, index - 40), index))?.[1];
        let odd: string | null = null;
        if (word !== surname) odd = word;
        else if (before && before !== given && sameGivenName(foldName(before), foldName(given))) odd = `${before} ${word}`;
        if (odd === null || seen.has(odd)) continue;
        seen.add(odd);
        const start = odd.includes(' ') ? index - before!.length - 1 : index;
        reports.push({ start, end: index + word.length, message: `“${odd}” is written “${odd.includes(' ') ? speaker.name : surname}” elsewhere in the article` });
      }
    }
    return reports;
  },
};

interface Occurrence {
  /** Without a possessive `’s`. */
  readonly word: string;
  readonly index: number;
}

/**
 * The text's capitalised words by folded form, each list in text order. One scan serves every
 * speaker, and each spelling is folded once (folding every word again for each speaker was most
 * of the time `extract check` took).
 */
function capitalisedWords(text: string): Map<string, Occurrence[]> {
  const byFold = new Map<string, Occurrence[]>();
  const folded = new Map<string, string>();
  for (const match of text.matchAll(WORD)) {
    const word = match[0].replace(/['’]s$/u, '');
    let fold = folded.get(word);
    if (fold === undefined) folded.set(word, (fold = foldName(word)));
    const list = byFold.get(fold);
    if (list) list.push({ word, index: match.index });
    else byFold.set(fold, [{ word, index: match.index }]);
  }
  return byFold;
}
