// Reading one spreadsheet cell as a number the way Thai spreadsheets write them: Thai digits
// (๐–๙), thousands separators, a percent sign, a minus in any of its forms, accounting
// parentheses; blank, "-", "n/a" and friends mean "no data" (never zero). Pure.

export type CellValue =
  | { kind: 'number'; value: number; percent: boolean; decimals: number }
  | { kind: 'blank' }
  | { kind: 'invalid'; raw: string };

/** Cells that mean "no figure here". Compared after trimming and lower-casing. */
const NO_DATA = new Set(['', '-', '–', '—', '--', '.', '..', '...', 'n/a', 'na', 'n.a.', 'nan', 'null', 'none', '#n/a', 'ไม่มีข้อมูล', 'ไม่มี', '*']);

const THAI_ZERO = 0x0e50;

/** Replaces Thai digits with ASCII ones. */
export function asciiDigits(s: string): string {
  return s.replace(/[\u0e50-\u0e59]/g, (d) => String(d.charCodeAt(0) - THAI_ZERO));
}

const GROUPED = /^\d{1,3}(,\d{3})+(\.\d+)?$/;
const PLAIN = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

const SIMPLE = /^-?\d{1,15}(\.\d{1,15})?$/;

/** Parses one cell. Never throws. */
export function parseCell(raw: string): CellValue {
  // Most cells of big files are plain ASCII numbers: skip normalisation and the general path.
  if (SIMPLE.test(raw)) {
    const dot = raw.indexOf('.');
    return { kind: 'number', value: Number(raw), percent: false, decimals: dot === -1 ? 0 : raw.length - dot - 1 };
  }
  let s = asciiDigits(raw.normalize('NFKC')).trim();
  if (NO_DATA.has(s.toLowerCase())) return { kind: 'blank' };
  let negative = false;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    negative = true;
    s = (paren[1] as string).trim();
  }
  // Unicode minus and hyphen variants are written by word processors and some exports.
  const sign = /^[-\u2212\u2012\u2013+]/.exec(s);
  if (sign) {
    if (sign[0] !== '+') negative = !negative;
    s = s.slice(1).trim();
  }
  let percent = false;
  if (s.endsWith('%')) {
    percent = true;
    s = s.slice(0, -1).trim();
  }
  // Spaces and thin/no-break spaces group thousands in some exports ("1 234 567").
  s = s.replace(/[\s\u00a0\u202f\u2009]/g, '');
  if (GROUPED.test(s)) s = s.replace(/,/g, '');
  if (!PLAIN.test(s)) return { kind: 'invalid', raw };
  const value = Number(s);
  if (!Number.isFinite(value)) return { kind: 'invalid', raw };
  const dot = s.indexOf('.');
  const decimals = dot === -1 || /[eE]/.test(s) ? 0 : s.length - dot - 1;
  return { kind: 'number', value: negative ? -value : value, percent, decimals };
}

/** Thai Buddhist-Era years are 543 ahead; a year above this is read as BE. */
const BE_THRESHOLD = 2400;
const BE_OFFSET = 543;
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

/**
 * A year in a cell or a column header: "2019", "2562" (BE → 2019), "พ.ศ. 2562", "ปี 2562",
 * "FY2019", Thai digits. Returns the CE year, or `undefined` if the text is not just a year.
 */
export function parseYear(raw: string): number | undefined {
  const s = asciiDigits(raw.normalize('NFKC'))
    .trim()
    .replace(/^(พ\.?\s?ศ\.?|ค\.?\s?ศ\.?|ปี(งบประมาณ)?|fy|year|be|ce)\s*/i, '')
    .replace(/\s*(be|ce|ad)$/i, '')
    .trim();
  if (!/^\d{4}$/.test(s)) return undefined;
  let y = Number(s);
  if (y > BE_THRESHOLD) y -= BE_OFFSET;
  return y >= MIN_YEAR && y <= MAX_YEAR ? y : undefined;
}
