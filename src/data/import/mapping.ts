// Which column holds what, and what shape the table has: guessed from the header and a sample of
// rows, then shown to the user, who can change every choice before importing. Pure.
import type { ProvinceIndex } from '../provinceMatch';
import { parseCell, parseYear } from './cells';
import type { RawTable } from './rawTable';

/**
 * `wide`: one row per province, one column per indicator (one year, chosen by the user).
 * `wide-years`: one row per province, one column per year of one indicator.
 * `long`: rows of (province, year, value…).
 * `points`: rows with latitude and longitude, aggregated per province.
 */
export type TableShape = 'wide' | 'wide-years' | 'long' | 'points';
export const TABLE_SHAPES: readonly TableShape[] = ['wide', 'wide-years', 'long', 'points'];

/** What to do when a province (and year) appears on more than one row. */
export type DuplicateRule = 'report' | 'sum' | 'mean' | 'count';
export const DUPLICATE_RULES: readonly DuplicateRule[] = ['report', 'sum', 'mean', 'count'];

export interface ImportMapping {
  shape: TableShape;
  /** Column of the province key; −1 when none (points only). */
  province: number;
  /** Column of the year (long tables); −1 when none. */
  year: number;
  /** Value columns: indicators (wide, long, points: columns to sum or average) or years (wide-years). */
  values: number[];
  /** Year (CE) given to a table without years (`wide`, `points`). */
  defaultYear: number;
  lat: number;
  lon: number;
  duplicates: DuplicateRule;
  /** Fuzzy suggestions the user accepted: raw cell text (trimmed) → province. */
  confirmed: Record<string, `TH-${string}`>;
}

const SAMPLE_ROWS = 500;
const PROVINCE_HEADER = /^(จังหวัด|province|changwat|prov|iso|adm1|adm1_pcode|adm1_th|adm1_en|pcode|รหัสจังหวัด|name)/i;
const YEAR_HEADER = /^(year|ปี|พ\.?\s?ศ\.?|fiscal|fy)/i;
const LAT_HEADER = /^(lat|latitude|ละติจูด|y)$/i;
const LON_HEADER = /^(lon|lng|long|longitude|ลองจิจูด|x)$/i;
/** Identifiers and row numbers are numbers too, but never figures to map. */
const ID_HEADER = /(^|[\s_.-])(id|code|no\.?|number)$|^(id|รหัส|ลำดับ|เลขที่)/i;

interface ColumnStats {
  provinceRate: number;
  numberRate: number;
  yearRate: number;
  filled: number;
}

function columnStats(table: RawTable, col: number, index: ProvinceIndex): ColumnStats {
  let filled = 0;
  let provinces = 0;
  let numbers = 0;
  let years = 0;
  const seen = new Map<string, boolean>();
  for (const row of table.rows.slice(0, SAMPLE_ROWS)) {
    const raw = (row.cells[col] ?? '').trim();
    const cell = parseCell(raw);
    if (cell.kind === 'blank') continue;
    filled++;
    let isProvince = seen.get(raw);
    if (isProvince === undefined) {
      isProvince = index.match(raw) !== undefined;
      seen.set(raw, isProvince);
    }
    if (isProvince) provinces++;
    if (cell.kind === 'number') numbers++;
    if (parseYear(raw) !== undefined) years++;
  }
  const of = (n: number) => (filled === 0 ? 0 : n / filled);
  return { provinceRate: of(provinces), numberRate: of(numbers), yearRate: of(years), filled };
}

/** The guess shown first; `defaultYear` comes from the shell (the clock is not the core's). */
export function guessMapping(table: RawTable, index: ProvinceIndex, defaultYear: number): ImportMapping {
  const stats = table.header.map((_, c) => columnStats(table, c, index));
  const find = (re: RegExp) => table.header.findIndex((h) => re.test(h.trim()));
  const lat = find(LAT_HEADER);
  const lon = find(LON_HEADER);

  // Province: the column whose cells match best; a province-like header breaks ties. Plain
  // numeric codes (DOPA 10–96) count only when the header says so, or any number column would do.
  let province = -1;
  let bestScore = 0.3;
  stats.forEach((s, c) => {
    const named = PROVINCE_HEADER.test(table.header[c]?.trim() ?? '');
    if (s.numberRate > 0.9 && !named) return;
    const score = s.provinceRate + (named ? 0.05 : 0);
    if (score > bestScore) {
      bestScore = score;
      province = c;
    }
  });

  const yearColumns = table.header.flatMap((h, c) => (c !== province && parseYear(h) !== undefined ? [c] : []));
  let year = -1;
  stats.forEach((s, c) => {
    if (year !== -1 || c === province || yearColumns.includes(c)) return;
    if ((YEAR_HEADER.test(table.header[c]?.trim() ?? '') && s.yearRate > 0.5) || s.yearRate > 0.95) year = c;
  });

  const taken = new Set([province, year, lat, lon]);
  const numeric = stats.flatMap((s, c) =>
    !taken.has(c) && !yearColumns.includes(c) && s.numberRate > 0.5 && !ID_HEADER.test(table.header[c]?.trim() ?? '') ? [c] : [],
  );
  const shape: TableShape =
    lat !== -1 && lon !== -1 ? 'points' : yearColumns.length >= 2 ? 'wide-years' : year !== -1 ? 'long' : 'wide';

  // Many rows per province (schools, villages): summing is the likely wish, not 77 duplicates each.
  let duplicates: DuplicateRule = 'report';
  if (shape !== 'points' && province !== -1) {
    const keys = new Set<string>();
    let rows = 0;
    for (const row of table.rows.slice(0, SAMPLE_ROWS)) {
      const p = index.match(row.cells[province] ?? '');
      if (!p) continue;
      rows++;
      keys.add(`${p.code}|${year === -1 ? '' : (row.cells[year] ?? '')}`);
    }
    if (rows >= 3 * Math.max(1, keys.size)) duplicates = 'sum';
  }

  return {
    shape,
    province,
    year,
    values: shape === 'wide-years' ? yearColumns : numeric,
    defaultYear,
    lat,
    lon,
    duplicates,
    confirmed: {},
  };
}
