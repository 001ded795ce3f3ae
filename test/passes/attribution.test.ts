/**
 * Pass 10, attribution (src/passes/10-attribution.ts), through `extract()`. One row per rule in the
 * header comment of that file, then pronouns, descriptions and the cases where nothing should be
 * guessed. Each row lists every quote in text order as `[text, type, speaker name, rule]`; a speaker
 * given as a RegExp must match the speaker's name.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import type { QuoteType } from '../../src/index.js';

type Row = [text: string, type: QuoteType, speaker: string | RegExp | null, rule: string];

function quotes(input: string) {
  return extract(input, { file: 'test.txt' }).quotes;
}

function check(input: string, expected: Row[]): void {
  const got = quotes(input);
  const summary = got.map((q) => `${q.id} ${q.type} ${q.speaker?.name ?? 'null'} (${q.rule}): ${q.text}`).join('\n');
  expect(got, summary).toHaveLength(expected.length);
  expected.forEach(([text, type, speaker, rule], i) => {
    const q = got[i]!;
    expect(q.text, summary).toBe(text);
    expect(q.type, summary).toBe(type);
    if (speaker instanceof RegExp) expect(q.speaker?.name ?? '', summary).toMatch(speaker);
    else expect(q.speaker?.name ?? null, summary).toBe(speaker);
    expect(q.rule, summary).toBe(rule);
  });
}

describe('attribution rules', () => {
  it.each<[string, string, Row[]]>([
    ['label: a quoted term after a naming verb', 'The school was rated “inadequate” by inspectors.', [
      ['inadequate', 'scare', null, 'label'],
    ]],
    ['label: a short crosshead on a line of its own', 'The council met.\n\n‘Deeply worrying’\n\nThe vote was close.', [
      ['Deeply worrying', 'scare', null, 'label'],
    ]],
    ['same-sentence: quote, speaker, cue', '“We will win the vote,” Jane Roe said.', [
      ['We will win the vote,', 'direct', 'Jane Roe', 'same-sentence'],
    ]],
    ['same-sentence: speaker, cue, colon, quote', 'Jane Roe said: “We will win the vote.”', [
      ['We will win the vote.', 'direct', 'Jane Roe', 'same-sentence'],
    ]],
    ['same-sentence: quote, cue, speaker', '“We will win the vote,” said Jane Roe.', [
      ['We will win the vote,', 'direct', 'Jane Roe', 'same-sentence'],
    ]],
    ['same-sentence: a fragment with a cue is mixed', 'Jane Roe said the vote was “a farce”.', [
      ['a farce', 'mixed', 'Jane Roe', 'same-sentence'],
    ]],
    ['trailing: a question, then a short attribution sentence', '“Is the vote over?” Jane Roe asked.', [
      ['Is the vote over?', 'direct', 'Jane Roe', 'trailing'],
    ]],
    ['dash: a name after a dash', '“We will win the vote.” – Jane Roe', [
      ['We will win the vote.', 'direct', 'Jane Roe', 'dash'],
    ]],
    ['colon-name: a name, a colon, the quote', 'Jane Roe: “We will win the vote.”', [
      ['We will win the vote.', 'direct', 'Jane Roe', 'colon-name'],
    ]],
    ['continuation: the next paragraph of an open quotation', 'Jane Roe said: “We will win the vote.\n\n“And we will keep our promises.”', [
      ['We will win the vote.', 'direct', 'Jane Roe', 'same-sentence'],
      ['And we will keep our promises.', 'direct', 'Jane Roe', 'continuation'],
    ]],
    ['continuation: after an interjection paragraph', 'Jane Roe said: “We will win the vote.\n\nThe crowd cheered loudly.\n\n“And we will keep our promises.”', [
      ['We will win the vote.', 'direct', 'Jane Roe', 'same-sentence'],
      ['And we will keep our promises.', 'direct', 'Jane Roe', 'continuation'],
    ]],
    ['colon-lead-in: the paragraph before ends with a cue and a colon', 'Jane Roe said:\n\n“We will win the vote.”', [
      ['We will win the vote.', 'direct', 'Jane Roe', 'colon-lead-in'],
    ]],
    ['adjacent: a quote-only sentence after an attributed quote, same paragraph', '“We will win the vote,” Jane Roe said. “Then we build homes.”', [
      ['We will win the vote,', 'direct', 'Jane Roe', 'same-sentence'],
      ['Then we build homes.', 'direct', 'Jane Roe', 'adjacent'],
    ]],
    ['quote-run: a quote-only paragraph after the speaker’s quote', 'Jane Roe said: “We will win the vote.”\n\n“Then we build homes.”', [
      ['We will win the vote.', 'direct', 'Jane Roe', 'same-sentence'],
      ['Then we build homes.', 'direct', 'Jane Roe', 'quote-run'],
    ]],
    ['after-reported: a quote-only paragraph after reported speech', 'Jane Roe said the vote was lost.\n\n“We will try again.”', [
      ['We will try again.', 'direct', 'Jane Roe', 'after-reported'],
    ]],
    ['after-reported: the latest reported speaker, not the earlier quoted one', 'Jane Roe said: “We will win the vote.”\n\nBob Lee said the plan was doomed.\n\n“Then we build homes.”', [
      ['We will win the vote.', 'direct', 'Jane Roe', 'same-sentence'],
      ['Then we build homes.', 'direct', 'Bob Lee', 'after-reported'],
    ]],
    ['unattributed: a quote on its own', '“We will win the vote.”', [
      ['We will win the vote.', 'direct', null, 'unattributed'],
    ]],
    ['no-cue: a fragment in a sentence with no cue is a scare quote', 'The plan was a “total mess” from the start.', [
      ['total mess', 'scare', null, 'no-cue'],
    ]],
  ])('%s', (_description, input, expected) => check(input, expected));

  it('continuation quotes point at the part before', () => {
    const got = quotes('Jane Roe said: “We will win the vote.\n\n“And we will keep our promises.”');
    expect(got.map((q) => [q.id, q.continues ?? null])).toEqual([['q1', null], ['q2', 'q1']]);
  });
});

describe('pronouns and descriptions', () => {
  it.each<[string, string, Row[]]>([
    ['she: the woman of two people', 'Tom Lee met Mary Roe at the hall. “We will win,” she said.', [
      ['We will win,', 'direct', 'Mary Roe', 'same-sentence'],
    ]],
    ['he: the man of two people', 'Mary Roe met Tom Lee at the hall. “We will win,” he said.', [
      ['We will win,', 'direct', 'Tom Lee', 'same-sentence'],
    ]],
    ['it: an organisation named before', 'Greenfield Council approved the plan. “It is a good day,” it said.', [
      ['It is a good day,', 'direct', 'Greenfield Council', 'same-sentence'],
    ]],
    ['the council: the council named before', 'Greenfield Council approved the plan. “It is a good day,” the council said.', [
      ['It is a good day,', 'direct', 'Greenfield Council', 'same-sentence'],
    ]],
    ['a spokesperson for X: an unnamed speaker', '“It is a good day,” a spokesperson for Acme Ltd said.', [
      ['It is a good day,', 'direct', /spokesperson/, 'same-sentence'],
    ]],
    ['said a spokesperson: an unnamed speaker', '“It is a good day,” said a spokesperson.', [
      ['It is a good day,', 'direct', /spokesperson/, 'same-sentence'],
    ]],
  ])('%s', (_description, input, expected) => check(input, expected));

  it.each<[string, string, 'person' | 'organisation', string]>([
    ['pronoun', 'Tom Lee met Mary Roe at the hall. “We will win,” she said.', 'person', 'she'],
    ['organisation pronoun', 'Greenfield Council approved the plan. “It is a good day,” it said.', 'organisation', 'it'],
    ['definite description', 'Greenfield Council approved the plan. “It is a good day,” the council said.', 'organisation', 'the council'],
    ['name', '“We will win,” said Jane Roe.', 'person', 'Jane Roe'],
  ])('speaker kind and mention: %s', (_description, input, kind, mention) => {
    const [q] = quotes(input);
    expect(q?.speaker?.kind).toBe(kind);
    expect(q?.speaker?.mention.text).toBe(mention);
  });
});

describe('speaker roles', () => {
  it.each<[string, string, string | null]>([
    ['title before the name', 'Eastfield MP Robbie Ashworth said: “We will act.”', 'Eastfield MP'],
    ['apposition before the cue', 'Jane Roe, portfolio holder for housing, said: “We will act.”', 'portfolio holder for housing'],
    ['apposition after said X, closed by a comma', '“We will act,” said Jane Roe, the chief executive of the firm, on Monday.', 'the chief executive of the firm'],
    ['a later short form keeps the role', 'Eastfield MP Robbie Ashworth said: “We will act.”\n\nMr Ashworth added: “Soon.”', 'Eastfield MP'],
    ['no role', '“We will act,” said Jane Roe.', null],
    ['Canadian and US abbreviated titles', 'Coun. Jane Roe said: “We will act.”', 'Coun'],
    ['a rank of two words', 'Staff Sgt. Jane Roe said: “We will act.”', 'Staff Sgt'],
    ['an aside of time is no role', 'Jane Roe, on Monday, said: “We will act.”', null],
    ['an age is no role', 'Jane Roe, 45, said: “We will act.”', null],
    ['a participle clause is no role', 'Jane Roe, speaking at a rally, said: “We will act.”', null],
  ])('%s', (_description, input, role) => {
    const got = quotes(input);
    expect(got.at(-1)?.speaker?.role ?? null).toBe(role);
  });

  it.each<[string, string, string | null]>([
    // The apposition ends at the clause; the sentence's final period is not part of it.
    ['apposition at the end of the sentence keeps no period', '“We will act,” said Jane Roe, the chief executive.', 'the chief executive'],
    // After `According to X,` the comma ends the adverbial: what follows is the main clause, not X's role.
    ['the clause after `According to X,` is not a role', 'According to Jane Roe, the plan was “a farce”.', null],
  ])('%s', (_description, input, role) => {
    const got = quotes(input);
    expect(got.at(-1)?.speaker?.name).toBe('Jane Roe');
    expect(got.at(-1)?.speaker?.role ?? null).toBe(role);
  });
});

describe('nothing guessed', () => {
  it.each<[string, string, Row[]]>([
    ['a fragment with no cue stays a scare quote', 'Jane Roe arrived. The plan was a “total mess” from the start.', [
      ['total mess', 'scare', null, 'no-cue'],
    ]],
    ['another person named in between: unattributed', 'Jane Roe said: “We will win the vote.”\n\nBob Lee disagreed with the plan.\n\n“Then we build homes.”', [
      ['We will win the vote.', 'direct', 'Jane Roe', 'same-sentence'],
      ['Then we build homes.', 'direct', null, 'unattributed'],
    ]],
    ['a pronoun with no one before it: unattributed', '“We will win the vote,” she said.', [
      ['We will win the vote,', 'direct', null, 'unattributed'],
    ]],
    ['she does not pick the only man', 'Tom Lee arrived. “We will win,” she said.', [
      ['We will win,', 'direct', null, 'unattributed'],
    ]],
  ])('%s', (_description, input, expected) => check(input, expected));
});

describe('fixed after review', () => {
  it.each<[string, string, Row[]]>([
    ['a body noun never resolves to a person whose role contains it', 'Council leader Ann Lee spoke first.\n\nThe council said it was “a fair deal”.', [
      ['a fair deal', 'mixed', 'the council', 'same-sentence'],
    ]],
    ['role words between the cue and the name', '“We will act,” said head teacher Sarah Cole.', [
      ['We will act,', 'direct', 'Sarah Cole', 'same-sentence'],
    ]],
    ['a participle takes a description subject, not the object before it', 'The council issued a statement saying the plan was “a farce”.', [
      ['a farce', 'mixed', 'the council', 'same-sentence'],
    ]],
    ['a spokeswoman for a body, before the cue', 'A spokeswoman for the council said: “No comment.”', [
      ['No comment.', 'direct', 'spokeswoman for the council', 'same-sentence'],
    ]],
    // The description stops at the clause; `.` is not part of it.
    ['said a spokesperson for the firm. — no final period in the name', '“It is a good day,” said a spokesperson for the firm.', [
      ['It is a good day,', 'direct', 'spokesperson for the firm', 'same-sentence'],
    ]],
    ['the owner of a noun cue (`X’s comments`) is no subject for a later pronoun',
      'Ida Quell said the plan was sound.\n\nPiet Brandt was keen to distance himself from Ms Quell’s comments. “It will fail,” he said.', [
        ['It will fail,', 'direct', 'Piet Brandt', 'same-sentence'],
      ]],
    ['a speaker named after the cue (`said Jo Reed`) stays a speaker for later pronouns',
      'A spokesperson for the depot said the buses would run.\n\n“It was terrifying,” said Lisa Marr, who lives nearby.\n\nThe council met on Monday.\n\n“We have a plan,” she said.', [
        ['It was terrifying,', 'direct', 'Lisa Marr', 'same-sentence'],
        ['We have a plan,', 'direct', 'Lisa Marr', 'same-sentence'],
      ]],
    ['a pronoun subject never refers to the object of its own verb', 'Ida Quell spoke at a rally. Piet Brandt asked Quell how long the delay would be.\n\n“Two years at least,” she told Brandt.', [
      ['Two years at least,', 'direct', 'Ida Quell', 'same-sentence'],
    ]],
    ['an apposition without its closing comma: the name before it speaks', 'Jo Reed, chief executive of the trust said: “We are ready.”', [
      ['We are ready.', 'direct', 'Jo Reed', 'same-sentence'],
    ]],
    ['a description beside a name is someone else', 'Jo Reed spoke first.\n\nAsked about Jo Reed, the mayor said: “She is right.”', [
      ['She is right.', 'direct', 'the mayor', 'same-sentence'],
    ]],
    ['an apposition that opens with a body’s possessive', 'Jo Reed, Acme’s managing director for sales, said: “We grew.”', [
      ['We grew.', 'direct', 'Jo Reed', 'same-sentence'],
    ]],
    ['a name’s speech noun gives its clause’s quoted words to that name; a participle after it keeps the subject',
      'Piet Brandt on Thursday blamed the media for Ida Quell’s claim that the mayor “founded the gang,” saying they missed the point.', [
        ['founded the gang,', 'mixed', 'Ida Quell', 'same-sentence'],
      ]],
    ['quoted words far past a name’s speech noun are not that name’s',
      'Jo Reed’s claim that the manager had lied about the background to the row was denied by the chairman on Monday, in a statement that called it “cheating”.', [
        ['cheating', 'scare', null, 'no-cue'],
      ]],
    ['a headline opening with a name and a colon: its quoted words are that person’s', 'Mayor Reed: Trust the police, not ‘blowhard’ rivals\n\nThe mayor spoke on Monday.', [
      ['blowhard', 'mixed', 'Reed', 'colon-name'],
    ]],
    ['a colon after a name inside a long paragraph is no headline', 'Reed: a name that readers know well from many years of council meetings and local radio, and from the long campaign against the bypass, which the council approved in the end despite the “fierce” objections of residents along the route.', [
      ['fierce', 'scare', null, 'label'],
    ]],
    ['a campaign description as the subject', 'Jane Roe leads the polls.\n\nThe Democratic frontrunner wrote that the city was “often neglected”.', [
      ['often neglected', 'mixed', 'Jane Roe', 'same-sentence'],
    ]],
    ['a titled name, then party and state, then the cue', '“It is a mistake,” Rep. Jane Roe, D-Calif., said on Monday.', [
      ['It is a mistake,', 'direct', 'Jane Roe', 'same-sentence'],
    ]],
    ['a body’s name before an office is not the speaker', '“Absolutely not,” White House press secretary Jane Roe told reporters.', [
      ['Absolutely not,', 'direct', 'Jane Roe', 'same-sentence'],
    ]],
    ['a dateline is not a speaker', 'OTTAWA (CP) — Jane Roe defended the plan on Tuesday, saying: “It works.”', [
      ['It works.', 'direct', 'Jane Roe', 'same-sentence'],
    ]],
    ['a dateline with a date and an agency', 'LONDON, May 3 (Reuters) - “Rates will hold,” the governor said.', [
      ['Rates will hold,', 'direct', 'the governor', 'same-sentence'],
    ]],
    ['a state after a town is part of the place, not the speaker', 'Jane Roe, speaking in Raleigh, N.C., on Monday, warned: “It is late.”', [
      ['It is late.', 'direct', 'Jane Roe', 'same-sentence'],
    ]],
    ['a province after a town, then a relative clause', 'Jane Roe, who grew up in Hamilton, Ont., said: “Home.”', [
      ['Home.', 'direct', 'Jane Roe', 'same-sentence'],
    ]],
    // `Jane Roe said` attributes the first quote; it is not reported speech, so the next paragraph is a quote run.
    ['a quote-only paragraph after `“…,” X said.` is a quote run', '“We will win the vote,” Jane Roe said.\n\n“Then we build homes.”', [
      ['We will win the vote,', 'direct', 'Jane Roe', 'same-sentence'],
      ['Then we build homes.', 'direct', 'Jane Roe', 'quote-run'],
    ]],
  ])('%s', (_description, input, expected) => check(input, expected));

  // SpeakerRef.mention (src/model/result.ts): the words that name the speaker, e.g. `Mr Ashworth`.
  it('the speaker mention keeps the honorific (`Mr Smith`)', () => {
    const [q] = quotes('Mr Smith said: “No.”');
    expect(q?.speaker?.name).toBe('Smith');
    expect(q?.speaker?.mention.text).toBe('Mr Smith');
  });
});
