/**
 * Who speaks at each cue: the phrase before or after it, with pronouns and descriptions resolved
 * against the speakers and names that came before. Cues are read in text order, so a pronoun can
 * refer to an unnamed speaker of an earlier cue (`A spokeswoman said … She added …`).
 */
import type { CueSpeaker, Doc, Mention } from '../model/document.js';
import { endsInPossessive } from '../nlp/names.js';
import { type Candidate, lastNamedBody, mostMentionedPerson, resolveDefiniteDescription, resolvePronoun } from '../nlp/coreference.js';
import { type PhraseContext, type SpeakerPhrase, speakerAfter, speakerBefore, subjectDescription } from '../nlp/speaker-phrase.js';
import { CUE_PREFIX_WORDS } from '../lexicon/speech-verbs.js';
import { GENERIC_BODY_NOUNS, TITLES } from '../lexicon/people.js';
import { firstStartingAt } from '../model/span.js';
import { isVerbLike } from '../nlp/word-info.js';
import type { Pass } from './pass.js';

export function findCueSpeakers(doc: Readonly<Doc>): (CueSpeaker | null)[] {
  const ctx = phraseContext(doc);
  const candidates: Candidate[] = [];
  const names: { m: Mention; i: number }[] = [];
  for (let i = 0; i < doc.mentions.length; i++) {
    const m = doc.mentions[i]!;
    if (m.kind === 'name' && !m.insideQuote) names.push({ m, i });
  }
  let nextName = 0;
  const out: (CueSpeaker | null)[] = [];

  for (let c = 0; c < doc.cues.length; c++) {
    const cue = doc.cues[c]!;
    while (nextName < names.length && names[nextName]!.m.start < cue.start) {
      const { m, i } = names[nextName++]!;
      insert(candidates, nameCandidate(doc, m, i));
    }
    const speaker = cueSpeaker(doc, ctx, c, candidates, out);
    out.push(speaker);
    if (speaker) {
      // `Mr Reed's comments`: a cue used as a noun, whose owner is no subject of the sentence.
      const possessive = endsInPossessive(doc.source.text, speaker.mention.start, speaker.mention.end);
      insert(candidates, {
        at: speaker.mention.start, sentence: cue.sentence, entity: speaker.entity, name: speaker.name,
        kind: speaker.entity !== null ? doc.entities[speaker.entity]!.kind : groupOrKind(speaker),
        gender: speaker.entity !== null ? doc.entities[speaker.entity]!.gender : null,
        kindKnown: speaker.entity !== null ? doc.entities[speaker.entity]!.kindKnown : true, isSpeaker: !possessive, isSubject: !possessive,
      });
    }
  }
  return out;
}

function groupOrKind(s: CueSpeaker): Candidate['kind'] {
  return s.how === 'description' && s.name.endsWith('s') && s.kind === 'organisation' ? 'group' : s.kind;
}

function cueSpeaker(doc: Readonly<Doc>, ctx: PhraseContext, c: number, candidates: Candidate[], earlier: readonly (CueSpeaker | null)[]): CueSpeaker | null {
  const cue = doc.cues[c]!;
  const tokens = doc.tokens;
  const reasonCue = `cue “${doc.source.text.slice(cue.start, cue.end)}”`;
  // The speaker of the cue before this one in the same sentence, if any.
  // A name's speech noun (`Reed’s claim`) is no verb of this clause, so it is passed over.
  let b = c - 1;
  while (b >= 0 && doc.cues[b]!.nominal) b--;
  const before = b >= 0 && doc.cues[b]!.sentence === cue.sentence ? earlier[b] ?? null : null;

  // `saying …`, `, adding …`: the subject of the clause it hangs from.
  if (tokens[cue.firstToken]!.lower.endsWith('ing') && cue.kind !== 'according') {
    if (before) return { ...before, how: 'participle', confidence: before.confidence * 0.95, reason: `${reasonCue} continues the clause of ${before.name}` };
    // `X issued a statement saying …`: the participle's subject is the clause's, not the noun before it.
    const subject = clauseSubject(doc, ctx, cue.sentence, cue.start);
    if (subject) return fromPhrase(doc, subject, cue.start, cue.sentence, candidates, `${reasonCue}, subject of the sentence`);
    const own = speakerBefore(ctx, cue.firstToken);
    return own ? fromPhrase(doc, own, cue.start, cue.sentence, candidates, reasonCue) : null;
  }

  const prev = tokens[cue.firstToken - 1];
  const prevPrev = tokens[cue.firstToken - 2];
  const sameSentence = (t: typeof prev) => t !== undefined && t.sentence === cue.sentence;
  const afterQuote = sameSentence(prev) && (prev!.quote !== null || (prev!.text === ',' && sameSentence(prevPrev) && prevPrev!.quote !== null));
  const atStart = !sameSentence(prev);
  const phrase = cue.kind === 'according' || afterQuote || atStart
    ? speakerAfter(ctx, cue.lastToken, cue.kind !== 'according') ?? (cue.kind === 'according' ? null : speakerBefore(ctx, cue.firstToken))
    : speakerBefore(ctx, cue.firstToken);
  if (phrase) return fromPhrase(doc, phrase, cue.start, cue.sentence, candidates, reasonCue, cueObject(doc, ctx, cue.lastToken));
  // A second verb of the same subject: `Ruiz called the plan a “disgrace,” and said …`.
  if (prev && sameSentence(prev) && COORDINATORS.has(prev.lower)) {
    if (before) return { ...before, confidence: before.confidence * 0.9, reason: `${reasonCue} shares the subject of the verb before it, ${before.name}` };
    const subject = clauseSubject(doc, ctx, cue.sentence, cue.start);
    if (subject) return fromPhrase(doc, subject, cue.start, cue.sentence, candidates, `${reasonCue}, whose subject opens the sentence`);
  }
  // Reported speech before the cue: `Services are not improving fast enough, said the inspectors.`
  if (prev && sameSentence(prev) && prev.text === ',') {
    const after = speakerAfter(ctx, cue.lastToken);
    if (after) return fromPhrase(doc, after, cue.start, cue.sentence, candidates, reasonCue);
  }
  return null;
}

/** The clause's subject: a name (`Acme also backed …`) or a description (`Inspectors visited …`), whichever comes first. */
function clauseSubject(doc: Readonly<Doc>, ctx: PhraseContext, sentence: number, before: number): SpeakerPhrase | null {
  const name = sentenceSubject(doc, sentence, before);
  const described = subjectDescription(ctx, firstStartingAt(doc.tokens, doc.sentences[sentence]!.start), sentence);
  const fromName = name !== null ? ctxMention(doc, name) : null;
  if (described && described.end <= before && (!fromName || described.start < fromName.start)) return described;
  return fromName;
}

/**
 * The name that is the sentence's subject: the first name outside quotations that a verb follows
 * (`Acme also backed …`), else the first name. Mentions are scanned from the sentence's first one.
 */
function sentenceSubject(doc: Readonly<Doc>, sentence: number, before: number): number | null {
  let first: number | null = null;
  const from = firstStartingAt(doc.mentions, doc.sentences[sentence]!.start);
  for (let i = from; i < doc.mentions.length && doc.mentions[i]!.start < before && i - from < MAX_SUBJECT_SCAN; i++) {
    const m = doc.mentions[i]!;
    if (m.kind !== 'name' || m.insideQuote || isDateline(doc, m) || afterPreposition(doc, m)) continue;
    first ??= i;
    let k = firstStartingAt(doc.tokens, m.end);
    while (doc.tokens[k]?.isWord && TIME_WORDS.has(doc.tokens[k]!.lower)) k++; // `Ann Price on Thursday blamed`
    const next = doc.tokens[k];
    if (next && next.sentence === sentence && next.isWord && (isVerbLike(next.lower) || CUE_PREFIX_WORDS.has(next.lower))) return i;
  }
  return first;
}

const TIME_WORDS = new Set(['on', 'last', 'this', 'next', 'week', 'month', 'year', 'night', 'morning', 'afternoon', 'evening',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight', 'earlier', 'later']);
const PREPOSITIONS = new Set(['of', 'for', 'to', 'in', 'at', 'by', 'with', 'from', 'on', 'about', 'against', 'over', 'than']);

/** `SPRINGFIELD, Ill. —` opening a story is a dateline, not a subject. */
function isDateline(doc: Readonly<Doc>, m: Mention): boolean {
  return m.start === doc.sentences[m.sentence]!.start && m.name === m.name.toUpperCase() && /\p{Lu}{2}/u.test(m.name);
}

/** `the former secretary of State`: a name after a preposition is not the subject. */
function afterPreposition(doc: Readonly<Doc>, m: Mention): boolean {
  const prev = doc.tokens[firstStartingAt(doc.tokens, m.start) - 1];
  return prev !== undefined && prev.sentence === m.sentence && PREPOSITIONS.has(prev.lower);
}

/** A subject comes early in its sentence: later names are not looked at. */
const MAX_SUBJECT_SCAN = 12;

const COORDINATORS = new Set(['and', 'but', 'then', 'or', 'yet']);

function ctxMention(doc: Readonly<Doc>, m: number): SpeakerPhrase {
  const mention = doc.mentions[m]!;
  return { start: mention.start, end: mention.end, kind: 'name', mention: m, text: mention.name, head: mention.name, headKind: null, definite: true, role: mention.role };
}

/** `she told Brandt`, `he asked Reed`: the person the cue's verb is said to (never its subject). */
function cueObject(doc: Readonly<Doc>, ctx: PhraseContext, cueLast: number): number | null {
  const m = ctx.mentionStartingAt.get(cueLast + 1);
  return m !== undefined && doc.mentions[m]!.kind === 'name' ? doc.mentionEntity[m] ?? null : null;
}

/** `excluded`: an entity the phrase cannot refer to (the cue's object, for a pronoun subject). */
function fromPhrase(doc: Readonly<Doc>, p: SpeakerPhrase, at: number, sentence: number, candidates: readonly Candidate[], reasonCue: string,
  excluded: number | null = null): CueSpeaker | null {
  const span = { start: p.start, end: p.end };
  if (p.kind === 'name') {
    const entity = doc.mentionEntity[p.mention!] ?? null;
    if (entity === null) return null;
    const e = doc.entities[entity]!;
    // The first role the article states for the person (`Eastwick Council leader`) beats a bare title here (`Councillor`).
    return { entity, name: e.name, kind: e.kind, role: e.role ?? p.role, mention: span, how: 'name', confidence: 0.95, reason: `${reasonCue} with the name “${doc.source.text.slice(p.start, p.end)}”` };
  }
  if (p.kind === 'pronoun') {
    const pronoun = doc.mentions[p.mention!]!.name;
    const c = resolvePronoun(pronoun, at, sentence, excluded === null ? candidates : candidates.filter((k) => k.entity !== excluded));
    if (!c) return null;
    return fromCandidate(doc, c, span, 'pronoun', 0.85, `${reasonCue} with “${pronoun}”, which refers to ${c.name}`);
  }
  // A description: an entity named earlier, or an unnamed speaker in its own right.
  if (p.definite && p.headKind !== 'group') {
    const c = resolveDefiniteDescription(p.text, p.head, p.headKind, at, doc.entities, candidates);
    if (c) return fromCandidate(doc, c, span, 'description', 0.8, `${reasonCue} with “${p.text}”, which refers to ${c.name}`);
    if (p.headKind === 'organisation' && GENERIC_BODY_NOUNS.has(p.head)) {
      const body = lastNamedBody(at, candidates);
      if (body) return fromCandidate(doc, body, span, 'description', 0.7, `${reasonCue} with “${p.text}”, taken to be the body named last, ${body.name}`);
    }
    if (p.headKind === 'person') {
      const main = mostMentionedPerson(at, candidates);
      // `Asked about Jo Reed, the mayor said`: a description beside the name is someone else.
      const namedHere = main !== null && candidates.some((c) => c.entity === main.entity && c.sentence === sentence);
      if (main && !namedHere) return fromCandidate(doc, main, span, 'description', 0.5, `${reasonCue} with “${p.text}”, taken to be the person the article names most, ${main.name}`);
    }
  }
  return {
    entity: null, name: p.text, kind: p.headKind === 'person' ? 'person' : 'organisation', role: p.role, mention: span,
    how: 'description', confidence: 0.8, reason: `${reasonCue} with the description “${p.text}”`,
  };
}

function fromCandidate(doc: Readonly<Doc>, c: Candidate, mention: CueSpeaker['mention'], how: CueSpeaker['how'], confidence: number, reason: string): CueSpeaker {
  const e = c.entity !== null ? doc.entities[c.entity]! : null;
  return {
    entity: c.entity, name: e ? e.name : c.name, kind: e ? e.kind : c.kind === 'person' ? 'person' : 'organisation',
    role: e ? e.role : null, mention, how, confidence, reason,
  };
}

function nameCandidate(doc: Readonly<Doc>, m: Mention, i: number): Candidate {
  const entity = doc.mentionEntity[i] ?? null;
  const e = entity !== null ? doc.entities[entity]! : null;
  return {
    at: m.start, sentence: m.sentence, entity, name: e ? e.name : m.name, kind: e ? e.kind : 'organisation',
    gender: e?.gender ?? m.gender, kindKnown: e?.kindKnown ?? false, isSpeaker: false, isSubject: isSubjectPosition(doc, m),
  };
}

/**
 * A name that opens its main clause: nothing before it in the sentence but titles, role words or an
 * opening phrase ended by a comma (`Asked about the plan, Ruiz said`) — no verb, no `that`. A name in
 * an embedded clause (`… in the event that Reed wins …`) is not a subject here.
 */
function isSubjectPosition(doc: Readonly<Doc>, m: Mention): boolean {
  const first = firstStartingAt(doc.tokens, doc.sentences[m.sentence]!.start);
  const at = firstStartingAt(doc.tokens, m.start);
  if (at - first > MAX_SUBJECT_OFFSET) return false;
  // `… from Mr Reed's comments`: a possessive, or the object of a preposition, is not the subject.
  if (endsInPossessive(doc.source.text, m.end, m.end + 2) || PREPOSITIONS.has(doc.tokens[at - 1]?.lower ?? '')) return false;
  for (let k = at - 1; k >= first; k--) {
    const t = doc.tokens[k]!;
    if (t.text === ',' || t.text === '—' || t.text === '–') return true; // an opening phrase before the subject
    if (t.quote !== null || (t.isWord && (EMBEDDING.has(t.lower) || AUXILIARIES.has(t.lower) || (isVerbLike(t.lower) && !TITLES.has(t.lower))))) return false;
  }
  return true;
}

const MAX_SUBJECT_OFFSET = 20;
const EMBEDDING = new Set(['that', 'who', 'which', 'whether', 'if', 'when', 'because', 'than', 'and', 'or', 'but']);
const AUXILIARIES = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'has', 'had', 'have', 'will', 'would', 'could', 'can', 'should', 'may', 'might', 'must', 'did', 'does', 'do']);

/**
 * Keep candidates ordered by position; new ones almost always belong at the end. Two at one place
 * are one mention seen twice (`said Jo Reed`: as the cue's speaker, then as a name): it keeps what
 * either knew, so the name does not undo the speaker.
 */
function insert(candidates: Candidate[], c: Candidate): void {
  let i = candidates.length;
  while (i > 0 && candidates[i - 1]!.at > c.at) i--;
  const same = candidates[i - 1];
  if (same?.at === c.at) candidates[i - 1] = { ...c, isSpeaker: c.isSpeaker || same.isSpeaker, isSubject: c.isSubject || same.isSubject };
  else candidates.splice(i, 0, c);
}

function phraseContext(doc: Readonly<Doc>): PhraseContext {
  const mentionStartingAt = new Map<number, number>();
  const mentionEndingAt = new Map<number, number>();
  let k = 0;
  for (let i = 0; i < doc.mentions.length; i++) {
    const m = doc.mentions[i]!;
    if (m.insideQuote) continue;
    while (k < doc.tokens.length && doc.tokens[k]!.end <= m.start) k++;
    const first = k;
    let last = k;
    while (last + 1 < doc.tokens.length && doc.tokens[last + 1]!.end <= m.end) last++;
    mentionStartingAt.set(first, i);
    mentionEndingAt.set(last, i);
  }
  return { text: doc.source.text, tokens: doc.tokens, mentions: doc.mentions, mentionStartingAt, mentionEndingAt };
}

export const cueSpeakersPass: Pass = {
  name: 'cue-speakers',
  run: (doc) => ({ cueSpeakers: findCueSpeakers(doc) }),
};
