// The import report: how many rows were imported and by which matching rule, and every row that
// was not, with its line, the reason and its raw cells, so nothing in the user's file is lost.
// Also its CSV text for download. Pure.
import type { MatchRule } from '../provinceMatch';
import type { ProvinceCode } from '../types';

/** Why a row was not imported. */
export type RejectReason =
  | 'unknown-province'
  | 'duplicate'
  | 'bad-year'
  | 'bad-coordinates'
  | 'outside-provinces'
  | 'no-province'
  // District tables (districtMatch.ts):
  | 'unknown-district'
  | 'ambiguous-district'
  | 'no-district';

export interface RejectedRow {
  line: number;
  reason: RejectReason;
  /** The offending text (province cell, year cell, "lat,lon"). */
  detail: string;
  /** A fuzzy match the user may confirm (unknown-province only). */
  suggestion?: ProvinceCode;
  /** Line of the earlier row this one duplicates. */
  duplicateOf?: number;
  /** The row as read, every cell. */
  cells: string[];
}

/** A cell that was kept as "no data" because it is not a number. */
export interface CellProblem {
  line: number;
  column: string;
  raw: string;
}

export type ReportRule = MatchRule | 'confirmed' | 'point' | 'district-code';

export interface ImportReport {
  fileName: string;
  format: string;
  encoding?: string;
  header: string[];
  /** Data rows read (blank lines are not rows). */
  totalRows: number;
  importedRows: number;
  byRule: Partial<Record<ReportRule, number>>;
  rejected: RejectedRow[];
  cellProblems: CellProblem[];
  /** Lines where a quote never closed; read with quotes as plain text. */
  strayQuotes: number[];
  /** Title rows above the header: not data, kept here so nothing is lost. */
  aboveHeader?: { line: number; cells: string[] }[];
}

export function emptyReport(fileName: string, format: string, header: string[] = []): ImportReport {
  return { fileName, format, header, totalRows: 0, importedRows: 0, byRule: {}, rejected: [], cellProblems: [], strayQuotes: [] };
}

/**
 * One CSV cell: quoted when needed, and a leading = + - @ neutralised with an apostrophe so a
 * spreadsheet opening the report does not run the user's (or anyone's) text as a formula.
 */
export function csvCell(s: string): string {
  const safe = /^[=+\-@\t\r]/.test(s) && !/^-?\d/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The report as CSV: a summary block, then one line per rejected row (line, reason, detail,
 * suggestion, then the row's own cells under the file's header), then the cells kept as no data.
 */
export function reportCsv(r: ImportReport): string {
  const lines: string[][] = [
    ['file', r.fileName],
    ['format', r.format + (r.encoding ? ` (${r.encoding})` : '')],
    ['rows read', String(r.totalRows)],
    ['rows imported', String(r.importedRows)],
    ...Object.entries(r.byRule).map(([rule, n]) => [`matched by ${rule}`, String(n)]),
    ['rows not imported', String(r.rejected.length)],
    [],
    ['line', 'reason', 'detail', 'suggestion', ...r.header],
    ...r.rejected.map((x) => [
      String(x.line),
      x.reason,
      x.duplicateOf !== undefined ? `${x.detail} (same as line ${x.duplicateOf})` : x.detail,
      x.suggestion ?? '',
      ...x.cells,
    ]),
  ];
  if (r.cellProblems.length > 0) {
    lines.push([], ['line', 'column', 'not a number (kept as no data)']);
    for (const c of r.cellProblems) lines.push([String(c.line), c.column, c.raw]);
  }
  if (r.aboveHeader?.length) {
    lines.push([], ['line', 'title rows above the header (not data)']);
    for (const t of r.aboveHeader) lines.push([String(t.line), ...t.cells]);
  }
  if (r.strayQuotes.length > 0) lines.push([], ['lines with an unclosed quote (read without quotes)', r.strayQuotes.join(' ')]);
  return lines.map((l) => l.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
