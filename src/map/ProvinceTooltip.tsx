// The hover tooltip: the province's name in the UI language first, then in the other one.
// Rendered by React from data, never from an HTML string.
import type { Province } from '../data/types';
import { useAtlas } from '../state/store';

export function ProvinceTooltip({ province, x, y }: { province: Province | undefined; x: number; y: number }) {
  const lang = useAtlas((s) => s.doc.lang);
  if (!province) return null;
  const [primary, secondary] = lang === 'th' ? [province.nameTh, province.nameEn] : [province.nameEn, province.nameTh];
  return (
    <div className="tooltip" role="tooltip" data-iso={province.iso} style={{ transform: `translate(${x + 14}px, ${y + 14}px)` }}>
      <strong lang={lang}>{primary}</strong>
      <span lang={lang === 'th' ? 'en' : 'th'}>{secondary}</span>
    </div>
  );
}
