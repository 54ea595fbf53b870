// The shape every imported file is read into before matching: a header and rows of text cells,
// each row with the line (or sheet row, or feature number) it came from; where the header is.
// Pure types and helpers.
import { parseCell, parseYear } from './cells';

export interface RawRow {
  /** 1-based line of the file (sheet row for Excel, feature number for GeoJSON). */
  line: number;
  cells: string[];
}

export interface RawTable {
  header: string[];
  /** Line of the header row (0 when there is none). */
  headerLine: number;
  rows: RawRow[];
  /** Oddities met while reading, each at a line: shown in the report. */
  notes: { line: number; kind: 'stray-quote' }[];
  /** Title rows above the header (Thai Excel exports often have them): not data, but reported. */
  aboveHeader?: RawRow[];
  /** Lines of data rows with filled cells beyond the header's width. */
  extraCells?: number[];
  /** The delimiter used, for delimited text. */
  delimiter?: string;
}

/** Rows looked at for the header: a title block longer than this is not a title block. */
const HEADER_LOOKAHEAD = 10;

/** Non-empty cells of a row that are labels (text, or a year like "2562"), and that are numbers. */
function cellKinds(cells: readonly string[]): { labels: number; numbers: number } {
  let labels = 0;
  let numbers = 0;
  for (const c of cells) {
    const cell = parseCell(c);
    if (cell.kind === 'blank') continue;
    if (cell.kind === 'number' && parseYear(c) === undefined) numbers++;
    else labels++;
  }
  return { labels, numbers };
}

/**
 * The header row: the first row with two or more non-empty cells, most of them labels (a year
 * heading a column counts as a label, so "จังหวัด, 2560, 2561" is a header). Rows above it are
 * title rows (a merged title fills one cell). Found among the first rows, else the first row.
 */
export function headerIndex(rows: readonly RawRow[]): number {
  const n = Math.min(rows.length, HEADER_LOOKAHEAD);
  for (let i = 0; i < n; i++) {
    const { labels, numbers } = cellKinds((rows[i] as RawRow).cells);
    if (labels >= 2 && labels > numbers) return i;
  }
  return 0;
}

/**
 * Moves the header down past title rows (`headerIndex`), keeping them in `aboveHeader`, and notes
 * the data rows with filled cells beyond the header's width in `extraCells` (they are read, their
 * extra cells have no column to go in).
 */
export function skipTitleRows(table: RawTable): RawTable {
  const all = table.headerLine === 0 && table.header.length === 0 ? table.rows : [{ line: table.headerLine, cells: table.header }, ...table.rows];
  if (all.length === 0) return table;
  const at = headerIndex(all);
  const head = all[at] as RawRow;
  const header = head.cells.map((c) => c.trim());
  const rows = at === 0 ? table.rows : all.slice(at + 1);
  const extraCells: number[] = [];
  for (const r of rows) if (r.cells.length > header.length && r.cells.slice(header.length).some((c) => c.trim() !== '')) extraCells.push(r.line);
  return {
    ...table,
    header,
    headerLine: head.line,
    rows,
    ...(at > 0 ? { aboveHeader: all.slice(0, at) } : {}),
    ...(extraCells.length > 0 ? { extraCells } : {}),
  };
}

/** A table from rows of any cell values (JSON): cells become text, the first row the header. */
export function tableFromRows(rows: readonly (readonly unknown[])[], firstLine = 1): RawTable {
  const text = (v: unknown): string => {
    if (v === null || v === undefined) return '';
    if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
    if (typeof v === 'object') return JSON.stringify(v);
    return String(v);
  };
  return tableFromLines(rows.map((r, i) => ({ line: firstLine + i, cells: r.map(text) })));
}

/**
 * A table from rows of text cells that already carry their line (an Excel sheet, whose empty rows
 * are simply absent): blank rows are dropped, the first non-blank row is the header.
 */
export function tableFromLines(rows: readonly RawRow[]): RawTable {
  const out: RawRow[] = [];
  let header: string[] | null = null;
  let headerLine = 0;
  for (const r of rows) {
    if (r.cells.every((c) => c.trim() === '')) continue;
    if (header === null) {
      header = r.cells.map((c) => c.trim());
      headerLine = r.line;
    } else out.push(r);
  }
  return skipTitleRows({ header: header ?? [], headerLine, rows: out, notes: [] });
}
