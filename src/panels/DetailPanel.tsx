// The province detail panel: names, codes, regions and the province's figures, each with its
// source and year. Shows the most recently selected province; two or more selected are compared
// side by side (ComparisonTable).
import { useEffect, useRef } from 'react';
import type { AtlasData } from '../data/atlasData';
import { clearSelection, requestCamera, useAtlas } from '../state/store';
import { useT } from '../i18n/useT';
import { formatNumber } from '../i18n/format';
import { REGION6_NAMES, REGION_NESDC_NAMES } from '../i18n/messages';
import { SourceNote } from './SourceNote';
import { ProvinceIndicator } from './ProvinceIndicator';
import { PlaceSources } from './PlaceSources';
import { isChangeView, mapViewOf } from '../state/changeView';
import { indicatorViewOf } from '../state/indicatorView';
import { ProvinceChange } from './ProvinceChange';
import { ComparisonTable } from './ComparisonTable';

export function DetailPanel({ data }: { data: AtlasData }) {
  const codes = useAtlas((s) => s.doc.province);
  const code = codes.at(-1) ?? null;
  const lang = useAtlas((s) => s.doc.lang);
  // In change mode the map shows the change; the panel shows it first, then the shown year's figures.
  const shown = useAtlas((s) => mapViewOf(data.indicators, s.doc));
  const view = useAtlas((s) => indicatorViewOf(data.indicators, s.doc));
  const changeView = isChangeView(shown) ? shown : null;
  const tr = useT();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const p = code ? data.index.byCode(code) : undefined;

  useEffect(() => {
    if (!p) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') clearSelection();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [p]);

  if (!p) return null;
  if (view && codes.length >= 2) {
    return (
      <aside className="detail-panel is-comparison" data-testid="detail-panel" aria-labelledby="detail-heading">
        <header>
          <h2 id="detail-heading" ref={headingRef} tabIndex={-1}>
            {tr('compareHeading', { count: codes.length })}
          </h2>
          <button type="button" className="icon-button" aria-label={tr('close')} onClick={clearSelection}>
            ×
          </button>
        </header>
        {changeView && <ProvinceChange data={data} view={changeView} codes={codes} />}
        <ComparisonTable data={data} view={view} codes={codes} />
      </aside>
    );
  }
  const pilot = data.places.pilots.find((x) => x.iso === p.iso);
  const other = lang === 'th' ? 'en' : 'th';
  const density = p.population2024 / p.areaKm2;
  const src = data.sources;
  return (
    <aside className="detail-panel" data-testid="detail-panel" aria-labelledby="detail-heading">
      <header>
        <h2 id="detail-heading" ref={headingRef} lang={lang} tabIndex={-1}>
          {lang === 'th' ? p.nameTh : p.nameEn}
        </h2>
        <p className="detail-other-name" lang={other}>
          {lang === 'th' ? p.nameEn : p.nameTh}
        </p>
        <button type="button" className="icon-button" aria-label={tr('close')} onClick={clearSelection}>
          ×
        </button>
      </header>
      {pilot && (
        <section className="pilot-profile" data-testid="pilot-profile">
          <h3>
            <span aria-hidden="true">▲ </span>
            {pilot.programme[lang]}
          </h3>
          <p>{pilot.profile[lang]}</p>
          <PlaceSources sources={pilot.sources} />
        </section>
      )}
      {changeView && <ProvinceChange data={data} view={changeView} codes={[p.iso]} />}
      {view && <ProvinceIndicator data={data} view={view} province={p} />}
      <dl>
        <dt>{tr('iso')}</dt>
        <dd>{p.iso}</dd>
        <dt>{tr('dopa')}</dt>
        <dd>{p.dopa}</dd>
        <dt>{tr('region6')}</dt>
        <dd>{REGION6_NAMES[p.region6][lang]}</dd>
        <dt>{tr('regionNesdc')}</dt>
        <dd>
          {REGION_NESDC_NAMES[p.regionNesdc][lang]}
        </dd>
        <dt>{tr('population')}</dt>
        <dd data-field="population">
          {formatNumber(p.population2024, lang)}
          <SourceNote source={src.population} />
        </dd>
        <dt>{tr('area')}</dt>
        <dd data-field="area">
          {formatNumber(p.areaKm2, lang)} {tr('km2')}
          <SourceNote source={src.area} />
        </dd>
        <dt>{tr('density')}</dt>
        <dd data-field="density">
          {formatNumber(density, lang, { maximumFractionDigits: 0 })} {tr('perKm2')}
          <span className="source-note">{tr('derivedFrom')}</span>
        </dd>
      </dl>
      <button type="button" className="text-button" onClick={() => requestCamera({ kind: 'province', code: p.iso })}>
        {tr('zoomTo')}
      </button>
    </aside>
  );
}
