// The import report: how many rows were imported and by which matching rule, and every row that
// was not, with its line, the reason and its raw cells, so nothing in the user's file is lost.
// Also its CSV text for download (text guarded against formulas by lib/csvField). Pure.
import type { MatchRule } from '../provinceMatch';
import type { ProvinceCode } from '../types';
import type { RawTable } from './rawTable';
import { csvField } from '../../lib/csvField';

/** Why a row was not imported. */
export type RejectReason =
  | 'unknown-province'
  | 'duplicate'
  | 'bad-year'
  | 'bad-coordinates'
  | 'outside-provinces'
  | 'no-province'
  // A national or regional total ("รวม", "Total", "ภาคเหนือ"): not a province (totalRows.ts).
  | 'total-row'
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
  /** Lines of data rows with filled cells beyond the header (read; their extra cells have no column). */
  extraCells?: number[];
  /** Title rows above the header: not data, kept here so nothing is lost. */
  aboveHeader?: { line: number; cells: string[] }[];
  /**
   * Set when `rejected`, `cellProblems` and `strayQuotes` hold only their first entries (the
   * page's copy, see `reportForPage`): their full lengths. The complete lists are in the CSV.
   */
  full?: { rejected: number; cellProblems: number; strayQuotes: number };
}

export function emptyReport(fileName: string, format: string, header: string[] = []): ImportReport {
  return { fileName, format, header, totalRows: 0, importedRows: 0, byRule: {}, rejected: [], cellProblems: [], strayQuotes: [] };
}

/** The report of a table before its rows are matched: what reading it noted, nothing lost. */
export function tableReport(fileName: string, format: string, table: RawTable): ImportReport {
  const report = emptyReport(fileName, format, table.header);
  report.strayQuotes = table.notes.map((n) => n.line);
  if (table.aboveHeader) report.aboveHeader = table.aboveHeader;
  if (table.extraCells) report.extraCells = table.extraCells;
  return report;
}

/** Full lengths of the report's lists, whether or not this copy holds them all. */
export function reportCounts(r: ImportReport): { rejected: number; cellProblems: number; strayQuotes: number } {
  return r.full ?? { rejected: r.rejected.length, cellProblems: r.cellProblems.length, strayQuotes: r.strayQuotes.length };
}

/**
 * The report as the page keeps it: the lists cut to their first `limit` entries, with their full
 * lengths in `full`. A file of 500,000 rows that all fail to match would otherwise send the page
 * millions of cells to copy, keep and store; the complete report goes as its CSV instead. Returns
 * `r` itself when nothing is cut.
 */
export function reportForPage(r: ImportReport, limit: number): ImportReport {
  const counts = reportCounts(r);
  if (counts.rejected <= limit && counts.cellProblems <= limit && counts.strayQuotes <= limit && (r.extraCells?.length ?? 0) <= limit) return r;
  return {
    ...r,
    rejected: r.rejected.slice(0, limit),
    cellProblems: r.cellProblems.slice(0, limit),
    strayQuotes: r.strayQuotes.slice(0, limit),
    ...(r.extraCells ? { extraCells: r.extraCells.slice(0, limit) } : {}),
    full: counts,
  };
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
    ['rows not imported', String(reportCounts(r).rejected)],
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
  if (r.extraCells?.length) lines.push([], ['lines with more cells than the header (extra cells not imported)', r.extraCells.join(' ')]);
  if (r.strayQuotes.length > 0) lines.push([], ['lines with an unclosed quote (read without quotes)', r.strayQuotes.join(' ')]);
  return lines.map((l) => l.map(csvField).join(',')).join('\r\n') + '\r\n';
}
