// Embed mode (`embed=1`): the map with its legend, the distribution chart and a link to the full
// dashboard, for partner sites' iframes. No editing chrome; the host drives it through the
// postMessage API (bridge.ts) and sizes the iframe from `atlas:resize`. Loaded lazily.
import { useEffect, useState } from 'react';
import type { AtlasData } from '../data/atlasData';
import { AtlasMap } from '../map/AtlasMap';
import { compareYearsOf } from '../map/compareYears';
import { Legend } from '../panels/Legend';
import { RegionStrip } from '../charts/regions/RegionStrip';
import { useSize } from '../ui/useSize';
import { mapViewOf } from '../state/changeView';
import { indicatorViewOf } from '../state/indicatorView';
import { changeTitleOf } from '../i18n/changeFormat';
import { useAtlas } from '../state/store';
import { useAtlasData } from '../state/useAtlasData';
import { useT } from '../i18n/useT';
import { formatYear } from '../i18n/format';
import { DARK_SCHEME, NARROW, useMediaQuery } from '../ui/useMediaQuery';
import { dashboardUrl, loadAllowList, startEmbedBridge } from './startEmbedBridge';
import '../charts/charts.css';
import './embed.css';

export function EmbedApp({ data: loaded }: { data: AtlasData }) {
  const data = useAtlasData(loaded);
  const doc = useAtlas((s) => s.doc);
  // The map and legend show what the mode asks for (in change mode, the change); the region
  // chart shows the shown year's values, as its title says.
  const view = useAtlas((s) => mapViewOf(data.indicators, s.doc));
  const yearView = useAtlas((s) => indicatorViewOf(data.indicators, s.doc));
  // Compare mode: two maps, two years in the title, the legend folded so it hides less of either.
  const compareBefore = useAtlas((s) => compareYearsOf(s.doc, yearView)?.before ?? null);
  const comparing = compareBefore !== null;
  const lang = doc.lang;
  const tr = useT();
  const narrow = useMediaQuery(NARROW);
  const dark = useMediaQuery(DARK_SCHEME);
  const [root, setRoot] = useState<HTMLDivElement | null>(null);
  const [chartRef, chartSize] = useSize<HTMLDivElement>();

  useEffect(() => {
    document.documentElement.classList.add('embed-mode');
    return () => document.documentElement.classList.remove('embed-mode');
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${tr('appTitle')} · ${view ? view.indicator.label[lang] : ''}`;
  }, [lang, tr, view]);

  useEffect(() => {
    if (!root) return undefined;
    let stop: (() => void) | undefined;
    let live = true;
    void loadAllowList().then((allow) => {
      if (live) stop = startEmbedBridge(loaded, allow, root);
    });
    return () => {
      live = false;
      stop?.();
    };
  }, [loaded, root]);

  return (
    <div className="embed" ref={setRoot} data-testid="embed">
      <main className="embed-main">
        <h1 className="embed-title">
          {view
            ? (changeTitleOf(view, lang) ??
              tr('embedMapTitle', {
                indicator: view.indicator.label[lang],
                year: comparing ? `${formatYear(compareBefore, lang)} – ${formatYear(view.year, lang)}` : formatYear(view.year, lang),
              }))
            : tr('appTitle')}
        </h1>
        <div className="map-column embed-map">
          <AtlasMap data={data} label={tr('mapLabel')} description={tr('mapDescription')} dark={dark} />
          {view && <Legend view={view} file={data.indicators} compact={narrow || comparing} />}
        </div>
        {yearView && (
          <div className="embed-chart" ref={chartRef}>
            <RegionStrip
              view={yearView}
              file={data.indicators}
              provinces={data.provinces}
              lang={lang}
              pilots={data.pilotCodes}
              learningCities={data.learningCityCodes}
              width={chartSize.width > 0 ? chartSize.width : 300}
            />
          </div>
        )}
      </main>
      <footer className="embed-footer">
        <span className="embed-source">
          {view ? `${view.indicator.source.organisation[lang]} (${view.indicator.source.year}) · ` : ''}
          {tr('attribution')}
        </span>
        <a className="embed-open" href={dashboardUrl(doc)} target="_blank" rel="noopener" data-testid="open-full-dashboard">
          {tr('appTitle')}: {tr('openFullDashboard')} ↗
        </a>
      </footer>
    </div>
  );
}
