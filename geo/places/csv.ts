// Reads one places table (geo/places/*.csv) into rows of raw cells, and reads typed cells from
// them. No file IO; every problem is collected with its file and line, none is skipped.
import Papa from 'papaparse';

/** One data row: its 1-based line in the file and its raw cells by column name. */
export interface CsvRow {
  line: number;
  cells: Record<string, string>;
}

/** Problems found while reading, each naming the file and line. */
export type Problems = string[];

/**
 * Parses `text` (header row first). Reports parse errors and missing `columns`; the rows are
 * returned even then, so one run lists every problem of the table.
 */
export function readCsv(file: string, text: string, columns: readonly string[], problems: Problems): CsvRow[] {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy' });
  for (const e of parsed.errors) problems.push(`${file}: parse error "${e.message}" (row ${e.row})`);
  const fields = parsed.meta.fields ?? [];
  for (const column of columns) if (!fields.includes(column)) problems.push(`${file}: no column "${column}"`);
  // +2: the header is line 1, and people count lines from 1.
  return parsed.data.map((cells, i) => ({ line: i + 2, cells }));
}

/** Reads typed cells of one row; a bad cell adds a problem and yields a harmless placeholder. */
export class CellReader {
  constructor(
    private readonly file: string,
    private readonly row: CsvRow,
    private readonly problems: Problems,
  ) {}

  /** Where this row is, for messages: `pilots.csv line 3`. */
  get where(): string {
    return `${this.file} line ${this.row.line}`;
  }

  /** The trimmed cell; blank is a problem unless `optional`. */
  text(column: string, optional = false): string {
    const value = (this.row.cells[column] ?? '').trim();
    if (value === '' && !optional) this.problems.push(`${this.where}: empty ${column}`);
    return value;
  }

  /** A plain decimal number (no thousands separators, no units); NaN when blank or bad. */
  number(column: string): number {
    const raw = this.text(column);
    // Number('') is 0: a blank cell must not become a real-looking coordinate.
    if (raw === '') return Number.NaN;
    if (!/^-?\d+(\.\d+)?$/.test(raw)) {
      this.problems.push(`${this.where}: ${column} "${raw}" is not a plain number`);
      return Number.NaN;
    }
    return Number(raw);
  }

  /** A whole CE year such as `2019`; NaN when blank or bad. */
  year(column: string): number {
    const raw = this.text(column);
    if (raw === '') return Number.NaN;
    if (!/^\d{4}$/.test(raw)) {
      this.problems.push(`${this.where}: ${column} "${raw}" is not a four-digit year`);
      return Number.NaN;
    }
    return Number(raw);
  }

  /** `yes` or `no`. */
  yesNo(column: string): boolean {
    const raw = this.text(column).toLowerCase();
    if (raw !== 'yes' && raw !== 'no') this.problems.push(`${this.where}: ${column} "${raw}" is not yes or no`);
    // An unreadable flag must not make a point look exact.
    return raw !== 'no';
  }
}

/**
 * A period cell as the source gives it: a plain four-digit year, blank (not stated), or anything
 * else — "?" or "2018 (believed …)" — which is uncertain and never read as a number.
 */
export type PeriodCell = { kind: 'year'; year: number } | { kind: 'blank' } | { kind: 'uncertain'; text: string };

/** Classifies a period cell; see {@link PeriodCell}. */
export function periodCell(raw: string): PeriodCell {
  const text = raw.trim();
  if (text === '') return { kind: 'blank' };
  if (/^\d{4}$/.test(text)) return { kind: 'year', year: Number(text) };
  return { kind: 'uncertain', text };
}
