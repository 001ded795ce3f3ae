/**
 * The check rules (src/check/rules/), through the real extractor: each row is an invented article
 * and the findings expected, as `line:col rule message-fragment`.
 */
import { describe, expect, it } from 'vitest';
import type { RegistryEntry, RuleLevel } from '../../src/check/finding.js';
import { checkArticle } from '../../src/check/run.js';
import { extract } from '../../src/index.js';
import { makeSource } from '../../src/model/source.js';

function findings(text: string, options: { registry?: RegistryEntry[]; levels?: Record<string, RuleLevel> } = {}): string[] {
  const source = makeSource('a.txt', text);
  const levels = new Map(Object.entries(options.levels ?? {}));
  return checkArticle(source, extract(text, { file: 'a.txt' }), levels, options.registry ?? null).map(
    (f) => `${f.line}:${f.column} ${f.severity} ${f.rule} ${f.message}`,
  );
}

describe('check rules', () => {
  it.each<[string, string, string[]]>([
    ['a clean article has no findings', '“We will win,” said Ida Quell.\n\nShe said the vote was close.\n', []],
    ['a quotation nobody is named for', 'The hall was full.\n\n“Nobody saw it coming.”\n', ['3:2 error unattributed-quote quotation “Nobody saw it coming.” has no speaker']],
    ['a scare quote is not a missing speaker', 'The school was rated “inadequate”.\n', []],
    ['a quote mark never closed', '“We will win, said Ida Quell.\n\nThe vote is on Monday.\n', [
      '1:1 error unbalanced-quote quote mark “ is not closed at the end of its paragraph, and the next paragraph does not continue it',
      '1:2 error unattributed-quote quotation “We will win, said Ida Quell.” has no speaker', // its text runs to the paragraph's end
    ]],
    ['a short given name beside the full one', '“We will win,” said Susan Harlow.\n\nSue Harlow said the vote was close.\n', ['3:1 error inconsistent-speaker “Sue Harlow” is written “Susan Harlow” elsewhere in the article']],
    ['a surname spelt two ways', '“Fine,” said Ian Macdonald.\n\nMr MacDonald said no.\n', ['3:4 error inconsistent-speaker “MacDonald” is written “Macdonald” elsewhere in the article']],
    ['two speakers each written two ways, one a possessive', '“Fine,” said Ian Macdonald.\n\n“Yes,” said Susan Harlow.\n\nSue Harlow and Mr MacDonald’s aide agreed.\n', [
      '5:1 error inconsistent-speaker “Sue Harlow” is written “Susan Harlow” elsewhere in the article',
      '5:19 error inconsistent-speaker “MacDonald” is written “Macdonald” elsewhere in the article',
    ]],
    ['two people with one surname are not one person written two ways', '“Fine,” said Tom Harlow.\n\n“No,” said Ann Harlow.\n', []],
  ])('%s', (_d, text, expected) => {
    expect(findings(text)).toEqual(expected);
  });

  it('levels: a rule can be a warning or off', () => {
    const text = 'The hall was full.\n\n“Nobody saw it coming.”\n';
    expect(findings(text, { levels: { 'unattributed-quote': 'warning' } })).toEqual(['3:2 warning unattributed-quote quotation “Nobody saw it coming.” has no speaker']);
    expect(findings(text, { levels: { 'unattributed-quote': 'off' } })).toEqual([]);
  });

  it('registry: unknown people and other spellings of registered ones; organisations are not checked', () => {
    const registry: RegistryEntry[] = [{ name: 'Ida Quell', aliases: [] }, { name: 'Piet Brandt', aliases: ['Peter Brandt'] }];
    const text = '“Yes,” said Ida Quell.\n\n“No,” said Peter Brandt.\n\n“Maybe,” said Siân Lowe.\n\n“Never,” said IDA QUELL’S spokesman.\n\nThe council said it would wait.\n';
    expect(findings(text, { registry })).toEqual([
      '3:12 error speaker-spelling speaker “Peter Brandt” is registered as “Piet Brandt”',
      '5:15 error unknown-speaker speaker “Siân Lowe” is not in the speaker registry',
    ]);
    expect(findings('“Yes,” said Ida Quell.\n', { registry: [{ name: 'ida quell', aliases: [] }] })).toEqual([
      '1:13 error speaker-spelling speaker “Ida Quell” is registered as “ida quell”',
    ]);
  });
});
