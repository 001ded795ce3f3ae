/**
 * Abbreviations that end in a period without ending the sentence, as data for the sentence splitter
 * (`src/segment/sentences.ts`). Entries are written as they appear in text, without the final period;
 * dotted forms keep their inner periods (`U.S`). Each group says how the splitter treats it.
 */

/**
 * Titles written before a name (`Mr. Smith`, `Dr. No`, `Sgt. Pepper`). A name always follows, so the
 * period never ends a sentence. Matched case-sensitively as written, so `MS.` (the illness) at the end
 * of a sentence is not mistaken for `Ms.`.
 */
export const TITLE_ABBREVIATIONS: readonly string[] = [
  'Mr', 'Mrs', 'Ms', 'Messrs', 'Mmes', 'Mx', 'Dr', 'Drs', 'Cllr', 'Prof', 'Gen', 'Sen', 'Sens', 'Rep', 'Reps',
  'Gov', 'Govs', 'Lt', 'Col', 'Capt', 'Sgt', 'Cpl', 'Pte', 'Pvt', 'Maj', 'Brig', 'Adm', 'Cmdr', 'Cdr', 'Rev',
  'Revd', 'Hon', 'Supt', 'Insp', 'Det', 'Fr', 'Msgr', 'Atty', 'Pres', 'Amb', 'Lieut', 'Comdr', 'Gens', 'Coun', 'Ald', 'Const',
];

/**
 * Abbreviations that are always followed by more of the same sentence (`e.g. Paris`, `Smith vs. Jones`,
 * `approx. 40`). Matched case-sensitively as written (`v.` but not the initial `V.`).
 */
export const NEVER_FINAL_ABBREVIATIONS: readonly string[] = [
  'e.g', 'E.g', 'i.e', 'I.e', 'vs', 'Vs', 'v', 'approx', 'Approx', 'cf', 'Cf', 'viz', 'ca',
];

/**
 * Abbreviations that stand before a number (`No. 10`, `Vol. 2`, `pp. 4-6`): they hold the sentence together
 * only when a digit follows, so `She said No. Then...` still splits. Matched case-sensitively as written.
 */
export const NUMBER_ABBREVIATIONS: readonly string[] = ['No', 'Nos', 'Vol', 'vol', 'Fig', 'fig', 'Art', 'Ch', 'p', 'pp', 'para', 'Para'];

/**
 * The groups below are ambiguous: usually mid-sentence, sometimes final. They are matched
 * case-insensitively, and split only before one of the `SENTENCE_STARTERS`.
 */

/** Month abbreviations (`Jan. 5`, `Sept. 11`): usually mid-sentence, but a date can end a sentence. */
export const MONTH_ABBREVIATIONS: readonly string[] = [
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
];

/** Company suffixes (`Apple Inc. said`): they often end a sentence too (`...joined Acme Ltd. The firm`). */
export const COMPANY_ABBREVIATIONS: readonly string[] = ['Inc', 'Ltd', 'Co', 'Corp', 'Bros', 'Plc', 'Llc', 'Assn', 'Dept', 'Univ'];

/** Suffixes after a name (`John Smith Jr. said`), and `et al.`: mid-sentence or final. */
export const NAME_SUFFIX_ABBREVIATIONS: readonly string[] = ['Jr', 'Sr', 'Esq', 'al'];

/** Places: `St. Albans` (saint) but also `Main St.` (street) at the end of a sentence. */
export const PLACE_ABBREVIATIONS: readonly string[] = ['St', 'Ste', 'Mt', 'Ft', 'Ave', 'Rd', 'Blvd', 'Pl', 'Sq'];

/**
 * US state abbreviations in AP style (`Fresno, Calif. The`, `Calif. Gov. Ann Lee`).
 * Matched case-sensitively, unlike the groups above, so that `he fell ill. Doctors` still splits.
 */
export const US_STATE_ABBREVIATIONS: readonly string[] = [
  'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan', 'Kans', 'Ky', 'La',
  'Md', 'Mass', 'Mich', 'Minn', 'Miss', 'Mo', 'Mont', 'Neb', 'Nev', 'Okla', 'Ore', 'Pa', 'Tenn', 'Tex', 'Va',
  'Vt', 'Wash', 'Wis', 'Wyo',
];

/** Canadian provinces in Canadian Press style (`Hamilton, Ont.`); `Man.` is left out as too ambiguous. */
export const CANADIAN_PROVINCE_ABBREVIATIONS: readonly string[] = ['Ont', 'Que', 'Alta', 'Sask', 'Nfld'];

/** Dotted state and province forms (`Raleigh, N.C.`, `Victoria, B.C.`). */
export const DOTTED_REGION_ABBREVIATIONS: readonly string[] = [
  'N.C', 'N.Y', 'N.H', 'N.J', 'N.M', 'N.D', 'S.C', 'S.D', 'R.I', 'W.Va', 'D.C', 'B.C', 'N.S', 'N.B', 'P.E.I',
];

/**
 * Dotted acronyms and forms (`the U.S. government`, `9 a.m. Monday`, `Ph.D. student`). Any token of
 * one- or two-letter pieces joined by periods is treated the same way; this list documents the common
 * ones. They end sentences often (`...in the U.S. The next day`).
 */
export const DOTTED_ABBREVIATIONS: readonly string[] = [
  'U.S', 'U.K', 'U.N', 'E.U', 'U.S.A', 'a.m', 'p.m', 'Ph.D', 'D.C', 'L.A', 'N.Y', 'B.C', 'A.D', 'M.P',
];

/**
 * Capitalised words that typically start a news sentence. After an ambiguous abbreviation (months,
 * company and place suffixes, `Jr.`, dotted acronyms, single-letter initials) the splitter ends the
 * sentence only when one of these follows: `...in the U.S. The next day` splits, `the U.S. Senate`
 * does not. Matched case-sensitively; a word followed by a period (`A. A. Milne`) never counts.
 */
export const SENTENCE_STARTERS: readonly string[] = [
  'The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'You', 'His', 'Her', 'Its', 'Their', 'Our', 'My',
  'This', 'That', 'These', 'Those', 'There', 'Here', 'But', 'And', 'Or', 'So', 'Yet', 'In', 'On', 'At', 'As',
  'After', 'Before', 'When', 'While', 'If', 'Since', 'Although', 'Though', 'However', 'Meanwhile', 'Also',
  'Last', 'Earlier', 'Later', 'Now', 'Then', 'Today', 'Yesterday', 'According', 'For', 'With', 'Some', 'Many',
  'Most', 'One', 'Other', 'Others', 'Both', 'All', 'What', 'Why', 'How', 'Who', 'Asked', 'Under', 'During',
];
