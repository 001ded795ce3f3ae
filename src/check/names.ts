/** Comparing how names are written: case, accents, hyphens and apostrophes aside. */

/** `Siân O’Neill-Hart` → `sian oneill hart`. */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’.]/g, '')
    .replace(/[-\s]+/g, ' ')
    .trim();
}

/** Honorifics and titles that may stand before a name in the text and are not part of it. */
const LEADING_TITLES = /^(?:(?:mr|mrs|ms|miss|mx|dr|prof|sir|dame|lord|lady|cllr|coun|sen|rep|gov|rev|the)\.?\s+)+/i;

export function withoutTitles(name: string): string {
  return name.replace(LEADING_TITLES, '').replace(/['’]s$/u, '').trim();
}
