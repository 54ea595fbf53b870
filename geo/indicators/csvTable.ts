// Reads one curated indicator CSV (geo/indicators/*.csv) into rows keyed by ISO code, and turns
// its columns into series by year. No file IO; every problem is collected, none is skipped.
import Papa from 'papaparse';
import { checkTableRows, type TableRowRef } from './checks';
import { parseCell, yearFromHeader } from './cells';

/** Column with the ISO 3166-2 code in every curated table (`TH` = whole kingdom). */
export const ISO_COLUMN = 'iso_3166_2';
/** The whole-kingdom row code. */
export const NATIONAL_CODE = 'TH';

/** One data row: its ISO code, 1-based line in the file, and raw cells by column name. */
export interface TableRow extends TableRowRef {
  cells: Record<string, string>;
}

export interface CuratedTable {
  file: string;
  fields: string[];
  /** Province rows, in file order. */
  rows: TableRow[];
  /** The `TH` row, where the table has one and it is allowed. */
  national: TableRow | undefined;
}

/** Province codes known to geo/provinces.csv, with their Thai names (to catch shifted codes). */
export type KnownProvinces = ReadonlyMap<string, { nameTh: string }>;

export interface ReadOptions {
  provinces: KnownProvinces;
  /** A `TH` row is accepted only where the source publishes a whole-kingdom figure. */
  allowNational: boolean;
  /** Long tables: the column naming the year, so one province may appear once per year. */
  yearColumn?: string;
}

/** Values of one table column by CE year, then by ISO code; `null` = blank cell. */
export interface Series {
  years: number[];
  byYear: Map<number, Map<string, number | null>>;
  /** Values of the `TH` row by year, where read. */
  national: Map<number, number | null>;
}

/** Parses `text`; returns the table and every problem found (unknown codes, duplicates, names). */
export function readCuratedTable(file: string, text: string, options: ReadOptions): { table: CuratedTable; problems: string[] } {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy' });
  const problems = parsed.errors.map((e) => `${file}: parse error "${e.message}" (row ${e.row})`);
  const fields = parsed.meta.fields ?? [];
  for (const column of [ISO_COLUMN, ...(options.yearColumn === undefined ? [] : [options.yearColumn])]) {
    if (!fields.includes(column)) problems.push(`${file}: no column "${column}"`);
  }
  // +2: the header is line 1, and people count lines from 1.
  const all: TableRow[] = parsed.data.map((cells, i) => ({
    iso: (cells[ISO_COLUMN] ?? '').trim(),
    line: i + 2,
    nameTh: cells['name_th']?.trim(),
    key: options.yearColumn === undefined ? '' : (cells[options.yearColumn] ?? '').trim(),
    cells,
  }));
  problems.push(...checkTableRows(file, all, options.provinces, options.allowNational ? NATIONAL_CODE : undefined, options.yearColumn));
  return {
    table: {
      file,
      fields,
      rows: all.filter((r) => r.iso !== NATIONAL_CODE),
      national: options.allowNational ? all.find((r) => r.iso === NATIONAL_CODE) : undefined,
    },
    problems,
  };
}

/** Columns of a wide table whose header is a year (CE or BE), with their CE year. */
export function yearColumns(table: CuratedTable): { column: string; ce: number; era: 'CE' | 'BE' }[] {
  return table.fields.flatMap((column) => {
    const y = yearFromHeader(column);
    return y === null ? [] : [{ column, ...y }];
  });
}

/** A wide table (one column per year) as a series; `shiftPow10` scales every cell exactly. */
export function wideSeries(table: CuratedTable, shiftPow10 = 0): { series: Series; problems: string[] } {
  const problems: string[] = [];
  const columns = yearColumns(table);
  if (columns.length === 0) problems.push(`${table.file}: no year columns`);
  const series: Series = { years: columns.map((c) => c.ce), byYear: new Map(), national: new Map() };
  for (const { column, ce } of columns) {
    const values = new Map<string, number | null>();
    for (const row of table.rows) values.set(row.iso, cell(table.file, row, column, shiftPow10, problems));
    series.byYear.set(ce, values);
    if (table.national !== undefined) series.national.set(ce, cell(table.file, table.national, column, shiftPow10, problems));
  }
  return { series: sortYears(series, table.file, problems), problems };
}

/** One column of a single-year table as a series for `year`. */
export function columnSeries(table: CuratedTable, column: string, year: number): { series: Series; problems: string[] } {
  const problems: string[] = [];
  if (!table.fields.includes(column)) problems.push(`${table.file}: no column "${column}"`);
  const values = new Map<string, number | null>();
  for (const row of table.rows) values.set(row.iso, cell(table.file, row, column, 0, problems));
  return { series: { years: [year], byYear: new Map([[year, values]]), national: new Map() }, problems };
}

/** One column of a long table (one row per province and year) as a series. */
export function longSeries(table: CuratedTable, column: string, yearColumn: string): { series: Series; problems: string[] } {
  const problems: string[] = [];
  if (!table.fields.includes(column)) problems.push(`${table.file}: no column "${column}"`);
  const byYear = new Map<number, Map<string, number | null>>();
  for (const row of table.rows) {
    const year = yearFromHeader(row.cells[yearColumn] ?? '');
    if (year === null) {
      problems.push(`${table.file} line ${row.line}: "${row.cells[yearColumn] ?? ''}" in ${yearColumn} is not a year`);
      continue;
    }
    const values = byYear.get(year.ce) ?? new Map<string, number | null>();
    values.set(row.iso, cell(table.file, row, column, 0, problems));
    byYear.set(year.ce, values);
  }
  const series: Series = { years: [...byYear.keys()], byYear, national: new Map() };
  return { series: sortYears(series, table.file, problems), problems };
}

function cell(file: string, row: TableRow, column: string, shiftPow10: number, problems: string[]): number | null {
  const result = parseCell(row.cells[column] ?? '', shiftPow10);
  if (result.ok) return result.value;
  problems.push(`${file} line ${row.line} (${row.iso}) ${column}: ${result.error}`);
  return null;
}

function sortYears(series: Series, file: string, problems: string[]): Series {
  const sorted = [...series.years].sort((a, b) => a - b);
  if (new Set(sorted).size !== sorted.length) problems.push(`${file}: a year appears twice in the header`);
  return { ...series, years: sorted };
}
