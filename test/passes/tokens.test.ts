/**
 * Pass 04, tokens (src/passes/04-tokens.ts): each token's sentence, the top-level quotation it lies
 * in, and its lower-case form, which the lexicon lookups of later passes use. The lower-case form
 * is made by hand for most words: it must equal what toLowerCase gives, for words stored one byte
 * or two bytes a character (a curly quote anywhere in the text makes every word two-byte).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runUntil } from './run-until.js';

const lowers = (text: string) => runUntil(text, 'tokens').tokens.filter((t) => t.isWord).map((t) => [t.text, t.lower]);

describe('tokens', () => {
  it.each<[string, string]>([
    ['plain ASCII', 'The Smiths met McDonald and a BBC reporter in x 9 A.'],
    ['two-byte text', '“The Smiths met McDonald and a BBC reporter in x 9 A.”'],
    ['letters beyond ASCII', 'ÉCOLE Zoë İstanbul Ωmega ß naïve Ärzte O’Neill’s'],
  ])('gives each word its lower-case form: %s', (_, text) => {
    for (const [word, lower] of lowers(text)) expect(lower).toBe(word!.toLowerCase());
  });

  it('agrees with toLowerCase on random words, with and without a curly quote in the text', () => {
    const char = fc.constantFrom('a', 'z', 'A', 'Z', 'M', '0', '9', 'é', 'É', 'İ', 'ß', '’', "'", '-');
    const word = fc.array(char, { minLength: 1, maxLength: 8 }).map((cs) => cs.join(''));
    fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), fc.boolean(), (words, curly) => {
      const text = curly ? `“${words.join(' ')}”` : words.join(' ');
      for (const [w, lower] of lowers(text)) expect(lower).toBe(w!.toLowerCase());
    }), { numRuns: 500 });
  });

  it('marks each token with its sentence and the quotation it lies in', () => {
    const doc = runUntil('He said “Yes.” Then he left.', 'tokens');
    expect(doc.tokens.map((t) => `${t.text}:${t.sentence}:${t.quote ?? '-'}`)).toEqual(
      ['He:0:-', 'said:0:-', '“:0:0', 'Yes:0:0', '.:0:0', '”:0:0', 'Then:1:-', 'he:1:-', 'left:1:-', '.:1:-'],
    );
  });
});
