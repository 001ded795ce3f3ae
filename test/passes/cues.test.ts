/**
 * Pass 05, cues (src/passes/05-cues.ts): speech verbs and `according to`, outside quotation marks.
 * A cue form that is also a noun (`the claims`, `his warning`) is a cue only when no determiner or
 * possessive stands right before it; a passive (`was told`, `is said to`) is not a cue.
 * Each row lists the cues found, as `text (lemma, kind)`.
 */
import { describe, expect, it } from 'vitest';
import { runUntil } from './run-until.js';

function cues(text: string): string[] {
  const doc = runUntil(text, 'cues');
  return doc.cues.map((c) => `${text.slice(c.start, c.end)} (${c.lemma}, ${c.kind})`);
}

describe('cues', () => {
  it.each<[string, string, string[]]>([
    // Cues.
    ['said', 'Jane Roe said the plan was good.', ['said (say, speech)']],
    ['says', 'She says it is fine.', ['says (say, speech)']],
    ['base form after a plural subject', 'Officials say the road will close.', ['say (say, speech)']],
    ['has told: the verb is the cue', 'Jane Roe has told the council it must act.', ['told (tell, speech)']],
    ['told with an object and a colon', 'He told reporters: “No.”', ['told (tell, speech)']],
    ['a passive participle opening the sentence is not a cue', 'Asked about the plan, Jane Roe said it was fine.', ['said (say, speech)']],
    ['nor is one followed by `of`', 'Told of the result, she said she was pleased.', ['said (say, speech)']],
    ['US spelling and court verbs', 'She testified that she apologized.', ['testified (testify, speech)', 'apologized (apologise, speech)']],
    ['`questioned` is a cue; `back` alone is not', 'He came back and questioned the plan.', ['questioned (question, speech)']],
    ['a name’s speech noun before `that` is a cue', 'It rests on Jo Reed’s claim that the plan failed.', ['claim (claim, speech)']],
    ['… but not the same noun with an article', 'The claim that the plan failed was wrong.', []],
    ['the first word of a compound noun is not a cue', 'The press secretary said no.', ['said (say, speech)']],
    ['a participle opening with an object is still a cue', 'Asked Jane Roe to stay, he refused.', ['Asked (ask, speech)']],
    ['pointed out', 'Jane Roe pointed out the flaw.', ['pointed out (point out, speech)']],
    ['points out', 'Jane Roe points out that it is late.', ['points out (point out, speech)']],
    ['according to', 'According to Jane Roe, the plan failed.', ['According to (according to, according)']],
    ['according to mid-sentence', 'The plan failed, according to the report.', ['according to (according to, according)']],
    ['claims as a verb', 'Jane Roe claims the vote was rigged.', ['claims (claim, speech)']],
    ['warned', 'Jane Roe warned that prices will rise.', ['warned (warn, speech)']],
    ['progressive after a form of be', 'She was warning of risks.', ['warning (warn, speech)']],
    ['a finding', 'The report found failings.', ['found (find, finding)']],
    ['after a quotation', '“We said no,” she added.', ['added (add, speech)']],
    ['one per sentence', 'Jane said. Bob said.', ['said (say, speech)', 'said (say, speech)']],
    ['a body as subject', 'A statement said it was fine.', ['said (say, speech)']],

    // Not cues.
    ['the claims: a noun after a determiner', 'The claims were rejected.', []],
    ['his warning: a noun after a possessive', 'His warning came too late.', []],
    ['their report', 'Their report was late.', []],
    ['was told: passive', 'Jane Roe was told to leave.', []],
    ['is said to: passive', 'Jane Roe is said to be unhappy.', []],
    ['being told: passive', 'Jane Roe is being told to leave.', []],
    ['to comment', 'Jane Roe declined to comment.', []],
    ['of warning', 'It was a sign of warning.', []],
    ['a multi-word cue does not cross a sentence end', 'He pointed. Out went the lights.', []],

    // Inside quotation marks.
    ['a cue inside a quote is ignored', '“As I said to him, it is late,” she replied.', ['replied (reply, speech)']],
    ['according to inside a quote is ignored', '“It went according to plan,” she said.', ['said (say, speech)']],
    ['only quoted cues', 'Then came “he said, she said” rows.', []],
  ])('%s', (_description, input, expected) => {
    expect(cues(input)).toEqual(expected);
  });

  it('records the cue sentence and its token range', () => {
    const text = 'The hall opened. Jane Roe pointed out the flaw.';
    const doc = runUntil(text, 'cues');
    expect(doc.cues).toHaveLength(1);
    const cue = doc.cues[0]!;
    expect(cue.sentence).toBe(1);
    expect(doc.tokens[cue.firstToken]!.text).toBe('pointed');
    expect(doc.tokens[cue.lastToken]!.text).toBe('out');
    expect(cue.start).toBe(doc.tokens[cue.firstToken]!.start);
    expect(cue.end).toBe(doc.tokens[cue.lastToken]!.end);
  });
});
