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
    for (const speaker of result.speakers) {
      const words = speaker.name.split(/\s+/);
      if (speaker.kind !== 'person' || words.length < 2) continue;
      const given = words[0]!;
      const surname = words.at(-1)!;
      for (const match of source.text.matchAll(WORD)) {
        const word = match[0].replace(/['’]s$/u, '');
        if (foldName(word) !== foldName(surname)) continue;
        const before = /(\p{Lu}[\p{L}\p{M}'’-]*) $/u.exec(source.text.slice(Math.max(0, match.index - 40), match.index))?.[1];
        let odd: string | null = null;
        if (word !== surname) odd = word;
        else if (before && before !== given && sameGivenName(foldName(before), foldName(given))) odd = `${before} ${word}`;
        if (odd === null || seen.has(odd)) continue;
        seen.add(odd);
        const start = odd.includes(' ') ? match.index - before!.length - 1 : match.index;
        reports.push({ start, end: match.index + word.length, message: `“${odd}” is written “${odd.includes(' ') ? speaker.name : surname}” elsewhere in the article` });
      }
    }
    return reports;
  },
};
