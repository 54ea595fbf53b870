// The one selector behind the choropleth, the legend and the charts: the current indicator and
// year resolved, its values by province, the classification, the colours, ranks and the
// national value. Memoised on its inputs, so every consumer gets the same object.
import type { Choropleth, ChoroplethBin } from '../data/choropleth';
import { choropleth } from '../data/choropleth';
import type { Indicator, IndicatorsFile } from '../data/indicatorTypes';
import { nationalValue, ranks, resolveYear, valuesByCode } from '../data/indicatorValues';
import type { ProvinceCode } from '../data/types';
import { memoLast } from '../lib/memo';
import type { Doc } from './doc';

/** A legend class of provinces (in catalogue order). */
export type LegendBin = ChoroplethBin<ProvinceCode>;

/** The indicator and year resolved, with the choropleth of its provinces (see data/choropleth). */
export interface IndicatorView extends Choropleth<ProvinceCode> {
  indicator: Indicator;
  year: number;
  values: ReadonlyMap<ProvinceCode, number>;
  ranks: ReadonlyMap<ProvinceCode, number>;
  national: number | null;
}

/** Looks an indicator up by id. */
export type IndicatorLookup = (id: string) => Indicator | undefined;

export function indicatorLookup(file: IndicatorsFile): IndicatorLookup {
  const byId = new Map(file.indicators.map((i) => [i.id, i]));
  return (id) => byId.get(id);
}

/**
 * Classification is computed over all years of the indicator when the method is data-driven, so
 * the legend does not jump while the years play (OWID's rule); values still come from one year.
 */
function allYearValues(file: IndicatorsFile, indicator: Indicator): number[] {
  return indicator.years.flatMap((y) => [...valuesByCode(file, indicator, y).values()]);
}

function build(
  file: IndicatorsFile,
  indicatorId: string,
  requestedYear: number | null,
  method: Doc['classify'],
  k: number,
  breaks: readonly number[],
): IndicatorView | null {
  const lookup = indicatorLookup(file);
  const indicator = lookup(indicatorId) ?? file.indicators[0];
  if (!indicator) return null;
  const year = resolveYear(indicator, requestedYear);
  const values = valuesByCode(file, indicator, year);
  const choro = choropleth({
    keys: file.provinces,
    valueOf: (code) => values.get(code),
    classifyOver: allYearValues(file, indicator),
    method,
    k,
    breaks,
    polarity: indicator.polarity,
  });
  return {
    ...choro,
    indicator,
    year,
    values,
    ranks: ranks(values),
    national: nationalValue(file, indicator, year, lookup),
  };
}

/** Memoised on the catalogue and the document's indicator fields. */
export const selectIndicatorView = memoLast(build);

export function indicatorViewOf(file: IndicatorsFile, doc: Doc): IndicatorView | null {
  return selectIndicatorView(file, doc.indicator, doc.year, doc.classify, doc.k, doc.breaks);
}

/**
 * A selector of its own, memoised apart from the shared one: for a second view of another year
 * (compare mode), so two maps reading different years do not evict each other's view.
 */
export function makeIndicatorViewOf(): (file: IndicatorsFile, doc: Doc) => IndicatorView | null {
  const select = memoLast(build);
  return (file, doc) => select(file, doc.indicator, doc.year, doc.classify, doc.k, doc.breaks);
}
