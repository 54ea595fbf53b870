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
  /** The delimiter used, for delimited text. */
  delimiter?: string;
}

/** A table from rows of any cell values (Excel, JSON): cells become text, the first row the header. */
export function tableFromRows(rows: readonly (readonly unknown[])[], firstLine = 1): RawTable {
  const text = (v: unknown): string => {
    if (v === null || v === undefined) return '';
    if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
    if (typeof v === 'object') return JSON.stringify(v);
    return String(v);
  };
  const out: RawRow[] = [];
  let header: string[] | null = null;
  let headerLine = 0;
  rows.forEach((r, i) => {
    const cells = r.map(text);
    if (cells.every((c) => c.trim() === '')) return;
    if (header === null) {
      header = cells.map((c) => c.trim());
      headerLine = firstLine + i;
    } else out.push({ line: firstLine + i, cells });
  });
  return { header: header ?? [], headerLine, rows: out, notes: [] };
}
