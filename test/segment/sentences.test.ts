import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/segment/sentences.js';
import type { Span } from '../../src/model/span.js';

/** Split the whole of `text`, protecting the spans between `⟦` and `⟧` markers (removed first). */
function split(marked: string): string[] {
  const { text, protectedSpans } = unmark(marked);
  return splitSentences(text, { start: 0, end: text.length }, protectedSpans).map((s) => text.slice(s.start, s.end));
}

function unmark(marked: string): { text: string; protectedSpans: Span[] } {
  let text = '';
  const protectedSpans: Span[] = [];
  let open = -1;
  for (const ch of marked) {
    if (ch === '⟦') open = text.length;
    else if (ch === '⟧') protectedSpans.push({ start: open, end: text.length });
    else text += ch;
  }
  return { text, protectedSpans };
}

describe('splitSentences', () => {
  it.each<[string, string, string[]]>([
    ['two plain sentences', 'He left. She stayed.', ['He left.', 'She stayed.']],
    ['question and exclamation', 'Why now? Because! It works.', ['Why now?', 'Because!', 'It works.']],
    ['straight quote closing after the period', 'He said "Go." Then he left.', ['He said "Go."', 'Then he left.']],
    ['curly quote closing after the period', 'He said “Go.” Then he left.', ['He said “Go.”', 'Then he left.']],
    ['single curly quote and bracket closing', 'It was ‘over.’ (Really.) Fine.', ['It was ‘over.’', '(Really.)', 'Fine.']],
    ['next sentence opens with a quote', 'He stopped. “We won,” he said.', ['He stopped.', '“We won,” he said.']],
    ['question inside a quote, lowercase attribution', '"Why?" he asked. Nobody knew.', ['"Why?" he asked.', 'Nobody knew.']],
    ['protected quotation with several sentences', '⟦“A. B. C,”⟧ he said. Next.', ['“A. B. C,” he said.', 'Next.']],
    ['protected quotation that would otherwise split', '⟦“We won. We lost,”⟧ he said. Next.', ['“We won. We lost,” he said.', 'Next.']],
    ['boundary right after a protected quote', 'She said: ⟦“Go home.”⟧ Then she left.', ['She said: “Go home.”', 'Then she left.']],
    ['titles', 'Mr. Smith met Dr. No and Mrs. Jones in St. Albans.', ['Mr. Smith met Dr. No and Mrs. Jones in St. Albans.']],
    ['more titles', 'Cllr. Ann Lee and Sen. Bob Ray spoke to Gov. Kay Ives.', ['Cllr. Ann Lee and Sen. Bob Ray spoke to Gov. Kay Ives.']],
    ['street at the end of a sentence', 'He lives on Main St. The house is old.', ['He lives on Main St.', 'The house is old.']],
    ['initials', 'J. K. Rowling wrote it. George W. Bush read it.', ['J. K. Rowling wrote it.', 'George W. Bush read it.']],
    ['repeated initial is not a starter', 'A. A. Milne wrote it.', ['A. A. Milne wrote it.']],
    ['single letter at a real end', 'They chose plan B. The rest failed.', ['They chose plan B.', 'The rest failed.']],
    ['dotted acronym mid-sentence', 'The U.S. government and the U.K. Treasury agreed.', ['The U.S. government and the U.K. Treasury agreed.']],
    ['dotted acronym at a sentence end', 'It happened in the U.S. The next day it spread.', ['It happened in the U.S.', 'The next day it spread.']],
    ['dotted acronym before a proper noun', 'The U.N. Security Council met at 9 a.m. Monday.', ['The U.N. Security Council met at 9 a.m. Monday.']],
    ['times at a sentence end', 'It starts at 9 a.m. He will attend.', ['It starts at 9 a.m.', 'He will attend.']],
    ['decimals', 'Growth was 3.5% in 2019. It fell to 2.1 later.', ['Growth was 3.5% in 2019.', 'It fell to 2.1 later.']],
    ['temperature line without a period', '7.9 C', ['7.9 C']],
    ['a unit letter after a number is not an initial', 'Highs of 7.9 C. Lows near freezing.', ['Highs of 7.9 C.', 'Lows near freezing.']],
    ['numbered item', 'He lives at No. 10 Downing St. and works there.', ['He lives at No. 10 Downing St. and works there.']],
    ['No. as an answer', 'She said No. Then she left.', ['She said No.', 'Then she left.']],
    ['months', 'On Jan. 5 and Sept. 11 it rained.', ['On Jan. 5 and Sept. 11 it rained.']],
    ['company suffix mid-sentence and final', 'Apple Inc. said so. He joined Acme Ltd. The firm grew.', ['Apple Inc. said so.', 'He joined Acme Ltd.', 'The firm grew.']],
    ['e.g. and vs.', 'Cities, e.g. Paris, vs. towns, e.g. Rye.', ['Cities, e.g. Paris, vs. towns, e.g. Rye.']],
    ['etc. followed by lowercase and uppercase', 'Apples, pears, etc. were sold. Pens, ink, etc. Then more.', ['Apples, pears, etc. were sold.', 'Pens, ink, etc.', 'Then more.']],
    ['ellipsis mid-sentence', 'It was the experience... of many people.', ['It was the experience... of many people.']],
    ['unicode ellipsis mid-sentence', 'It was the experience… of many people.', ['It was the experience… of many people.']],
    ['ellipsis at a sentence end', 'He paused... Then he spoke. She waited… It ended.', ['He paused...', 'Then he spoke.', 'She waited…', 'It ended.']],
    ['never split before lowercase', 'It was Ok. then it was not.', ['It was Ok. then it was not.']],
    ['digit starts a sentence', 'It rained. 2020 was worse.', ['It rained.', '2020 was worse.']],
    ['leading and trailing whitespace', '  \t He left.  She stayed. \n ', ['He left.', 'She stayed.']],
    ['empty range', '', []],
    ['whitespace-only range', ' \t\r\n\u00a0 ', []],
    ['long run with no punctuation', 'word '.repeat(500).trim(), ['word '.repeat(500).trim()]],
    ['CRLF, lone CR, tab and no-break space as whitespace', 'One.\r\nTwo.\rThree.\tFour.\u00a0Five.', ['One.', 'Two.', 'Three.', 'Four.', 'Five.']],
    ['no space after the period', 'He left.She stayed.', ['He left.She stayed.']],
    ['non-ASCII capital starts a sentence', 'He left. Élodie stayed.', ['He left.', 'Élodie stayed.']],
    ['name suffix and et al.', 'Martin Luther King Jr. said so. It was Smith et al. The study ended.', ['Martin Luther King Jr. said so.', 'It was Smith et al.', 'The study ended.']],
    ['abbreviated titles before names', 'He met Pres. Obama and Rep. Gabby Giffords.', ['He met Pres. Obama and Rep. Gabby Giffords.']],
    ['US state abbreviations', 'It was in Fresno, Calif. The police came. Calif. Gov. Lee spoke.', ['It was in Fresno, Calif.', 'The police came.', 'Calif. Gov. Lee spoke.']],
    ['a lowercase word like a state abbreviation', 'He fell ill. Doctors came.', ['He fell ill.', 'Doctors came.']],
    ['dotted acronym before the pronoun I', 'It is tough for D.C. I think so.', ['It is tough for D.C.', 'I think so.']],
    ['MS is not the title Ms', 'She has MS. She is fine.', ['She has MS.', 'She is fine.']],
  ])('%s', (_description, input, expected) => {
    expect(split(input)).toEqual(expected);
  });

  it.each<[string, string, Span, Span[], string[]]>([
    ['range in the middle of the text', 'Skip me. He left. She stayed. Skip too.', { start: 9, end: 29 }, [], ['He left.', 'She stayed.']],
    ['range with surrounding spaces', 'Head.\n\n  One. Two.  \n\nTail.', { start: 5, end: 20 }, [], ['One.', 'Two.']],
    ['protected span extending past the range', 'Intro “A. It. Goes. On.” Rest.', { start: 10, end: 20 }, [{ start: 6, end: 24 }], ['It. Goes.']],
    ['protected spans given out of order', '“X. Y,” he said. “Z. W,” she said. End.', { start: 0, end: 39 }, [{ start: 17, end: 24 }, { start: 0, end: 7 }], ['“X. Y,” he said.', '“Z. W,” she said.', 'End.']],
  ])('%s: spans index into the full text', (_description, text, range, protectedSpans, expected) => {
    const spans = splitSentences(text, range, protectedSpans);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(expected);
    for (const s of spans) expect(range.start <= s.start && s.end <= range.end).toBe(true);
  });

  it('rejects a range outside the text', () => {
    expect(() => splitSentences('abc', { start: 2, end: 9 }, [])).toThrow(RangeError);
  });

  it.each<[string, string]>([
    ['plain', 'He left. She stayed. Why? Because!'],
    ['quotes and acronyms', '  “Go.” He said in the U.S. The end... of it. Mr. X. J. K. Rowling. 3.5 C.  '],
    ['whitespace soup', '\r\n\tA.\u00a0\u00a0B!\u2003C?\u3000D… e. F'],
    ['punctuation only', '. ! ? … ... .” ’) ]'],
    ['protected', '“One. Two.” Three. “Four! Five?” Six.'],
  ])('invariants: %s', (_description, text) => {
    for (const range of [{ start: 0, end: text.length }, { start: 1, end: Math.max(1, text.length - 2) }]) {
      const spans = splitSentences(text, range, [{ start: 0, end: 11 }]);
      let previousEnd = range.start;
      for (const s of spans) {
        expect(s.start).toBeGreaterThanOrEqual(previousEnd);
        expect(s.end).toBeGreaterThan(s.start);
        expect(s.end).toBeLessThanOrEqual(range.end);
        const sentence = text.slice(s.start, s.end);
        expect(sentence).toBe(sentence.trim());
        previousEnd = s.end;
      }
      const nonSpace = (s: string): string => s.replace(/[\s\u200b]+/g, '');
      expect(spans.map((s) => nonSpace(text.slice(s.start, s.end))).join('')).toBe(nonSpace(text.slice(range.start, range.end)));
    }
  });
});
