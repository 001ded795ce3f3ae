/**
 * A deterministic corpus of invented news articles for the benchmark and the shard test: the same
 * seed always gives the same files. Articles are built from templates and word lists of our own
 * (no real outlet's text), with quotations in every layout the extractor handles, claims, scare
 * quotes and boilerplate, and sizes spread log-uniformly from 1 KB to 50 KB.
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
      const line = pick(layouts)();
      const p = line[0].toUpperCase() + line.slice(1);
      paragraphs.push(p);
      size += p.length + 2;
    }
    files.push({ name: `article-${String(n).padStart(5, '0')}.txt`, text: `${paragraphs.join('\n\n')}\n` });
  }
  return files;
}
