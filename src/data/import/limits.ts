// The import's size limits, checked before anything is allocated for the thing measured: a file
// over a limit is refused with the limit and the file's own figure, never half-read or hung on.
// Pure: the readers throw `LimitError`, `readFile` turns it into a result.

/** What is measured. */
export type LimitName = 'file-bytes' | 'entry-bytes' | 'rows' | 'columns' | 'cells';

/** A limit a file went over: its name, the limit, and the file's figure. */
export interface LimitHit {
  limit: LimitName;
  max: number;
  found: number;
}

export const LIMITS: Readonly<Record<LimitName, number>> = {
  /** Any file, of any format (the 50 MB CSV the bench imports fits). */
  'file-bytes': 100 * 1024 * 1024,
  /** One part of an .xlsx, uncompressed (a sheet of a million short rows is about this). */
  'entry-bytes': 200 * 1024 * 1024,
  /** Data rows of any table (Excel's own maximum). */
  rows: 1_048_576,
  /** Columns of any table: a wider one is not a province table, and its preview would hang the page. */
  columns: 1_000,
  /** Non-empty cells of a workbook sheet. */
  cells: 20_000_000,
};

export class LimitError extends Error {
  constructor(readonly hit: LimitHit) {
    super(`${hit.limit}: ${hit.found} > ${hit.max}`);
    this.name = 'LimitError';
  }
}

/** Throws `LimitError` when `found` is over the limit `name`. */
export function checkLimit(name: LimitName, found: number): void {
  const max = LIMITS[name];
  if (found > max) throw new LimitError({ limit: name, max, found });
}
