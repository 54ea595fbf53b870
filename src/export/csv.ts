// CSV export of an indicator (pure): one row per province with its value, rank and the
// indicator's source, or only the selected provinces. Cells are escaped for RFC 4180 and
// against spreadsheet formula injection by the one guard every CSV of the app uses
// (lib/csvField.ts). Imported indicators carry user text, so this matters.
import type { Indicator, IndicatorsFile } from '../data/indicatorTypes';
import type { Province, ProvinceCode } from '../data/types';
import { csvField } from '../lib/csvField';
import { resolveYear, valuesByCode, ranks as rankOf } from '../data/indicatorValues';

export type Cell = string | number | null;

/** UTF-8 byte-order mark: without it Excel reads UTF-8 CSV as the system code page and mangles Thai. */
export const BOM = '\uFEFF';

/** One cell: numbers as they are, null as empty, text guarded and quoted when needed. */
export function csvCell(v: Cell): string {
  if (v === null) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  return csvField(v);
}

/** Rows to CSV text with CRLF line ends (RFC 4180) and a BOM. */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return BOM + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** The columns that name the province and the indicator, before a CSV's figures. */
const NAME_COLUMNS = ['iso_3166_2', 'province_th', 'province_en', 'indicator_id', 'indicator_en', 'indicator_th'] as const;
/** The columns after the figures: the unit and where the figures come from. */
const SOURCE_COLUMNS = ['unit', 'source_organisation', 'source_title', 'source_year', 'source_url', 'licence', 'note'] as const;

/** A CSV's header: the name columns, the figure columns, the source columns. */
export function provinceCsvHeader<F extends readonly string[]>(figures: F) {
  return [...NAME_COLUMNS, ...figures, ...SOURCE_COLUMNS] as const;
}

/**
 * One row per province of `codes` (default: every province in the catalogue's order): the names,
 * the figures `figuresOf` gives (a missing value an empty cell, never 0), the unit and source.
 */
export function provinceCsvRows(
  header: readonly string[],
  file: IndicatorsFile,
  indicator: Indicator,
  provinces: readonly Province[],
  codes: readonly ProvinceCode[] | undefined,
  figuresOf: (code: ProvinceCode) => Cell[],
): Cell[][] {
  const byCode = new Map(provinces.map((p) => [p.iso, p]));
  const s = indicator.source;
  const rows: Cell[][] = [[...header]];
  for (const code of codes ?? file.provinces) {
    const p = byCode.get(code);
    rows.push([
      code,
      p?.nameTh ?? null,
      p?.nameEn ?? null,
      indicator.id,
      indicator.label.en,
      indicator.label.th,
      ...figuresOf(code),
      indicator.unit,
      s.organisation.en,
      s.title,
      s.year,
      s.url ?? null,
      s.licence,
      s.note?.en ?? null,
    ]);
  }
  return rows;
}

export const INDICATOR_CSV_HEADER = provinceCsvHeader(['year', 'value', 'rank'] as const);

/**
 * The indicator's values in `year` (resolved like the map: nearest year it has) for `codes`
 * (default: every province in the catalogue's order). A missing value is an empty cell, never 0.
 */
export function indicatorCsvRows(
  file: IndicatorsFile,
  indicator: Indicator,
  requestedYear: number | null,
  provinces: readonly Province[],
  codes?: readonly ProvinceCode[],
): Cell[][] {
  const year = resolveYear(indicator, requestedYear);
  const values = valuesByCode(file, indicator, year);
  const ranks = rankOf(values);
  return provinceCsvRows(INDICATOR_CSV_HEADER, file, indicator, provinces, codes, (code) => [year, values.get(code) ?? null, ranks.get(code) ?? null]);
}
