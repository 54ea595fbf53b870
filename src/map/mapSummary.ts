// The map's content as a sentence for screen readers (and a stable hook for tests): what is
// shown, the extremes, and what is highlighted or selected. Pure.
import type { Province, ProvinceCode } from '../data/types';
import type { IndicatorView } from '../state/indicatorView';
import type { Lang } from '../state/doc';
import { formatIndicatorValue, formatYear, t } from '../i18n/format';
import { isChangeView } from '../state/changeView';
import { changeSummary } from './changeSummary';

/** "Highlighted: N provinces (first ten names)", or '' when nothing is highlighted. */
export function highlightSentence(
  highlighted: readonly ProvinceCode[] | null,
  byCode: (code: ProvinceCode) => Province | undefined,
  lang: Lang,
): string {
  if (!highlighted || highlighted.length === 0) return '';
  const names = highlighted
    .slice(0, 10)
    .map((c) => {
      const p = byCode(c);
      return p ? (lang === 'th' ? p.nameTh : p.nameEn) : c;
    })
    .join(', ');
  return t(lang, 'mapHighlighted', { count: highlighted.length, names });
}

export function mapSummary(
  view: IndicatorView | null,
  byCode: (code: ProvinceCode) => Province | undefined,
  highlighted: readonly ProvinceCode[] | null,
  lang: Lang,
): string {
  if (!view) return '';
  const name = (c: ProvinceCode) => {
    const p = byCode(c);
    return p ? (lang === 'th' ? p.nameTh : p.nameEn) : c;
  };
  const highlight = highlightSentence(highlighted, byCode, lang);
  if (isChangeView(view)) return [changeSummary(view, byCode, lang), highlight].filter(Boolean).join(' ');
  const sorted = [...view.values.entries()].sort((a, b) => b[1] - a[1]);
  const top = sorted[0];
  const bottom = sorted[sorted.length - 1];
  const fmt = (v: number) => formatIndicatorValue(v, view.indicator, lang);
  const parts = [
    t(lang, 'mapShows', { indicator: view.indicator.label[lang], year: formatYear(view.year, lang) }),
    top && bottom
      ? t(lang, 'mapExtremes', { high: name(top[0]), highValue: fmt(top[1]), low: name(bottom[0]), lowValue: fmt(bottom[1]) })
      : '',
    view.missing.length > 1 ? t(lang, 'mapMissing', { count: view.missing.length }) : '',
    view.missing.length === 1 ? t(lang, 'mapMissingOne') : '',
    highlight,
  ];
  return parts.filter(Boolean).join(' ');
}
