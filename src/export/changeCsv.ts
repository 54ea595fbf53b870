// CSV export of a change (pure): one row per province with both years' values, the change and
// its kind (difference or % change), the rank of the change, and the indicator's source. A
// province missing either year has empty change cells, never 0.
import type { Indicator, IndicatorsFile } from '../data/indicatorTypes';
import type { Province, ProvinceCode } from '../data/types';
import { changeValues, type ChangeKind } from '../data/change';
import { ranks as rankOf, valuesByCode } from '../data/indicatorValues';
import { provinceCsvHeader, provinceCsvRows, type Cell } from './csv';

export const CHANGE_CSV_HEADER = provinceCsvHeader(['year_from', 'value_from', 'year_to', 'value_to', 'change', 'change_kind', 'change_rank'] as const);

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
  // `diff` of a share is in percentage points; `pct` is per cent of the earlier value.
  const kindName = kind === 'pct' ? 'percent_change' : indicator.unit === 'percent' ? 'difference_percentage_points' : 'difference';
  return provinceCsvRows(CHANGE_CSV_HEADER, file, indicator, provinces, codes, (code) => [
    fromYear,
    from.get(code) ?? null,
    toYear,
    to.get(code) ?? null,
    change.get(code) ?? null,
    kindName,
    ranks.get(code) ?? null,
  ]);
}
