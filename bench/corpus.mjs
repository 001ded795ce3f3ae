/**
 * A deterministic corpus of invented news articles for the benchmark and the shard test: the same
 * seed always gives the same files. Articles are built from templates and word lists of our own
 * (no real outlet's text), with quotations in every layout the extractor handles, claims, scare
 * quotes, boilerplate and background reporting, and sizes spread log-uniformly from 1 KB to 50 KB.
 *
 * Quotations come at about the rate of real news: 4.3 per KB, where the seeds have 4.0 (and the
 * articles of other outlets we measured 3.9 to 4.8), with 2.4 claims per KB (1.8) and paragraphs of
 * 140 characters (230). Without the background, every paragraph was a quotation, a claim or
 * boilerplate: 9.5 quotations and 5.6 claims per KB, in paragraphs of 80 characters.
 */

/** mulberry32: a small, fast, seedable PRNG. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GIVEN = ['Ida', 'Piet', 'Nadia', 'Tomasz', 'Ruth', 'Kofi', 'Mara', 'Owen', 'Lena', 'Arjun', 'Beatrix', 'Colm', 'Delphine', 'Emeka', 'Freya', 'Gareth', 'Hana', 'Ivo', 'Jude', 'Katya'];
const SURNAMES = ['Quell', 'Brandt', 'Forsyth', 'Wierzba', 'Okafor', 'Ansah', 'Quince', 'Pryce', 'Halvorsen', 'Mehta', 'Lindqvist', 'Dunmore', 'Achterberg', 'Nwosu', 'Tallis', 'Renwick', 'Sato', 'Voss', 'Carrow', 'Petrosyan'];
const ROLES = ['the council leader', 'a local resident', 'the head teacher', 'chief executive of the trust', 'the transport minister', 'a spokeswoman for the firm', 'the union organiser', 'the police inspector', 'chair of the residents’ association', 'the hospital’s medical director'];
const BODIES = ['Harrow Vale Council', 'the Eastfield Trust', 'Marsh Lane Housing', 'the Northmoor Bus Company', 'the Regional Water Board', 'Kestrel Foods', 'the Tidewater Port Authority'];
const TOPICS = ['the new bypass', 'the library closure', 'the bus timetable', 'the flood defences', 'the school merger', 'the rent rise', 'the hospital car park', 'the harbour repairs'];
const QUOTES = [
  'We have listened to residents and we will keep listening',
  'This is the best outcome we could have hoped for',
  'Nobody asked us what we wanted, and that is the problem',
  'The money is there, and it should be spent where it is needed',
  'I have lived here for thirty years and I have never seen anything like it',
  'We are disappointed, but we are not giving up',
  'It will take time, but the work has started',
  'Families deserve better than this',
];
const CLAUSES = ['the work would finish by the spring', 'costs had risen sharply since the summer', 'the decision would be reviewed next year', 'more staff were needed', 'the plan had broad support'];
const MONTHS = ['January', 'March', 'May', 'July', 'September', 'November'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const PLACES = ['Harrow Vale', 'Eastfield', 'Northmoor', 'Tidewater', 'Marsh Lane', 'Kestrel Bridge'];
/** Background: sentences with names, places, dates and numbers, and no quotation or claim. */
const BACKGROUND = [
  (c) => `${c.body} approved ${c.topic} in ${c.month} after a ${c.n(3, 12)}-month consultation.`,
  (c) => `Work on ${c.topic} is expected to begin next year, with the first phase finished by ${c.n(2027, 2031)}.`,
  (c) => `The scheme will cost about £${c.n(2, 90)} million, paid for by ${c.body} and central government.`,
  (c) => `More than ${c.n(200, 4000)} people signed a petition against the plans, and a public meeting is due at the town hall in ${c.place} on ${c.day}.`,
  (c) => `The site has been empty since ${c.n(2009, 2022)}, when the previous owner went into administration.`,
  (c) => `${c.full} has lived in ${c.place} for ${c.n(5, 40)} years and ran a shop on the high street until it closed.`,
  (c) => `${c.pronoun} was first elected to the council in ${c.n(2005, 2022)}.`,
  (c) => `Residents in ${c.place} have raised concerns about traffic, noise and the loss of green space near the river.`,
  (c) => `A final decision is due in ${c.month}, once the planning committee has considered the report.`,
  (c) => `The ${c.n(3, 9)}-storey building would include ${c.n(20, 300)} homes, a health centre and space for small businesses.`,
  (c) => `Last year the service carried ${c.n(1, 9)}.${c.n(1, 9)} million passengers, up from ${c.n(1, 9)} million in ${c.n(2015, 2020)}.`,
];
const BOILERPLATE = ['Sign up for our daily newsletter to get the latest local news.', 'Share this article', 'Copyright 2026. All rights reserved.', 'Related: more stories from the area'];

export function generateCorpus({ articles = 1600, seed = 2026, minBytes = 1024, maxBytes = 50 * 1024 } = {}) {
  const r = random(seed);
  const pick = (list) => list[Math.floor(r() * list.length)];
  const files = [];
  for (let n = 0; n < articles; n++) {
    const target = Math.round(minBytes * (maxBytes / minBytes) ** r());
    const people = Array.from({ length: 4 }, () => [pick(GIVEN), pick(SURNAMES), pick(ROLES)]);
    const topic = pick(TOPICS);
    const body = pick(BODIES);
    const paragraphs = [`${topic[0].toUpperCase()}${topic.slice(1)}: what happens next`, `By ${pick(GIVEN)} ${pick(SURNAMES)}`];
    let size = paragraphs.join('\n\n').length;
    while (size < target) {
      const [given, surname, role] = pick(people);
      const full = `${given} ${surname}`;
      const q = pick(QUOTES);
      const layouts = [
        () => `“${q},” said ${full}, ${role}.`,
        () => `${full}, ${role}, said: “${q}.”`,
        () => `“${q},” ${surname} told reporters. “${pick(QUOTES)}.”`,
        () => `${full} said ${pick(CLAUSES)}.`,
        () => `According to ${body}, ${pick(CLAUSES)}.`,
        () => `${pick(CLAUSES)[0].toUpperCase()}${pick(CLAUSES).slice(1)}, ${full} said.`,
        () => `The report described ${topic} as “a work in progress”.`,
        () => `“${q}.” – ${full}`,
        () => `Speaking on Monday, ${surname} added: “${q}.\n\n“${pick(QUOTES)}.”`,
        () => `${body} said it had called for ${topic} to be delayed until the end of the year.`,
        () => `He said the "${pick(['fair', 'final', 'bold'])} deal" was ${pick(['close', 'ready', 'late'])}. "${q}," he said.`,
        () => pick(BOILERPLATE),
      ];
      const c = {
        body, topic, full, month: pick(MONTHS), day: pick(DAYS), place: pick(PLACES), pronoun: pick(['He', 'She']),
        n: (lo, hi) => lo + Math.floor(r() * (hi - lo + 1)),
      };
      const background = () => pick(BACKGROUND)(c);
      // A fifth of the paragraphs are background of two to four sentences, and two in five of the
      // others go on with a sentence of background after the quotation or claim.
      let line;
      if (r() < 0.2) line = Array.from({ length: 2 + Math.floor(r() * 3) }, background).join(' ');
      else line = r() < 0.4 ? `${pick(layouts)()} ${background()}` : pick(layouts)();
      const p = line[0].toUpperCase() + line.slice(1);
      paragraphs.push(p);
      size += p.length + 2;
    }
    files.push({ name: `article-${String(n).padStart(5, '0')}.txt`, text: `${paragraphs.join('\n\n')}\n` });
  }
  return files;
}
