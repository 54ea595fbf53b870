// The bivariate map in words, for screen readers and tests: the pair and their years, how the
// classes are cut, and the counts of the four corner classes (high/low in both, and the two
// mismatches), then the no-data count. Figures come from the view; nothing is typed in. Pure.
import { formatYear } from '../i18n/format';
import type { BivariateView } from '../state/bivariateView';
import type { Lang } from '../state/doc';
import { mt } from '../i18n/modeMessages';

/** Provinces in the cell with x tertile `x` and y tertile `y`. */
export function cellCount(view: BivariateView, x: number, y: number): number {
  return view.cells.find((c) => c.x === x && c.y === y)?.codes.length ?? 0;
}

export function bivariateSummary(view: BivariateView, lang: Lang): string {
  const both = view.cells.reduce((n, c) => n + c.codes.length, 0);
  const parts = [
    mt(lang, 'bivSummary', {
      x: view.x.indicator.label[lang],
      y: view.y.indicator.label[lang],
      xYear: formatYear(view.x.year, lang),
      yYear: formatYear(view.y.year, lang),
      count: both,
      hh: cellCount(view, 2, 2),
      ll: cellCount(view, 0, 0),
      hl: cellCount(view, 2, 0),
      lh: cellCount(view, 0, 2),
    }),
    view.missing.length > 0 ? mt(lang, 'bivMissing', { count: view.missing.length }) : '',
  ];
  return parts.filter(Boolean).join(' ');
}
