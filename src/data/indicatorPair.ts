// Two indicators read side by side, each at the year nearest the atlas's year that it has: the
// scatter plot's axes and the bivariate map's pair come from this one function, so both show the
// same years and values. Pure.
import type { Indicator, IndicatorsFile } from './indicatorTypes';
import { nationalValue, resolveYear, valuesByCode } from './indicatorValues';
import type { ProvinceCode } from './types';

/** One axis: an indicator at the year used for it, and its values by province. */
export interface ScatterAxis {
  indicator: Indicator;
  year: number;
  values: ReadonlyMap<ProvinceCode, number>;
  national: number | null;
}

/**
 * The two axes for `ids` ([x, y]), each at the year nearest `requestedYear` that it has (its
 * latest when `null`). An unknown id falls back to the catalogue's first (x) or second (y)
 * indicator; `null` when the catalogue is empty.
 */
export function scatterAxes(
  file: IndicatorsFile,
  ids: readonly [string, string],
  requestedYear: number | null,
  byId: (id: string) => Indicator | undefined,
): { x: ScatterAxis; y: ScatterAxis } | null {
  const pick = (id: string, fallback: number): Indicator | undefined =>
    byId(id) ?? file.indicators[fallback] ?? file.indicators[0];
  const axis = (indicator: Indicator): ScatterAxis => {
    const year = resolveYear(indicator, requestedYear);
    return { indicator, year, values: valuesByCode(file, indicator, year), national: nationalValue(file, indicator, year, byId) };
  };
  const xi = pick(ids[0], 0);
  const yi = pick(ids[1], 1);
  return xi && yi ? { x: axis(xi), y: axis(yi) } : null;
}
