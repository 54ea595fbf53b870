// Tooltip of a learning city or partner: its name, and when it joined or what it does.
import type { PlacesFile } from '../data/placeTypes';
import { useAtlas } from '../state/store';
import { useT } from '../i18n/useT';
import { TooltipBox } from '../ui/TooltipBox';
import { findPlace } from '../data/findPlace';
import { formatYear } from '../i18n/format';

export function PlaceTooltip({ places, id, x, y }: { places: PlacesFile; id: string; x: number; y: number }) {
  const lang = useAtlas((s) => s.doc.lang);
  const tr = useT();
  const found = findPlace(places, id);
  if (!found) return null;
  const detail =
    found.kind === 'city'
      ? tr('cityJoined', { year: formatYear(found.city.yearJoined, lang) })
      : `${found.partner.role[lang]} · ${found.partner.city[lang]}`;
  const name = found.kind === 'city' ? found.city.name[lang] : found.partner.name[lang];
  return (
    <TooltipBox x={x} y={y} dataId={id}>
      <strong>{name}</strong>
      <span>{detail}</span>
    </TooltipBox>
  );
}
