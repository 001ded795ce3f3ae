/**
 * Words that describe people and the bodies that speak in news copy, as data.
 */

/** Honorifics written before a name; they are dropped from canonical names. Value: implied gender. */
export const HONORIFICS: ReadonlyMap<string, 'male' | 'female' | null> = new Map([
  ['mr', 'male'], ['mr.', 'male'], ['mrs', 'female'], ['mrs.', 'female'], ['ms', 'female'], ['ms.', 'female'],
  ['miss', 'female'], ['mx', null], ['dr', null], ['dr.', null], ['sir', 'male'], ['dame', 'female'],
  ['lord', 'male'], ['lady', 'female'], ['baroness', 'female'], ['baron', 'male'], ['prof', null], ['prof.', null],
  ['professor', null], ['rev', null], ['rev.', null], ['reverend', null], ['fr', 'male'], ['father', 'male'],
  ['sister', 'female'], ['brother', 'male'],
]);

/**
 * Titles and offices written before or after a name (`Cllr Sue Smith`, `Sen. Jane Doe`, `Jo Bloggs MP`).
 * They become the speaker's role rather than part of the name.
 */
export const TITLES: ReadonlySet<string> = new Set([
  'cllr', 'cllr.', 'coun', 'coun.', 'councillor', 'councilor', 'councilmember', 'alderman', 'alderwoman', 'ald', 'ald.',
  'assemblyman', 'assemblywoman', 'assemblymember', 'mp', 'mps', 'mep', 'msp', 'ms', 'am', 'mla', 'mpp', 'mna', 'td', 'qc', 'kc',
  'cpl', 'cpl.', 'const', 'const.', 'insp', 'insp.', 'supt.', 'sgt.', 'det.', 'staff',
  'sen', 'sen.', 'senator', 'rep', 'rep.', 'representative', 'congressman', 'congresswoman', 'gov', 'gov.',
  'governor', 'president', 'vice', 'minister', 'secretary', 'chancellor', 'mayor', 'premier', 'chief', 'inspector',
  'detective', 'det', 'supt', 'superintendent', 'sergeant', 'sgt', 'constable', 'pc', 'officer', 'commissioner',
  'judge', 'justice', 'gen', 'gen.', 'general', 'col', 'col.', 'colonel', 'capt', 'capt.', 'captain', 'lt', 'lt.',
  'lieutenant', 'admiral', 'major', 'bishop', 'archbishop', 'pope', 'king', 'queen', 'prince', 'princess',
  'coach', 'manager', 'director', 'chairman', 'chairwoman', 'chair', 'leader', 'speaker', 'attorney', 'candidate',
  'nominee', 'ambassador', 'spokesman', 'spokeswoman', 'spokesperson', 'executive',
  'labour', 'conservative', 'tory', 'democrat', 'democratic', 'republican', 'liberal', 'green', 'independent',
  'cons', 'lab', 'lib', 'dem', 'snp', 'gop', 'founder', 'co-founder', 'boss', 'owner', 'editor', 'presenter',
  'author', 'writer', 'analyst', 'economist', 'striker', 'midfielder', 'defender', 'goalkeeper', 'captain',
  'winger', 'fly-half', 'player', 'star', 'actor', 'actress', 'singer', 'musician', 'officials', 'member',
]);

/**
 * Heads of noun phrases that name an unnamed speaker or a speaking body: `a spokesperson`,
 * `the council`, `inspectors`, `the report`. Value: the kind of speaker.
 */
export const SPEAKER_NOUNS: ReadonlyMap<string, 'person' | 'organisation' | 'group'> = new Map([
  ...['spokesman', 'spokeswoman', 'spokesperson', 'minister', 'councillor', 'councilor', 'mp', 'senator',
    'congressman', 'congresswoman', 'mayor', 'chairman', 'chairwoman', 'chair', 'chief', 'director', 'leader',
    'manager', 'coach', 'president', 'secretary', 'chancellor', 'governor', 'official', 'source', 'insider',
    'adviser', 'advisor', 'aide', 'executive', 'boss', 'head', 'lawyer', 'attorney', 'judge', 'prosecutor',
    'officer', 'inspector', 'detective', 'superintendent', 'commissioner', 'expert', 'analyst', 'economist',
    'professor', 'researcher', 'scientist', 'doctor', 'nurse', 'teacher', 'headteacher', 'witness', 'resident',
    'neighbour', 'neighbor', 'mother', 'father', 'man', 'woman', 'victim', 'candidate', 'nominee', 'ambassador',
    'campaigner', 'activist', 'founder', 'owner', 'author', 'writer', 'editor', 'player', 'striker', 'captain',
    'midfielder', 'defender', 'goalkeeper', 'winger', 'star', 'singer', 'actor', 'actress', 'presenter',
    'welshman', 'scotsman', 'irishman', 'englishman', 'frenchman', 'american', 'veteran', 'republican',
    'democrat', 'premier', 'king', 'queen', 'prince', 'princess', 'pope', 'bishop', 'archbishop', 'rep',
    'representative', 'member', 'speaker', 'strategist', 'pollster', 'consultant', 'diplomat', 'envoy',
    'general', 'colonel', 'commander', 'sheriff', 'marshal', 'constable', 'sergeant', 'magistrate', 'coroner',
    'councilwoman', 'councilman', 'assemblyman', 'assemblywoman', 'legislator', 'lawmaker', 'politician',
    'businessman', 'businesswoman', 'entrepreneur', 'investor', 'banker', 'trader', 'manufacturer',
    'frontrunner', 'front-runner', 'hopeful', 'contender', 'challenger', 'incumbent', 'billionaire', 'mogul',
    'host', 'anchor', 'commentator', 'columnist', 'reporter', 'journalist', 'correspondent', 'historian',
    'pastor', 'priest', 'rabbi', 'imam', 'cleric', 'chef', 'farmer', 'worker', 'student', 'pupil', 'parent',
  ].map((w) => [w, 'person'] as const),
  ...['officials', 'inspectors', 'leaders', 'police', 'officers', 'experts', 'analysts', 'researchers',
    'scientists', 'campaigners', 'critics', 'residents', 'parents', 'teachers', 'doctors', 'nurses', 'staff',
    'bosses', 'ministers', 'councillors', 'mps', 'sources', 'insiders', 'aides', 'advisers', 'advisors',
    'lawyers', 'prosecutors', 'investigators', 'detectives', 'organisers', 'organizers', 'authorities',
    'economists', 'lawmakers', 'legislators', 'senators', 'democrats', 'republicans', 'supporters', 'opponents',
    'protesters', 'witnesses', 'neighbours', 'neighbors', 'families', 'unions', 'executives', 'managers',
    'members', 'directors', 'judges', 'players', 'fans', 'voters', 'people', 'environmentalists', 'airlines',
    'firms', 'companies', 'banks', 'retailers', 'operators', 'regulators', 'auditors', 'inspections', 'rivals',
    'prosecutors', 'forecasters', 'pollsters', 'observers', 'commentators', 'watchdogs', 'charities',
  ].map((w) => [w, 'group'] as const),
  ...['council', 'government', 'department', 'ministry', 'report', 'inspection', 'inspectorate', 'review',
    'study', 'survey', 'poll', 'audit', 'inquiry', 'investigation', 'committee', 'commission', 'authority',
    'agency', 'watchdog', 'regulator', 'board', 'trust', 'company', 'firm', 'group', 'party', 'union',
    'charity', 'organisation', 'organization', 'association', 'team', 'club', 'office', 'statement', 'document',
    'letter', 'book', 'paper', 'website', 'court', 'tribunal', 'service', 'force', 'campaign', 'administration',
    'executive', 'bank', 'school', 'university', 'hospital', 'newspaper', 'magazine', 'broadcaster', 'network',
    'panel', 'body', 'operator', 'airline', 'regulator', 'spokesteam', 'ruling', 'judgment', 'judgement',
    'analysis', 'research', 'data', 'figures', 'memo', 'email', 'filing', 'lawsuit', 'indictment', 'complaint',
    'findings', 'guidance', 'bill', 'plan', 'proposal', 'manifesto', 'release', 'index', 'documents', 'records', 'papers',
    'filings', 'statistics', 'accounts', 'minutes', 'reports', 'studies', 'surveys', 'force', 'chain', 'retailer', 'business',
  ].map((w) => [w, 'organisation'] as const),
]);

/**
 * Body nouns that news copy uses for the company, force or club it has just named (`Acme Ltd … The firm
 * said`): with no name or role to match, they refer to the body named last.
 */
export const GENERIC_BODY_NOUNS: ReadonlySet<string> = new Set([
  'company', 'firm', 'group', 'business', 'retailer', 'chain', 'bank', 'airline', 'operator', 'manufacturer', 'supplier',
  'force', 'club', 'party', 'charity', 'organisation', 'organization', 'authority', 'agency', 'trust', 'board', 'council',
  'university', 'school', 'hospital', 'broadcaster', 'network', 'union', 'watchdog', 'regulator', 'service',
]);

/** Personal pronouns that can be the subject of a speech verb, with what they can refer to. */
export const SUBJECT_PRONOUNS: ReadonlyMap<string, 'male' | 'female' | 'thing' | 'plural' | 'speaker'> = new Map([
  ['he', 'male'], ['she', 'female'], ['it', 'thing'], ['they', 'plural'], ['we', 'speaker'], ['i', 'speaker'],
]);

/**
 * Capitalised words that never name anyone on their own, whatever their position: function words and
 * sentence adverbs (`But`, `However`, `In`, `Too`) that start sentences and headlines.
 */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'but', 'or', 'nor', 'so', 'yet', 'for', 'if', 'as', 'at', 'by', 'in', 'on', 'of', 'off',
  'out', 'up', 'down', 'to', 'from', 'into', 'onto', 'with', 'within', 'without', 'about', 'above', 'below', 'after',
  'before', 'during', 'despite', 'under', 'over', 'among', 'between', 'against', 'around', 'through', 'throughout',
  'until', 'unless', 'since', 'because', 'although', 'though', 'while', 'whilst', 'when', 'where', 'whether', 'which',
  'who', 'whom', 'whose', 'why', 'how', 'what', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they',
  'we', 'i', 'you', 'his', 'her', 'their', 'our', 'my', 'your', 'him', 'them', 'us', 'me', 'however', 'meanwhile',
  'instead', 'still', 'also', 'too', 'now', 'then', 'today', 'tonight', 'yesterday', 'tomorrow', 'earlier', 'later',
  'last', 'next', 'both', 'many', 'some', 'most', 'more', 'other', 'others', 'such', 'every', 'each', 'all', 'any',
  'no', 'not', 'only', 'even', 'thus', 'indeed', 'here', 'there', 'one', 'two', 'three', 'four', 'five', 'first',
  'second', 'third', 'yes', 'well', 'just', 'again', 'already', 'once', 'ever', 'never', 'perhaps', 'maybe',
  'speaking', 'asked', 'according', 'responding', 'following', 'writing', 'talking', 'like', 'unlike', 'new', 'latest',
  'former', 'senior', 'several', 'few', 'much', 'very', 'should', 'would', 'could', 'will', 'may', 'might', 'must',
  'can', 'did', 'do', 'does', 'has', 'have', 'had', 'is', 'was', 'were', 'are', 'be', 'been', 'being', 'said',
  'says', 'mr', 'mrs', 'ms', 'dr', 'sir',
  // Calendar words (not `May`, also a surname).
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'monday',
  'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

/** Words that join the parts of a name or an organisation's name (`Bank of England`, `Ludwig van Beethoven`). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set([
  'of', 'for', 'and', '&', 'de', 'du', 'da', 'van', 'von', 'der', 'den', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'di',
  'st', 'st.', 'the',
]);

/** Last words that make a capitalised phrase an organisation (`Eastwick Council`, `Labour Party`). */
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set([
  'council', 'party', 'government', 'department', 'ministry', 'office', 'agency', 'authority', 'commission',
  'committee', 'association', 'federation', 'union', 'society', 'institute', 'institution', 'foundation', 'trust',
  'board', 'bank', 'group', 'company', 'corporation', 'corp', 'inc', 'ltd', 'plc', 'llc', 'co', 'holdings',
  'partners', 'services', 'service', 'police', 'constabulary', 'force', 'army', 'navy', 'court', 'tribunal',
  'university', 'college', 'school', 'academy', 'hospital', 'club', 'fc', 'united', 'city', 'news', 'times',
  'post', 'press', 'herald', 'telegraph', 'guardian', 'journal', 'chronicle', 'gazette', 'echo', 'mail', 'express',
  'network', 'channel', 'radio', 'tv', 'television', 'airlines', 'airways', 'railway', 'railways', 'executive',
  'assembly', 'parliament', 'congress', 'senate', 'house', 'cabinet', 'administration', 'campaign', 'network',
  'coalition', 'alliance', 'league', 'organisation', 'organization', 'council', 'centre', 'center', 'fund',
  'charity', 'inspectorate', 'watchdog', 'regulator', 'exchange', 'museum', 'library', 'church', 'team',
  'industries', 'industry', 'technologies', 'systems', 'motors', 'energy', 'media', 'entertainment', 'arts',
  'office', 'bureau', 'secretariat', 'unit', 'panel', 'forum', 'initiative', 'project', 'programme', 'program',
]);

/**
 * Words that open a comma-separated aside that is no role: a time, a place or a circumstance
 * (`Jo Reed, on Monday,`, `Jo Reed, in a statement,`, `Jo Reed, 45,`). Numbers and -ing participles
 * (`speaking at a rally`) are excluded by form.
 */
export const NOT_ROLE_OPENERS: ReadonlySet<string> = new Set([
  'on', 'in', 'at', 'from', 'during', 'after', 'before', 'since', 'until', 'by', 'with', 'without', 'through',
  'last', 'this', 'next', 'earlier', 'later', 'yesterday', 'today', 'tonight', 'however', 'though', 'meanwhile',
  'also', 'too', 'again', 'then', 'now', 'according', 'aged', 'like', 'unlike', 'as', 'if', 'when', 'not',
]);
