// The two years compare mode draws: the comparison year (left or top map) and the document's year
// (right or bottom). A comparison year the indicator does not have shows as its default, as the
// mode control shows it. Pure.
import type { Doc } from '../state/doc';
import type { IndicatorView } from '../state/indicatorView';
import { defaultCompareYear, effectiveMode } from '../state/mapMode';

export interface CompareYears {
  /** The year compared with (CE): the left or top map. */
  before: number;
  /** The document's year (CE): the right or bottom map, the one that writes the URL. */
  after: number;
}

/** The two years when the map compares two years (compare mode, an indicator with two years or more), else null. */
export function compareYearsOf(doc: Pick<Doc, 'compare' | 'change' | 'bivariate' | 'multiples'>, view: IndicatorView | null): CompareYears | null {
  if (!view) return null;
  const years = view.indicator.years;
  if (effectiveMode(doc, years.length) !== 'compare') return null;
  const before = doc.compare !== null && years.includes(doc.compare) ? doc.compare : defaultCompareYear(years, view.year);
  return before === null ? null : { before, after: view.year };
}
