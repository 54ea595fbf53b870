// Reading single cells of the curated indicator tables: numbers, blanks, year headers, exact ×10ⁿ.
// Strict on purpose: a cell that is neither blank nor a plain decimal is an error, never a guess.

/** A plain decimal as the curated CSVs write it: optional minus, digits, optional fraction. */
const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/** A parsed cell: a number, `null` for a blank cell ("no data"), or an error message. */
export type CellResult = { ok: true; value: number | null } | { ok: false; error: string };

/**
 * Parses one cell. Blank (after trimming) is `null` — never 0. `shiftPow10` moves the decimal
 * point on the text itself (thousands → persons is `3`), so the scaling adds no float error.
 * A value that would not survive the trip text → number → JSON (more than 15 significant
 * digits) is an error rather than a silently rounded figure.
 */
export function parseCell(text: string, shiftPow10 = 0): CellResult {
  const raw = text.trim();
  if (raw === '') return { ok: true, value: null };
  const m = DECIMAL.exec(raw);
  if (m === null) return { ok: false, error: `"${raw}" is not a plain decimal number` };
  const shifted = shiftDecimal(m[1] ?? '', m[2] ?? '', m[3] ?? '', shiftPow10);
  const digits = shifted.replace(/^-/, '').replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  if (digits.length > 15) return { ok: false, error: `"${raw}" has more significant digits than a double keeps` };
  return { ok: true, value: Number(shifted) };
}

/** Moves the decimal point of sign/int/frac `pow` places to the right (pow ≥ 0), as text. */
function shiftDecimal(sign: string, int: string, frac: string, pow: number): string {
  if (pow < 0 || !Number.isInteger(pow)) throw new Error(`shiftPow10 must be a whole number ≥ 0, got ${pow}`);
  const padded = frac.padEnd(pow, '0');
  const whole = `${int}${padded.slice(0, pow)}`.replace(/^0+(?=\d)/, '');
  const rest = padded.slice(pow);
  return `${sign}${whole}${rest === '' ? '' : `.${rest}`}`;
}

/**
 * The CE year a column header names, or `null` when the header is not a year. Buddhist Era
 * headers (2400–2700, e.g. `2553`) are converted (BE − 543 = CE); CE headers are 1900–2100.
 */
export function yearFromHeader(header: string): { ce: number; era: 'CE' | 'BE' } | null {
  const h = header.trim();
  if (!/^\d{4}$/.test(h)) return null;
  const n = Number(h);
  if (n >= 2400 && n <= 2700) return { ce: n - 543, era: 'BE' };
  if (n >= 1900 && n <= 2100) return { ce: n, era: 'CE' };
  return null;
}

/** Rounds half away from zero to `decimals` places (for values computed here, not source values). */
export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return (Math.sign(value) * Math.round(Math.abs(value) * f)) / f;
}

/** Digits after the decimal point in the shortest representation of `value` (`1.369` → 3). */
export function decimalsOf(value: number): number {
  const s = String(value);
  const exp = /e([+-]\d+)$/.exec(s);
  const mantissa = exp === null ? s : s.slice(0, exp.index);
  const frac = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, frac - (exp === null ? 0 : Number(exp[1])));
}
