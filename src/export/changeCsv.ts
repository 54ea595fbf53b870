// CSV export of a change (pure): one row per province with both years' values, the change and
// its kind (difference or % change), the rank of the change, and the indicator's source. A
// province missing either year has empty change cells, never 0.
import type { Indicator, IndicatorsFile } from '../data/indicatorTypes';
import type { Province, ProvinceCode } from '../data/types';
import { changeValues, type ChangeKind } from '../data/change';
import { ranks as rankOf, valuesByCode } from '../data/indicatorValues';
import type { Cell } from './csv';

export const CHANGE_CSV_HEADER = [
  'iso_3166_2',
  'province_th',
  'province_en',
  'indicator_id',
  'indicator_en',
  'indicator_th',
  'year_from',
  'value_from',
  'year_to',
  'value_to',
  'change',
  'change_kind',
  'change_rank',
  'unit',
  'source_organisation',
  'source_title',
  'source_year',
  'source_url',
  'licence',
] as const;

/** Rows of the change `fromYear` → `toYear` for `codes` (default: every province, catalogue order). */
export function changeCsvRows(
  file: IndicatorsFile,
  indicator: Indicator,
  fromYear: number,
  toYear: number,
  kind: ChangeKind,
  provinces: readonly Province[],
  codes?: readonly ProvinceCode[],
): Cell[][] {
  const from = valuesByCode(file, indicator, fromYear);
  const to = valuesByCode(file, indicator, toYear);
  const change = changeValues(file.provinces, from, to, kind);
  const ranks = rankOf(change);
  const byCode = new Map(provinces.map((p) => [p.iso, p]));
  const s = indicator.source;
  // `diff` of a share is in percentage points; `pct` is per cent of the earlier value.
  const kindName = kind === 'pct' ? 'percent_change' : indicator.unit === 'percent' ? 'difference_percentage_points' : 'difference';
  const rows: Cell[][] = [[...CHANGE_CSV_HEADER]];
  for (const code of codes ?? file.provinces) {
    const p = byCode.get(code);
    rows.push([
      code,
      p?.nameTh ?? null,
      p?.nameEn ?? null,
      indicator.id,
      indicator.label.en,
      indicator.label.th,
      fromYear,
      from.get(code) ?? null,
      toYear,
      to.get(code) ?? null,
      change.get(code) ?? null,
      kindName,
      ranks.get(code) ?? null,
      indicator.unit,
      s.organisation.en,
      s.title,
      s.year,
      s.url ?? null,
      s.licence,
    ]);
  }
  return rows;
}
