// The hover tooltip: the province's name in the UI language first, then in the other one, and
// the current indicator's value (in change mode: both years' values and the change). Rendered by React from data, never from an HTML string.
import type { Province } from '../data/types';
import type { IndicatorView } from '../state/indicatorView';
import type { BivariateView } from '../state/bivariateView';
import { useAtlas } from '../state/store';
import { formatIndicatorValue, formatYear } from '../i18n/format';
import { TooltipBox } from '../ui/TooltipBox';
import { isChangeView } from '../state/changeView';
import { ctx, formatChange } from '../i18n/changeFormat';
import '../ui/change.css';

interface Props {
  province: Province | undefined;
  x: number;
  y: number;
  view: IndicatorView | null;
  /** On the bivariate map: both values are shown instead of the indicator's. */
  bivariate?: BivariateView | null;
}

export function ProvinceTooltip({ province, x, y, view, bivariate = null }: Props) {
  const lang = useAtlas((s) => s.doc.lang);
  if (!province) return null;
  const [primary, secondary] = lang === 'th' ? [province.nameTh, province.nameEn] : [province.nameEn, province.nameTh];
  return (
    <TooltipBox x={x} y={y} dataId={province.iso}>
      <strong lang={lang}>{primary}</strong>
      <span lang={lang === 'th' ? 'en' : 'th'}>{secondary}</span>
      {bivariate &&
        [bivariate.x, bivariate.y].map((a) => (
          <span key={a.indicator.id} className="tooltip-value" data-testid="tooltip-value">
            {a.indicator.label[lang]} {formatYear(a.year, lang)}: <b>{formatIndicatorValue(a.values.get(province.iso), a.indicator, lang)}</b>
          </span>
        ))}
      {isChangeView(view) && (
        <span className="tooltip-value" data-testid="tooltip-value">
          {view.indicator.label[lang]}
          <span className="tooltip-years" data-testid="tooltip-years">
            {formatYear(view.change.fromYear, lang)}: {formatIndicatorValue(view.change.from.get(province.iso), view.indicator, lang)} →{' '}
            {formatYear(view.change.toYear, lang)}: {formatIndicatorValue(view.change.to.get(province.iso), view.indicator, lang)}
          </span>
          <span data-testid="tooltip-change">
            {ctx(lang, view.change.kind === 'pct' ? 'pctChange' : 'change')}:{' '}
            <b>{formatChange(view.values.get(province.iso), view.indicator, view.change.kind, lang)}</b>
          </span>
        </span>
      )}
      {view && !isChangeView(view) && !bivariate && (
        <span className="tooltip-value" data-testid="tooltip-value">
          {view.indicator.label[lang]} {formatYear(view.year, lang)}:{' '}
          <b>{formatIndicatorValue(view.values.get(province.iso), view.indicator, lang)}</b>
        </span>
      )}
    </TooltipBox>
  );
}
