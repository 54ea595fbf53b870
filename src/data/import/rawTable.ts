// The shape every imported file is read into before matching: a header and rows of text cells,
// each row with the line (or sheet row, or feature number) it came from. Pure types and helpers.

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
  /** The delimiter used, for delimited text. */
  delimiter?: string;
}

const HEADER_LOOKAHEAD = 10;
const filled = (cells: readonly string[]) => cells.filter((c) => c.trim() !== '').length;

/**
 * Moves the header down past title rows: when the first row fills at most half as many cells as
 * the widest of the next rows, the first row that wide is the header, and the rows above it are
 * kept in `aboveHeader`.
 */
export function skipTitleRows(table: RawTable): RawTable {
  const head = table.rows.slice(0, HEADER_LOOKAHEAD);
  const widest = Math.max(0, ...head.map((r) => filled(r.cells)));
  if (widest < 2 || filled(table.header) * 2 > widest) return table;
  const at = head.findIndex((r) => filled(r.cells) === widest);
  const header = table.rows[at] as RawRow;
  return {
    ...table,
    header: header.cells.map((c) => c.trim()),
    headerLine: header.line,
    rows: table.rows.slice(at + 1),
    aboveHeader: [{ line: table.headerLine, cells: table.header }, ...table.rows.slice(0, at)],
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
