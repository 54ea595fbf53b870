// The view the map shows, whatever the mode: the indicator view of one year, or in change mode
// (`compare=<year>&change=1|pct`) an IndicatorView-shaped view whose values are the change
// between the two years, on diverging classes, with both years' values alongside. The map model,
// the legend, the charts, the detail panel, the tooltip, the summary and the exports all call
// `mapViewOf`, so they cannot disagree. Memoised; pure.
import { changeOf, changeValues, type ChangeKind } from '../data/change';
import { choropleth } from '../data/choropleth';
import type { IndicatorsFile } from '../data/indicatorTypes';
import { nationalValue, ranks, valuesByCode } from '../data/indicatorValues';
import type { ProvinceCode } from '../data/types';
import { memoLast } from '../lib/memo';
import type { Doc } from './doc';
import { allowsPctChange, defaultCompareYear, effectiveMode } from './mapMode';
import { indicatorLookup, indicatorViewOf, type IndicatorView } from './indicatorView';

/** What a change view compares: the two years (earlier first) and their values. */
export interface ChangeInfo {
  /** `pct` only for units that allow it (mapMode.allowsPctChange); else `diff`. */
  kind: ChangeKind;
  /** The earlier of the two years; the change is always later minus earlier. */
  fromYear: number;
  toYear: number;
  from: ReadonlyMap<ProvinceCode, number>;
  to: ReadonlyMap<ProvinceCode, number>;
  nationalFrom: number | null;
  nationalTo: number | null;
  /** Provinces whose value rose, fell or stayed the same (catalogue order); no-data ones are in `missing`. */
  rose: ProvinceCode[];
  fell: ProvinceCode[];
  unchanged: ProvinceCode[];
}

/** A view of the change: `values` are changes, `ranks` rank the change (1 = largest rise). */
export interface ChangeView extends IndicatorView {
  change: ChangeInfo;
}

export function isChangeView(view: IndicatorView | null | undefined): view is ChangeView {
  return view !== null && view !== undefined && 'change' in view;
}

function build(file: IndicatorsFile, base: IndicatorView, compareYear: number, requestedKind: ChangeKind, k: number): ChangeView {
  const { indicator } = base;
  const kind: ChangeKind = requestedKind === 'pct' && allowsPctChange(indicator.unit) ? 'pct' : 'diff';
  const [fromYear, toYear] = compareYear <= base.year ? [compareYear, base.year] : [base.year, compareYear];
  const from = valuesByCode(file, indicator, fromYear);
  const to = valuesByCode(file, indicator, toYear);
  const values = changeValues(file.provinces, from, to, kind);
  // Classes are cut over the change shown, not over every pair of years: a change over one year
  // and one over six are not on one scale, and cutting over all of them left most provinces of a
  // long span in the outermost class. While the years play, the classes follow the change.
  const choro = choropleth({
    keys: file.provinces,
    valueOf: (code) => values.get(code),
    classifyOver: values.values(),
    method: 'quantile',
    k,
    polarity: indicator.polarity,
    diverging: true,
  });
  const lookup = indicatorLookup(file);
  const nationalFrom = nationalValue(file, indicator, fromYear, lookup);
  const nationalTo = nationalValue(file, indicator, toYear, lookup);
  const national = changeOf(nationalFrom, nationalTo, kind);
  const rose: ProvinceCode[] = [];
  const fell: ProvinceCode[] = [];
  const unchanged: ProvinceCode[] = [];
  for (const code of file.provinces) {
    const v = values.get(code);
    if (v === undefined) continue;
    (v > 0 ? rose : v < 0 ? fell : unchanged).push(code);
  }
  return {
    ...choro,
    indicator,
    year: base.year,
    values,
    ranks: ranks(values),
    national,
    change: { kind, fromYear, toYear, from, to, nationalFrom, nationalTo, rose, fell, unchanged },
  };
}

/** Memoised on the catalogue, the one-year view and the change's fields. */
export const selectChangeView = memoLast(build);

/** The year the change is taken against: the document's, or (not one of the indicator's years) the default. */
export function compareYearOf(years: readonly number[], year: number, compare: number | null): number | null {
  return compare !== null && years.includes(compare) ? compare : defaultCompareYear(years, year);
}

/**
 * The view the map shows for a document: the change view in change mode (an indicator with one
 * year falls back to its single map, see mapMode.effectiveMode), else the one-year view.
 */
export function mapViewOf(file: IndicatorsFile, doc: Doc): IndicatorView | null {
  const base = indicatorViewOf(file, doc);
  if (!base || effectiveMode(doc, base.indicator.years.length) !== 'change') return base;
  const compareYear = compareYearOf(base.indicator.years, base.year, doc.compare);
  if (compareYear === null) return base;
  return selectChangeView(file, base, compareYear, doc.change ?? 'diff', doc.k);
}
