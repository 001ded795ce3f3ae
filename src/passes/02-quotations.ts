/**
 * Pair quote marks into quotations, paragraph by paragraph, with a stack that carries over.
 *
 * News convention: a quotation that runs over several paragraphs opens each paragraph with a mark
 * and closes only in the last one. So an open quotation at the end of a paragraph continues when the
 * next paragraph opens with a mark of the same family (and, when one or two paragraphs of someone else
 * sit in between, when the paragraph after them does: MAX_INTERJECTION). Otherwise it is bounded by its paragraph and a
 * diagnostic says so: an unbalanced mark never swallows the rest of the article.
 *
 * Merged paragraphs (`… the vote. "We will try …`): an opening mark right after a sentence end, while
 * a quotation of the same family is open, ends that quotation and starts its continuation.
 *
 * One scan per paragraph; each mark is pushed and popped at most once, so the pass is linear.
 */
import type { DocDiagnostic, Paragraph, Quotation } from '../model/document.js';
import type { Span } from '../model/span.js';
import type { Pass } from './pass.js';
import {
  type Family, QUOTE_CHARS, isQuoteChar, isSpace, isWordChar, leftFlanking, nextQuoteMark, rightFlanking,
} from '../segment/quote-marks.js';

interface Open {
  readonly offset: number;
  readonly char: string;
  readonly family: Family;
  readonly paragraph: number;
  /** Provisional id (creation order) of the part this one continues. */
  readonly continues: number | null;
  readonly afterInterjection: boolean;
}

interface Found {
  readonly id: number;
  readonly content: Span;
  readonly outer: Span;
  readonly paragraph: number;
  readonly closed: boolean;
  readonly continues: number | null;
  readonly afterInterjection: boolean;
}

interface Pending {
  readonly id: number;
  readonly family: Family;
  /** Paragraphs passed since the quotation was left open. */
  readonly skipped: number;
}

/** How many paragraphs may sit between an open quotation and its continuation. */
const MAX_INTERJECTION = 2;

export function findQuotations(text: string, paragraphs: readonly Paragraph[]): { quotations: Quotation[]; diagnostics: DocDiagnostic[] } {
  const scan = new QuotationScan(text);
  for (const para of paragraphs) scan.paragraph(para, paragraphs[para.index + 1]);
  return { quotations: finalise(scan.found), diagnostics: scan.diagnostics.sort((a, b) => a.start - b.start) };
}

/**
 * The scan's state across paragraphs, and the paragraph being read. (A class rather than closures
 * made per article: V8 drops a closure's optimised code at each full collection once no closure of
 * it is alive.)
 */
class QuotationScan {
  readonly found: Found[] = [];
  readonly diagnostics: DocDiagnostic[] = [];
  private pending: Pending | null = null;
  private para!: Paragraph;
  private readonly stack: Open[] = [];
  /** Positions in `stack`, per family. */
  private readonly open = { double: [] as number[], single: [] as number[] };
  private continuing: Pending | null = null;

  constructor(private readonly text: string) {}

  private warn(at: number, length: number, code: string, message: string): void {
    this.diagnostics.push({ start: at, end: at + length, severity: 'warning', code, message });
  }

  private push(o: Omit<Open, 'paragraph' | 'continues' | 'afterInterjection'>, continues: number | null = null, after = false): void {
    if (this.continuing && this.stack.length === 0 && o.offset === this.para.start) {
      continues = this.continuing.id;
      after = this.continuing.skipped > 0;
      this.continuing = null;
    }
    this.open[o.family].push(this.stack.length);
    this.stack.push({ offset: o.offset, char: o.char, family: o.family, paragraph: this.para.index, continues, afterInterjection: after });
  }

  private close(family: Family, at: number, markLength: number, closed: boolean): void {
    const { stack, open } = this;
    const pos = open[family].pop();
    if (pos === undefined) return;
    // Quotes of the other family opened inside this one and never closed end here too.
    while (stack.length - 1 > pos) {
      const inner = stack.pop()!;
      open[inner.family].pop();
      this.warn(inner.offset, 1, 'unclosed-quote', `quote mark ${inner.char} is not closed before the quotation around it ends`);
      this.record(inner, at, 0, false);
    }
    this.record(stack.pop()!, at, markLength, closed);
  }

  private record(o: Open, at: number, markLength: number, closed: boolean): number {
    const content = trim(this.text, o.offset + 1, at);
    this.found.push({
      id: this.found.length,
      content,
      outer: { start: o.offset, end: closed ? at + markLength : content.end },
      paragraph: o.paragraph,
      closed,
      continues: o.continues,
      afterInterjection: o.afterInterjection,
    });
    return this.found.length - 1;
  }

  private endAndContinue(family: Family, at: number): void {
    const pos = this.open[family].at(-1)!;
    const outerOpen = this.stack[pos]!;
    if (pos !== 0) {
      // Only a top-level quotation can be ended this way; deeper ones are nested quotes.
      this.push({ offset: at, char: this.text.charAt(at), family });
      return;
    }
    this.warn(outerOpen.offset, 1, 'unclosed-quote', `quote mark ${outerOpen.char} is not closed before the next quotation opens`);
    this.close(family, at, 0, false);
    const id = this.found.length - 1;
    this.push({ offset: at, char: this.text.charAt(at), family }, id, false);
  }

  /** Read one paragraph; `nextPara` is the one after it, if any. */
  paragraph(para: Paragraph, nextPara: Paragraph | undefined): void {
    const { text, stack, open } = this;
    this.para = para;
    this.continuing = null;
    stack.length = open.double.length = open.single.length = 0; // emptied by the end of the last paragraph already

    // Does this paragraph continue a quotation left open before it?
    const pending = this.pending;
    const first = text.charAt(para.start);
    const firstMark = QUOTE_CHARS.get(first);
    if (pending && firstMark && firstMark.family === pending.family && firstMark.shape !== 'close' &&
      leftFlanking(undefined, text.charAt(para.start + 1) || undefined)) {
      this.continuing = pending;
    }
    if (this.continuing || (pending && pending.skipped >= MAX_INTERJECTION)) this.pending = null;
    else if (pending) this.pending = { id: pending.id, family: pending.family, skipped: pending.skipped + 1 };

    // From mark to mark, within the paragraph.
    for (let i = nextQuoteMark(text, para.start, para.end); i >= 0; i = nextQuoteMark(text, i + 1, para.end)) this.mark(i);

    // End of paragraph: whatever is still open ends here.
    let carried: Pending | null = null;
    while (stack.length > 0) {
      const o = stack[stack.length - 1]!;
      if (stack.length === 1 && o.char === "'" ) {
        // A straight single mark never closed is far more often an apostrophe (`'em`, `'til`) than a quote.
        stack.pop();
        open.single.pop();
        continue;
      }
      const id = this.record(o, para.end, 0, false);
      stack.pop();
      open[o.family].pop();
      if (stack.length === 0) carried = { id, family: o.family, skipped: 0 };
      else this.warn(o.offset, 1, 'unclosed-quote', `quote mark ${o.char} is not closed before the end of its paragraph`);
    }
    if (carried) {
      const nextMark = nextPara ? QUOTE_CHARS.get(text.charAt(nextPara.start)) : undefined;
      if (!(nextMark && nextMark.family === carried.family && nextMark.shape !== 'close')) {
        const o = this.found[carried.id]!;
        this.warn(o.outer.start, 1, 'unclosed-quote', `quote mark ${text.charAt(o.outer.start)} is not closed at the end of its paragraph, and the next paragraph does not continue it`);
      }
      this.pending = carried;
    }
  }

  /** The quote mark at `i`, inside the paragraph being read. */
  private mark(i: number): void {
    const { text, para, stack, open } = this;
    const c = text.charAt(i);
    const mark = QUOTE_CHARS.get(c)!;
    const prev = i > para.start ? text.charAt(i - 1) : undefined;
    const next = i + 1 < para.end ? text.charAt(i + 1) : undefined;
    const opener = leftFlanking(prev, next);
    const closer = rightFlanking(prev, next);
    const familyOpen = open[mark.family].length > 0;

    if (mark.family === 'single' && isApostrophe(text, i, para, mark.shape, prev, next, opener, closer, familyOpen)) return;

    if (mark.shape === 'open') {
      // „ … “ (German style): “ closes an open „.
      if (c === '\u201c' && familyOpen && stack[open.double.at(-1)!]!.char === '\u201e') this.close('double', i, 1, true);
      else if (familyOpen && startsNewSentence(text, i, para)) this.endAndContinue(mark.family, i);
      else this.push({ offset: i, char: c, family: mark.family });
    } else if (mark.shape === 'close' || mark.shape === 'right-single') {
      if (familyOpen) this.close(mark.family, i, 1, true);
      else if (mark.shape === 'close' && opener && !closer) this.push({ offset: i, char: c, family: mark.family }); // ”Word used as an opener
      else this.warn(i, 1, 'unmatched-quote', `closing quote mark ${c} has no opening mark before it`);
    } else {
      // Straight marks: decided by their flanks, then by what is open.
      if (opener && !closer) {
        if (familyOpen && startsNewSentence(text, i, para)) this.endAndContinue(mark.family, i);
        else if (familyOpen && !isWordChar(next) && !isQuoteChar(next)) this.close(mark.family, i, 1, true);
        else this.push({ offset: i, char: c, family: mark.family });
      } else if (closer && !opener) {
        if (familyOpen) this.close(mark.family, i, 1, true);
        else if (mark.family === 'double') this.warn(i, 1, 'unmatched-quote', `closing quote mark ${c} has no opening mark before it`);
      } else if (familyOpen) this.close(mark.family, i, 1, true);
      else this.push({ offset: i, char: c, family: mark.family });
    }
  }
}

/**
 * Single marks double as apostrophes: children’s, o’clock, ’90s, parents’ views, rock ’n’ roll.
 * Between two letters it is always an apostrophe; a ’ that could only close is one when no single
 * quotation is open.
 */
function isApostrophe(text: string, i: number, para: Span, shape: string, prev: string | undefined, next: string | undefined,
  opener: boolean, closer: boolean, familyOpen: boolean): boolean {
  if (isWordChar(prev) && isWordChar(next)) return true;
  if ((prev === undefined || isSpace(prev)) && next !== undefined && /\p{N}/u.test(next)) return true; // ’90s
  if ((next === 'n' || next === 'N') && (text.charAt(i + 2) === "'" || text.charAt(i + 2) === '\u2019') && !isWordChar(text.charAt(i + 3) || undefined) && i + 3 <= para.end) return true; // 'n'
  if (shape === 'open') return false;
  if (shape === 'right-single' && opener && !closer) return true; // ’em, ’til
  if (!familyOpen && (closer || !opener)) return true; // parents’ views, goin'
  return false;
}

/** A mark right after a sentence end (`… club. "No …`) starts a new sentence, not a nested quote. */
function startsNewSentence(text: string, i: number, para: Span): boolean {
  let j = i - 1;
  if (j < para.start || !isSpace(text.charAt(j))) return false;
  while (j > para.start && isSpace(text.charAt(j))) j--;
  const c = text.charAt(j);
  return (c === '.' || c === '!' || c === '?') && isWordChar(text.charAt(i + 1) || undefined) && /\p{Lu}/u.test(text.charAt(i + 1));
}

function trim(text: string, start: number, end: number): Span {
  while (start < end && isSpace(text.charAt(start))) start++;
  while (end > start && isSpace(text.charAt(end - 1))) end--;
  return { start, end };
}

/** Order by position, give final indexes, compute nesting depth. */
function finalise(found: Found[]): Quotation[] {
  const order = [...found].sort((a, b) => a.outer.start - b.outer.start || b.outer.end - a.outer.end);
  const indexOf = new Map(order.map((f, i) => [f.id, i]));
  const out: Quotation[] = [];
  const enclosing: Span[] = [];
  for (const [i, f] of order.entries()) {
    while (enclosing.length > 0 && enclosing.at(-1)!.end <= f.outer.start) enclosing.pop();
    out.push({
      index: i,
      start: f.content.start,
      end: f.content.end,
      outer: f.outer,
      paragraph: f.paragraph,
      depth: enclosing.length,
      closed: f.closed,
      continues: f.continues === null ? null : indexOf.get(f.continues)!,
      afterInterjection: f.afterInterjection,
    });
    enclosing.push(f.outer);
  }
  return out;
}

export const quotationsPass: Pass = {
  name: 'quotations',
  run(doc) {
    const { quotations, diagnostics } = findQuotations(doc.source.text, doc.paragraphs);
    return { quotations, diagnostics: [...doc.diagnostics, ...diagnostics] };
  },
};
