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

export const INDICATOR_CSV_HEADER = [
  'iso_3166_2',
  'province_th',
  'province_en',
  'indicator_id',
  'indicator_en',
  'indicator_th',
  'year',
  'value',
  'rank',
  'unit',
  'source_organisation',
  'source_title',
  'source_year',
  'source_url',
  'licence',
  'note',
] as const;

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
  const byCode = new Map(provinces.map((p) => [p.iso, p]));
  const order = codes ?? file.provinces;
  const s = indicator.source;
  const rows: Cell[][] = [[...INDICATOR_CSV_HEADER]];
  for (const code of order) {
    const p = byCode.get(code);
    rows.push([
      code,
      p?.nameTh ?? null,
      p?.nameEn ?? null,
      indicator.id,
      indicator.label.en,
      indicator.label.th,
      year,
      values.get(code) ?? null,
      ranks.get(code) ?? null,
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
