// The profile of a selected learning city or partner: name in both languages, role, period,
// location (marked approximate where it is), and sources.
import { memo, useEffect } from 'react';
import type { AtlasData } from '../data/atlasData';
import { findPlace } from '../data/findPlace';
import { requestCamera, selectPlace, selectProvince, useAtlas } from '../state/store';
import { useT } from '../i18n/useT';
import { formatYear } from '../i18n/format';
import { PlaceSources } from './PlaceSources';

export const PlaceProfile = memo(function PlaceProfile({ data }: { data: AtlasData }) {
  const id = useAtlas((s) => s.doc.place);
  const lang = useAtlas((s) => s.doc.lang);
  const tr = useT();
  const found = id ? findPlace(data.places, id) : undefined;

  useEffect(() => {
    if (!found) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') selectPlace(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [found]);

  if (!found) return null;
  const other = lang === 'th' ? 'en' : 'th';
  const name = found.kind === 'city' ? found.city.name : found.partner.name;
  const coords = found.kind === 'city' ? found.city.coordinates : found.partner.coordinates;
  const approximate = found.kind === 'city' ? found.city.approximate : found.partner.approximate;
  const period = (from: number | null, to: number | null, note?: string) =>
    note ?? `${from === null ? tr('periodUnknown') : formatYear(from, lang)} – ${to === null ? tr('ongoing') : formatYear(to, lang)}`;

  return (
    <aside className="detail-panel place-profile" data-testid="place-profile" aria-labelledby="place-heading">
      <header>
        <h2 id="place-heading" lang={lang}>
          {name[lang]}
        </h2>
        <p className="detail-other-name" lang={other}>
          {name[other]}
        </p>
        <button type="button" className="icon-button" aria-label={tr('close')} onClick={() => selectPlace(null)}>
          ×
        </button>
      </header>
      <dl>
        {found.kind === 'city' ? (
          <>
            <dt>{tr('role')}</dt>
            <dd>{tr('cityJoined', { year: formatYear(found.city.yearJoined, lang) })}</dd>
            <dt>{tr('announced')}</dt>
            <dd>{found.city.announced}</dd>
            <dt>{tr('location')}</dt>
            <dd>
              <button type="button" className="link-button" onClick={() => selectProvince(found.city.iso)}>
                {(() => {
                  const p = data.index.byCode(found.city.iso);
                  return p ? (lang === 'th' ? p.nameTh : p.nameEn) : found.city.iso;
                })()}
              </button>
            </dd>
          </>
        ) : (
          <>
            <dt>{tr('role')}</dt>
            <dd>{found.partner.role[lang]}</dd>
            <dt>{tr('period')}</dt>
            <dd>{period(found.partner.from, found.partner.to, found.partner.periodNote)}</dd>
            <dt>{tr('location')}</dt>
            <dd>
              {found.partner.city[lang]}, {found.partner.country[lang]}
            </dd>
          </>
        )}
      </dl>
      {approximate && <p className="approximate-note">{tr('approximateLocation')}</p>}
      <button type="button" className="text-button" onClick={() => requestCamera({ kind: 'point', coordinates: coords })}>
        {tr('showOnMap')}
      </button>
      <PlaceSources sources={found.kind === 'city' ? found.city.sources : found.partner.sources} />
    </aside>
  );
});
