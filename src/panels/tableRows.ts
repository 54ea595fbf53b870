// Rows of the province data table and their sorting. Pure.
import type { Province, ProvinceCode } from '../data/types';

export type SortKey = 'name' | 'value' | 'rank' | 'region';
export interface TableSort {
  key: SortKey;
  ascending: boolean;
}

export interface TableRow {
  code: ProvinceCode;
  name: string;
  value: number | null;
  rank: number | null;
  region: string;
}

export function tableRows(
  provinces: readonly Province[],
  values: ReadonlyMap<ProvinceCode, number>,
  ranks: ReadonlyMap<ProvinceCode, number>,
  nameOf: (p: Province) => string,
  regionOf: (p: Province) => string,
): TableRow[] {
  return provinces.map((p) => ({
    code: p.iso,
    name: nameOf(p),
    value: values.get(p.iso) ?? null,
    rank: ranks.get(p.iso) ?? null,
    region: regionOf(p),
  }));
}

/**
 * Sorted copy. Missing values and ranks always go last, whatever the direction: "no data" is
 * not the smallest value. Names compare with the locale's collation (Thai order for Thai).
 */
export function sortRows(rows: readonly TableRow[], sort: TableSort, locale: string): TableRow[] {
  const collator = new Intl.Collator(locale);
  const dir = sort.ascending ? 1 : -1;
  const cmpNullable = (a: number | null, b: number | null) => {
    if (a === null && b === null) return 0;
    if (a === null) return 1;
    if (b === null) return -1;
    return (a - b) * dir;
  };
  return [...rows].sort((a, b) => {
    switch (sort.key) {
      case 'name':
        return collator.compare(a.name, b.name) * dir;
      case 'region':
        return collator.compare(a.region, b.region) * dir || collator.compare(a.name, b.name);
      case 'value':
        return cmpNullable(a.value, b.value) || collator.compare(a.name, b.name);
      case 'rank':
        return cmpNullable(a.rank, b.rank) || collator.compare(a.name, b.name);
      default: {
        const never: never = sort.key;
        throw new Error(`unknown sort ${String(never)}`);
      }
    }
  });
}
