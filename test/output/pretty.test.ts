import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { makeSource } from '../../src/model/source.js';
import { createPrettyFormatter } from '../../src/output/pretty.js';
import { selectItems } from '../../src/output/select.js';

const TEXT = [
  '“We will reopen the pool in June,” said Ida Quell, the leisure officer.',
  '',
  'She said the repairs had cost more than planned. The report was “thin”.',
  '',
].join('\n');

function pretty(text: string, file = 'pool.txt', options = { color: false, explain: false }): string {
  const formatter = createPrettyFormatter({ color: options.color });
  return formatter.article(extract(text, { file, explain: options.explain }), makeSource(file, text)) + formatter.end();
}

describe('pretty output', () => {
  it('lists each item in text order with line:column, speaker, type, rule and confidence', () => {
    expect(pretty(TEXT)).toBe(
      [
        'pool.txt  2 quotes · 1 claim · 1 speaker',
        '  1:2    Ida Quell (the leisure officer)   direct  same-sentence 0.95',
        '         “We will reopen the pool in June,”',
        '  3:10   Ida Quell   indirect  said-that 0.68',
        '         the repairs had cost more than planned',
        '  3:66   (no speaker)   scare  no-cue 0.6',
        '         “thin”',
        '',
        '',
      ].join('\n'),
    );
  });

  it('colours only when asked, and the text stays the same', () => {
    const coloured = pretty(TEXT, 'pool.txt', { color: true, explain: false });
    expect(coloured).toContain('\x1b[');
    expect(coloured.replace(/\x1b\[[0-9;]*m/g, '')).toBe(pretty(TEXT));
    expect(pretty(TEXT)).not.toContain('\x1b');
  });

  it('never lets escape sequences or bidi controls from the article or its name reach the terminal', () => {
    const hostile = '“Stop \x1b]0;owned\x07 now \u202eevil,” said Ida Quell.\n';
    const out = pretty(hostile, 'bad\x1b[2Jname\n.txt', { color: true, explain: false });
    expect(out).toContain('\\x1b]0;owned\\x07');
    expect(out).toContain('\\u202e');
    expect(out).toContain('bad\\x1b[2Jname\\n.txt');
    expect(out.replace(/\x1b\[[0-9;]*m/g, '')).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/);
  });

  it('shows a line break inside a quotation as a space', () => {
    expect(pretty('“One line\nand the next,” said Ida Quell.\n')).toContain('“One line and the next,”');
  });

  it('--explain adds the steps under each item', () => {
    const out = pretty(TEXT, 'pool.txt', { color: false, explain: true });
    expect(out).toContain('         quote-shapes: sentence:');
    expect(out).toContain('         cue-speakers: cue “said” with the name “Ida Quell” (found by name) (0.95)');
    expect(out).toContain('         attribution: same-sentence: speech cue in the same sentence (0.95)');
  });

  it('prints partial items (--fields) without inventing what is missing', () => {
    const result = selectItems(extract(TEXT, { file: 'pool.txt' }), { types: ['direct'], speakers: [], fields: ['text'] });
    const out = createPrettyFormatter({ color: false }).article(result, makeSource('pool.txt', TEXT));
    expect(out).toBe('pool.txt  1 quote · 0 claims · 1 speaker\n\n         “We will reopen the pool in June,”\n\n');
  });
});
