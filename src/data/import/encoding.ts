// Text encodings of imported files: detection (BOM, UTF-16 without BOM, strict UTF-8, else the
// Thai legacy code page that Thai Excel exports) and decoding. Pure: bytes in, text out.

/**
 * Encodings the importer reads. `windows-874` is the WHATWG name that also covers TIS-620 (its
 * subset): browsers decode both labels with the same table.
 */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-874';
export const TEXT_ENCODINGS: readonly TextEncodingName[] = ['utf-8', 'utf-16le', 'utf-16be', 'windows-874'];

export interface DetectedEncoding {
  encoding: TextEncodingName;
  /** The file starts with a byte-order mark (dropped when decoding). */
  bom: boolean;
  /** Why this encoding was chosen, for the preview ("bom", "utf-8 valid", …). */
  reason: 'bom' | 'utf-16-zeros' | 'utf-8-valid' | 'ascii' | 'fallback-thai';
}

const SAMPLE = 64 * 1024;

/** True when the bytes contain NUL in a way no text encoding we read produces: a binary file. */
export function looksBinary(bytes: Uint8Array, detected: DetectedEncoding): boolean {
  if (detected.encoding === 'utf-16le' || detected.encoding === 'utf-16be') return false;
  const n = Math.min(bytes.length, SAMPLE);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b === 0) return true;
    // Tabs, newlines and carriage returns are text; other C0 controls are rare in text files.
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12) controls++;
  }
  return n > 0 && controls / n > 0.05;
}

/** Share of zero bytes at even and odd offsets in the sample: UTF-16 text has many at one parity. */
function zeroParity(bytes: Uint8Array): { even: number; odd: number } {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = Math.max(1, n / 2);
  return { even: even / pairs, odd: odd / pairs };
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if ((bytes[i] as number) > 0x7f) return false;
  return true;
}

/**
 * Detects the encoding: a BOM wins; then UTF-16 by its zero bytes (ASCII-range text in UTF-16
 * has a zero in every other byte); then UTF-8 if the whole file decodes strictly; else
 * Windows-874, since a Thai file that is not UTF-8 is almost always a Thai Excel/Windows export.
 */
export function detectEncoding(bytes: Uint8Array): DetectedEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bom: true, reason: 'bom' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bom: true, reason: 'bom' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bom: true, reason: 'bom' };
  if (bytes.length >= 4) {
    const z = zeroParity(bytes);
    if (z.odd > 0.3 && z.even < 0.05) return { encoding: 'utf-16le', bom: false, reason: 'utf-16-zeros' };
    if (z.even > 0.3 && z.odd < 0.05) return { encoding: 'utf-16be', bom: false, reason: 'utf-16-zeros' };
  }
  if (isAscii(bytes)) return { encoding: 'utf-8', bom: false, reason: 'ascii' };
  if (isValidUtf8(bytes)) return { encoding: 'utf-8', bom: false, reason: 'utf-8-valid' };
  return { encoding: 'windows-874', bom: false, reason: 'fallback-thai' };
}

/** Length of the byte-order mark of `encoding` at the start of `bytes`, or 0. */
function bomLength(bytes: Uint8Array, encoding: TextEncodingName): number {
  if (encoding === 'utf-8') return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if (encoding === 'utf-16le') return bytes[0] === 0xff && bytes[1] === 0xfe ? 2 : 0;
  if (encoding === 'utf-16be') return bytes[0] === 0xfe && bytes[1] === 0xff ? 2 : 0;
  return 0;
}

/**
 * Decodes with the given encoding (the detected one or the user's override). Invalid sequences
 * become U+FFFD rather than failing: the preview shows them, so a wrong choice is visible.
 */
export function decodeBytes(bytes: Uint8Array, encoding: TextEncodingName): string {
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(bomLength(bytes, encoding)));
}

/** Number of U+FFFD replacement characters: a hint that the chosen encoding is wrong. */
export function replacementCount(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) n++;
  return n;
}

/** Parses a user-chosen encoding name; unknown names give `undefined`. */
export function toEncodingName(raw: string): TextEncodingName | undefined {
  const s = raw.trim().toLowerCase();
  if (s === 'tis-620' || s === 'tis620' || s === 'cp874' || s === 'iso-8859-11') return 'windows-874';
  return TEXT_ENCODINGS.find((e) => e === s);
}
