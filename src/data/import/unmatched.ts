// Province cells of a table that no exact rule matches, counted, each with the fuzzy suggestion
// the user may confirm before importing. Pure.
import type { ProvinceIndex } from '../provinceMatch';
import type { ProvinceCode } from '../types';
import type { RawTable } from './rawTable';
import { totalKind } from './totalRows';

export interface Unmatched {
  raw: string;
  count: number;
  suggestion?: ProvinceCode;
}

/** Up to `limit` distinct unmatched names (total rows are not), most frequent first. */
export function unmatchedNames(table: RawTable, column: number, index: ProvinceIndex, limit = 50): Unmatched[] {
  if (column < 0) return [];
  const counts = new Map<string, number>();
  const known = new Map<string, boolean>();
  for (const row of table.rows) {
    const raw = (row.cells[column] ?? '').trim();
    if (raw === '') continue;
    let ok = known.get(raw);
    if (ok === undefined) {
      // A total row is not a name to fix: the report lists it as a total row.
      ok = index.match(raw) !== undefined || totalKind(raw) !== null;
      known.set(raw, ok);
    }
    if (!ok) counts.set(raw, (counts.get(raw) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([raw, count]) => {
      const suggestion = index.suggest(raw);
      return suggestion ? { raw, count, suggestion } : { raw, count };
    });
}
