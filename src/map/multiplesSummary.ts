// The small multiples in words: the indicator, its years, the count of maps, and how many
// provinces rose and fell from the first year to the last (computed, never typed in). Pure.
import type { IndicatorsFile } from '../data/indicatorTypes';
import { formatYear } from '../i18n/format';
import { mt } from '../i18n/modeMessages';
import type { Lang } from '../state/doc';
import type { IndicatorView } from '../state/indicatorView';
import { riseAndFall } from './multiples/multiplesLayout';

export function multiplesSummary(file: IndicatorsFile, view: IndicatorView, lang: Lang): string {
  const years = view.indicator.years;
  const change = riseAndFall(file, view);
  const from = formatYear(change.from, lang);
  const to = formatYear(change.to, lang);
  return [
    mt(lang, 'multiplesSummary', { indicator: view.indicator.label[lang], from, to, count: years.length }),
    mt(lang, 'multiplesChange', { from, to, both: change.both, rose: change.rose, fell: change.fell }),
  ].join(' ');
}
