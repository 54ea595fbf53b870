// The hover tooltip of a district: its name in the UI language, then the other one, its province,
// and every figure the user has for it (the one on the map first). Rendered by React from data.
import type { DistrictFeature } from '../data/import/districts';
import type { Province } from '../data/types';
import { formatIndicatorValue } from '../i18n/format';
import { TooltipBox } from '../ui/TooltipBox';
import { districtFormat, type DistrictView } from '../state/districtView';
import { useAtlas } from '../state/store';
import { dt } from './districtMessages';
import { districtName } from './districtSummary';

interface Props {
  feature: DistrictFeature;
  province: Province | undefined;
  view: DistrictView;
  x: number;
  y: number;
}

export function DistrictTooltip({ feature, province, view, x, y }: Props) {
  const lang = useAtlas((s) => s.doc.lang);
  const other = lang === 'th' ? 'en' : 'th';
  const secondary = districtName(feature, other);
  const slot = view.features.indexOf(feature);
  const order = view.indicators.map((_, n) => n).sort((a, b) => (a === view.n ? -1 : b === view.n ? 1 : a - b));
  return (
    <TooltipBox x={x} y={y} dataId={feature.id}>
      <strong lang={lang} data-testid="district-tooltip-name">
        {districtName(feature, lang)}
      </strong>
      {secondary !== districtName(feature, lang) && <span lang={other}>{secondary}</span>}
      {province && <span data-testid="district-tooltip-province">{dt(lang, 'provinceOf', { name: lang === 'th' ? province.nameTh : province.nameEn })}</span>}
      {order.map((n) => {
        const i = view.indicators[n];
        if (!i) return null;
        return (
          <span key={n} className="tooltip-value" data-testid={n === view.n ? 'district-tooltip-value' : undefined}>
            {n === view.n ? <b>{i.name}</b> : i.name}: <b>{formatIndicatorValue(i.values[slot], districtFormat(i), lang)}</b>
          </span>
        );
      })}
    </TooltipBox>
  );
}
