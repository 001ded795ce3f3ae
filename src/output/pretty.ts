/**
 * Output for people at a terminal. Per article, a header with its counts, then every quotation
 * and claim in text order, each as a line with its position, speaker, type and rule, and a line
 * with its text:
 *
 *   news/story.txt  2 quotes · 1 claim · 1 speaker
 *      3:2    Ida Quell (council leader)   direct  same-sentence 0.95
 *             “We will fight on,”
 *
 * Everything taken from an article (text, names, the file name) is escaped for the terminal first,
 * and line breaks inside a quotation are shown as spaces. Colour is decided by the caller
 * (`--color`, NO_COLOR, TERM=dumb, a terminal on stdout) and only ever added here.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { ArticleResult, Claim, Diagnostic, ExplainStep, Quote, SpeakerRef } from '../model/result.js';
import { lineColumn, type SourceFile } from '../model/source.js';
import type { Formatter } from './formatter.js';
import { escapeOneLine } from './terminal.js';

export interface PrettyOptions {
  readonly color: boolean;
}

/** Below this, an attribution is flagged as uncertain. */
const LOW_CONFIDENCE = 0.6;
const INDENT = '  ';
const TEXT_INDENT = ' '.repeat(9);

function shown(text: string): string {
  return escapeOneLine(text.replace(/\s*[\r\n]+\s*/g, ' '));
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function createPrettyFormatter(options: PrettyOptions) {
  const c: ChalkInstance = new Chalk({ level: options.color ? 1 : 0 });

  const position = (source: SourceFile, offset: number): string => {
    const { line, column } = lineColumn(source, offset);
    return c.dim(`${line}:${column}`.padEnd(7));
  };
  const speaker = (ref: SpeakerRef | null | undefined): string => {
    if (ref === undefined) return '';
    if (ref === null) return c.red('(no speaker)');
    return c.bold.cyan(shown(ref.name)) + (ref.role ? c.dim(` (${shown(ref.role)})`) : '');
  };
  const how = (item: Partial<Quote | Claim>): string => {
    const confidence = item.confidence === undefined ? '' : item.confidence < LOW_CONFIDENCE ? c.yellow(` ${item.confidence}`) : c.dim(` ${item.confidence}`);
    return [item.type ? c.magenta(item.type) : '', item.rule ? c.dim(item.rule) : ''].filter(Boolean).join('  ') + confidence;
  };
  const steps = (explain: readonly ExplainStep[] | undefined): string =>
    (explain ?? []).map((s) => `${TEXT_INDENT}${c.dim(`${s.pass}:`)} ${shown(s.says)}${s.confidence === undefined ? '' : c.dim(` (${s.confidence})`)}\n`).join('');
  const diagnostic = (source: SourceFile, d: Diagnostic): string =>
    `${INDENT}${position(source, d.start)}${d.severity === 'error' ? c.red(d.severity) : c.yellow(d.severity)}  ${c.dim(d.code)}  ${shown(d.message)}\n`;

  const item = (source: SourceFile, it: Partial<Quote | Claim>): string => {
    const isQuote = it.type !== 'indirect';
    const head = `${INDENT}${it.start === undefined ? ' '.repeat(7) : position(source, it.start)}${[speaker(it.speaker), how(it)].filter(Boolean).join('   ')}`;
    const text = it.text === undefined ? '' : isQuote ? `${c.yellow('“')}${shown(it.text)}${c.yellow('”')}` : shown(it.text);
    return `${head.trimEnd()}\n${text ? `${TEXT_INDENT}${text}\n` : ''}${steps(it.explain)}`;
  };

  return {
    needsText: true,
    article(result: ArticleResult, source: SourceFile | null) {
      if (!source) throw new Error('pretty output needs the article text');
      const counts = [plural(result.quotes.length, 'quote'), plural(result.claims.length, 'claim'), plural(result.speakers.length, 'speaker')];
      const items: Partial<Quote | Claim>[] = [...result.quotes, ...result.claims];
      // Text order; items without a position (--fields without start) keep quotes-then-claims order.
      items.sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
      const body = items.map((it) => item(source, it)).join('');
      const diagnostics = result.diagnostics.map((d) => diagnostic(source, d)).join('');
      return `${c.bold.underline(escapeOneLine(result.file))}  ${c.dim(counts.join(' · '))}\n${body}${diagnostics}\n`;
    },
    end: () => '',
  } satisfies Formatter;
}
