/**
 * Turning an article's bytes into text. Articles come from scrapers, CMS exports and copy-paste,
 * so the bytes are looked at before they are trusted:
 *
 *   UTF-8 BOM (EF BB BF)          dropped; the rest is UTF-8
 *   UTF-16 BOM (FF FE / FE FF)    decoded as UTF-16 little- or big-endian
 *   a NUL byte, or the magic      not text: refused (`binary file (PNG image)`)
 *     number of a common format
 *   valid UTF-8                   as it is
 *   not UTF-8, and no multi-byte  Windows-1252 (smart quotes saved as single bytes by older
 *     UTF-8 sequence in it          editors), with a warning
 *   otherwise                     UTF-8, each malformed sequence shown as U+FFFD, with one warning
 *                                 giving the first bad byte's offset and the count
 *
 * Every offset the extractor reports is an offset into the decoded text.
 */

/** What went wrong or was guessed; `offset` is a UTF-16 offset into the decoded text. */
export interface DecodeWarning {
  readonly code: 'invalid-utf8' | 'windows-1252';
  readonly message: string;
  readonly offset: number;
}

export type DecodeResult =
  | { readonly kind: 'text'; readonly text: string; readonly warnings: readonly DecodeWarning[] }
  | { readonly kind: 'binary'; readonly what: string };

const SNIFF_BYTES = 8192;

/** Magic numbers of files that get named `.txt` by mistake. */
const MAGIC: readonly (readonly [string, readonly number[]])[] = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['zip archive', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
  ['executable', [0x7f, 0x45, 0x4c, 0x46]],
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}

function binaryKind(bytes: Uint8Array): string | null {
  for (const [what, magic] of MAGIC) if (startsWith(bytes, magic)) return what;
  const sniff = bytes.subarray(0, SNIFF_BYTES);
  return sniff.includes(0) ? 'contains NUL bytes' : null;
}

interface Utf8Scan {
  /** Byte offset of the first malformed sequence, or -1. */
  readonly firstInvalid: number;
  readonly invalid: number;
  /** Well-formed sequences of two bytes or more. */
  readonly multibyte: number;
}

/** One pass over the bytes, by the rules of the WHATWG UTF-8 decoder (overlongs and surrogates are malformed). */
function scanUtf8(bytes: Uint8Array): Utf8Scan {
  let firstInvalid = -1;
  let invalid = 0;
  let multibyte = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) { i++; continue; }
    let need = 0;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) { need = 2; if (b === 0xe0) lower = 0xa0; if (b === 0xed) upper = 0x9f; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; if (b === 0xf0) lower = 0x90; if (b === 0xf4) upper = 0x8f; }
    let ok = need > 0;
    let k = 1;
    for (; ok && k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? lower : 0x80) || c > (k === 1 ? upper : 0xbf)) ok = false;
    }
    if (ok) { multibyte++; i += need + 1; continue; }
    if (firstInvalid < 0) firstInvalid = i;
    invalid++;
    i += Math.max(1, k - 1); // the decoder replaces the maximal bad prefix with one U+FFFD
  }
  return { firstInvalid, invalid, multibyte };
}

/** Windows-1252's printable characters at 0x80–0x9F, where Latin-1 has control codes (five are unassigned). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Node's TextDecoder treats `windows-1252` as Latin-1, so the 0x80–0x9F row is mapped here. */
function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    text += String.fromCharCode(...chunk).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
  }
  return text;
}

export function decodeBytes(bytes: Uint8Array): DecodeResult {
  if (startsWith(bytes, [0xff, 0xfe])) return { kind: 'text', text: new TextDecoder('utf-16le').decode(bytes), warnings: [] };
  if (startsWith(bytes, [0xfe, 0xff])) return { kind: 'text', text: new TextDecoder('utf-16be').decode(bytes), warnings: [] };
  const binary = binaryKind(bytes);
  if (binary) return { kind: 'binary', what: binary };

  const scan = scanUtf8(bytes);
  // TextDecoder drops one leading UTF-8 BOM unless `ignoreBOM` is set.
  if (scan.invalid === 0) return { kind: 'text', text: new TextDecoder('utf-8').decode(bytes), warnings: [] };
  if (scan.multibyte === 0) {
    const text = decodeWindows1252(bytes);
    return { kind: 'text', text, warnings: [{ code: 'windows-1252', message: 'not valid UTF-8; decoded as Windows-1252', offset: 0 }] };
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  const offset = new TextDecoder('utf-8').decode(bytes.subarray(0, scan.firstInvalid)).length;
  const more = scan.invalid > 1 ? ` (${scan.invalid} malformed sequences in all)` : '';
  return {
    kind: 'text',
    text,
    warnings: [{ code: 'invalid-utf8', message: `invalid UTF-8 at byte ${scan.firstInvalid}${more}, shown as U+FFFD`, offset }],
  };
}
