// The one selector behind the choropleth, the legend and the charts: the current indicator and
// year resolved, its values by province, the classification, the colours, ranks and the
// national value. Memoised on its inputs, so every consumer gets the same object.
import { classify, classOf, classRanges, type Classification } from '../data/classify';
import type { Indicator, IndicatorsFile } from '../data/indicatorTypes';
import { nationalValue, ranks, resolveYear, valuesByCode } from '../data/indicatorValues';
import type { ProvinceCode } from '../data/types';
import { memoLast } from '../lib/memo';
import { hexToRgba, NO_DATA_HEX, paletteFor, type RGBA } from '../lib/palettes';
import type { Doc } from './doc';

export interface LegendBin {
  index: number;
  from: number;
  to: number;
  color: string;
  /** Provinces in this class, in catalogue order. */
  codes: ProvinceCode[];
}

export interface IndicatorView {
  indicator: Indicator;
  year: number;
  values: ReadonlyMap<ProvinceCode, number>;
  ranks: ReadonlyMap<ProvinceCode, number>;
  classification: Classification;
  bins: LegendBin[];
  /** Provinces with no value this year ("no data", never zero). */
  missing: ProvinceCode[];
  national: number | null;
  /** Fill of a province: its class colour, or the no-data grey. */
  colorOf: (code: ProvinceCode) => RGBA;
  hexOf: (code: ProvinceCode) => string;
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
  const classification = classify(allYearValues(file, indicator), method, k, breaks);
  const colours = paletteFor(indicator.polarity, classification.classes);
  const rgba = colours.map((c) => hexToRgba(c));
  const noData = hexToRgba(NO_DATA_HEX);
  const bins: LegendBin[] = classRanges(classification).map(([from, to], index) => ({
    index,
    from,
    to,
    color: colours[index] as string,
    codes: [],
  }));
  const missing: ProvinceCode[] = [];
  for (const code of file.provinces) {
    const v = values.get(code);
    if (v === undefined) missing.push(code);
    else bins[classOf(classification, v)]?.codes.push(code);
  }
  const classIndex = (code: ProvinceCode) => {
    const v = values.get(code);
    return v === undefined ? -1 : classOf(classification, v);
  };
  return {
    indicator,
    year,
    values,
    ranks: ranks(values),
    classification,
    bins,
    missing,
    national: nationalValue(file, indicator, year, lookup),
    colorOf: (code) => rgba[classIndex(code)] ?? noData,
    hexOf: (code) => colours[classIndex(code)] ?? NO_DATA_HEX,
  };
}

/** Memoised on the catalogue and the document's indicator fields. */
export const selectIndicatorView = memoLast(build);

export function indicatorViewOf(file: IndicatorsFile, doc: Doc): IndicatorView | null {
  return selectIndicatorView(file, doc.indicator, doc.year, doc.classify, doc.k, doc.breaks);
}
