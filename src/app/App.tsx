// The app shell: header, the indicator toolbar, the map with its legend, and a side column with
// the province detail and the linked charts.
import { lazy, Suspense, useEffect } from 'react';
import type { AtlasData } from '../data/atlasData';
import { MapView } from '../map/MapView';
import { DetailPanel } from '../panels/DetailPanel';
import { LanguageToggle } from '../panels/LanguageToggle';
import { Announcer } from '../panels/Announcer';
import { SourcesFooter } from '../panels/SourcesFooter';
import { IndicatorPicker } from '../panels/IndicatorPicker';
import { YearControl } from '../panels/YearControl';
import { ClassificationControl } from '../panels/ClassificationControl';
import { Legend } from '../panels/Legend';
import { indicatorViewOf } from '../state/indicatorView';
// The charts (and their D3 modules) load after the map: the map's first frame does not wait.
const ChartsPanel = lazy(() => import('../charts/ChartsPanel').then((m) => ({ default: m.ChartsPanel })));
import { NetworkPanel } from '../panels/NetworkPanel';
import { PlaceProfile } from '../panels/PlaceProfile';
import { ProvinceSearch } from '../panels/ProvinceSearch';
import { DataTable } from '../panels/DataTable';
import { requestCamera, useAtlas } from '../state/store';
import { useT } from '../i18n/useT';
import { DARK_SCHEME, NARROW, useMediaQuery } from './useMediaQuery';
import { ContrastToggle, useHighContrast } from './ContrastToggle';
import { useUserAtlasData } from './useUserAtlasData';
import { ImportButton } from '../import/ImportButton';

export function App({ data: loaded }: { data: AtlasData }) {
  const data = useUserAtlasData(loaded);
  const lang = useAtlas((s) => s.doc.lang);
  const view = useAtlas((s) => indicatorViewOf(data.indicators, s.doc));
  const tr = useT();
  const [highContrast, setHighContrast] = useHighContrast();
  const narrow = useMediaQuery(NARROW);
  const dark = useMediaQuery(DARK_SCHEME) && !highContrast;

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = tr('appTitle');
  }, [lang, tr]);

  return (
    <div className="app">
      <header className="app-header">
        <div className="titles">
          <h1>{tr('appTitle')}</h1>
          <p className="subtitle">{tr('appSubtitle')}</p>
        </div>
        <ProvinceSearch data={data} />
        <div className="header-actions">
          <button type="button" className="text-button" onClick={() => requestCamera({ kind: 'fit-thailand' })}>
            {tr('resetView')}
          </button>
          <ImportButton data={data} />
          <ContrastToggle on={highContrast} onChange={setHighContrast} />
          <LanguageToggle />
        </div>
      </header>
      <div className="toolbar" role="toolbar" aria-label={tr('indicator')}>
        <IndicatorPicker file={data.indicators} />
        {view && <YearControl indicator={view.indicator} year={view.year} />}
        {view &&
          (narrow ? (
            <details className="toolbar-more">
              <summary>{tr('classification')}</summary>
              <ClassificationControl suggested={view.classification.breaks} />
            </details>
          ) : (
            <ClassificationControl suggested={view.classification.breaks} />
          ))}
      </div>
      <main className="app-main">
        <div className="map-column">
          <MapView data={data} label={tr('mapLabel')} description={tr('mapDescription')} dark={dark} />
          {view && <Legend view={view} compact={narrow} />}
        </div>
        <div className="side-column">
          <PlaceProfile data={data} />
          <DetailPanel data={data} />
          {view && <DataTable data={data} view={view} />}
          <NetworkPanel data={data} />
          <Suspense fallback={<p className="chart-loading">{tr('loadingCharts')}</p>}>
            <ChartsPanel data={data} file={data.indicators} pilots={data.pilotCodes} learningCities={data.learningCityCodes} />
          </Suspense>
        </div>
      </main>
      <SourcesFooter data={data} />
      <Announcer data={data} />
    </div>
  );
}
