// The build log's account of "no data": per indicator, which provinces are null in which years,
// so a province absent from a table or a blank cell is never silently missing.
import type { Indicator } from '../../src/data/indicatorTypes';

/** Null cells of one indicator: how many, and the years missing for each province code. */
export interface Missing {
  id: string;
  cells: number;
  byProvince: Map<string, number[]>;
}

/** Counts the null cells of `ind`; `provinces` is the file's code order. */
export function findMissing(ind: Indicator, provinces: readonly string[]): Missing {
  const byProvince = new Map<string, number[]>();
  let cells = 0;
  for (const year of ind.years) {
    (ind.values[String(year)] ?? []).forEach((v, i) => {
      if (v !== null) return;
      cells += 1;
      const code = provinces[i] ?? `#${i}`;
      byProvince.set(code, [...(byProvince.get(code) ?? []), year]);
    });
  }
  return { id: ind.id, cells, byProvince };
}

/**
 * One log line, e.g. `hai: 0 missing`, `students-per-teacher: 4 missing (TH-74, TH-75, TH-76,
 * TH-77)`, `population-registered: 8 missing (TH-38 2002–2009)`. Years are shown only when a
 * province lacks some but not all of the indicator's years.
 */
export function formatMissing(m: Missing, allYears: readonly number[]): string {
  if (m.cells === 0) return `${m.id}: 0 missing`;
  const parts = [...m.byProvince].map(([code, years]) =>
    years.length === allYears.length ? code : `${code} ${yearRanges(years)}`,
  );
  return `${m.id}: ${m.cells} missing (${parts.join(', ')})`;
}

/** `[2002, 2003, 2004, 2007]` → `2002–2004, 2007`. */
export function yearRanges(years: readonly number[]): string {
  const out: string[] = [];
  let start = years[0];
  let prev = start;
  for (const y of [...years.slice(1), Number.NaN]) {
    if (prev !== undefined && y === prev + 1) {
      prev = y;
      continue;
    }
    if (start !== undefined && prev !== undefined) out.push(start === prev ? `${start}` : `${start}–${prev}`);
    start = y;
    prev = y;
  }
  return out.join(', ');
}
