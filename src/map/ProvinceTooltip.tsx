// The hover tooltip: the province's name in the UI language first, then in the other one.
// Rendered by React from data, never from an HTML string.
import { useLayoutEffect, useRef } from 'react';
import type { Province } from '../data/types';
import type { IndicatorView } from '../state/indicatorView';
import { useAtlas } from '../state/store';
import { formatIndicatorValue, formatYear } from '../i18n/format';
import { tooltipPosition } from './tooltipPosition';

interface Props {
  province: Province | undefined;
  x: number;
  y: number;
  view: IndicatorView | null;
}

export function ProvinceTooltip({ province, x, y, view }: Props) {
  const lang = useAtlas((s) => s.doc.lang);
  const ref = useRef<HTMLDivElement>(null);

  // Measured after render so the flip near the edges uses the real, shaped text size.
  useLayoutEffect(() => {
    const el = ref.current;
    const parent = el?.parentElement;
    if (!el || !parent) return;
    const { left, top } = tooltipPosition(
      x,
      y,
      { width: el.offsetWidth, height: el.offsetHeight },
      { width: parent.clientWidth, height: parent.clientHeight },
    );
    el.style.transform = `translate(${left}px, ${top}px)`;
  }, [x, y, province, lang]);

  if (!province) return null;
  const [primary, secondary] = lang === 'th' ? [province.nameTh, province.nameEn] : [province.nameEn, province.nameTh];
  return (
    <div className="tooltip" role="tooltip" data-iso={province.iso} ref={ref}>
      <strong lang={lang}>{primary}</strong>
      <span lang={lang === 'th' ? 'en' : 'th'}>{secondary}</span>
      {view && (
        <span className="tooltip-value" data-testid="tooltip-value">
          {view.indicator.label[lang]} {formatYear(view.year, lang)}:{' '}
          <b>{formatIndicatorValue(view.values.get(province.iso), view.indicator, lang)}</b>
        </span>
      )}
    </div>
  );
}
