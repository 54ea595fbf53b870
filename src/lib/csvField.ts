// One CSV text field, safe to open in a spreadsheet: the single formula guard of every CSV the app
// writes (the indicator export and the import report). OWASP "CSV injection": a text cell that
// starts with = + - @, a tab or a CR is run as a formula by Excel, LibreOffice and Sheets, so it is
// prefixed with an apostrophe — unless the whole cell is a plain number ("-12.5", "+3", "1e-3"),
// which a spreadsheet reads as that number and nothing more. Then quoted per RFC 4180. Pure.

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** The text with a leading formula character neutralised (plain numbers left alone). */
export function guardFormula(s: string): string {
  return FORMULA_START.test(s) && !PLAIN_NUMBER.test(s) ? `'${s}` : s;
}

/** One CSV field: guarded, then quoted when it holds a quote, comma or line break. */
export function csvField(s: string): string {
  const safe = guardFormula(s);
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
