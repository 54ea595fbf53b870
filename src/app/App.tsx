// The app shell: header, the indicator toolbar, the map with its legend, and a side column with
// the province detail and the linked charts.
import { Suspense, useEffect, useRef, useState } from 'react';
import { retryableLazy } from '../ui/retryableLazy';
import type { AtlasData } from '../data/atlasData';
import { AtlasMap } from '../map/AtlasMap';
import { DetailPanel } from '../panels/DetailPanel';
import { LanguageToggle } from '../panels/LanguageToggle';
import { Announcer } from '../panels/Announcer';
import { SourcesFooter } from '../panels/SourcesFooter';
import { IndicatorPicker } from '../panels/IndicatorPicker';
import { YearControl } from '../panels/YearControl';
import { ModeControl } from '../panels/ModeControl';
import { ClassificationControl } from '../panels/ClassificationControl';
import { Legend } from '../panels/Legend';
import { indicatorViewOf } from '../state/indicatorView';
import { mapViewOf } from '../state/changeView';
// The charts (and their D3 modules) load after the map: the map's first frame does not wait.
const ChartsPanel = retryableLazy(() => import('../charts/ChartsPanel').then((m) => ({ default: m.ChartsPanel })));
// Story mode (src/present/) loads only when the URL names a story: the entry chunk does not carry it.
const StoryMode = retryableLazy(() => import('../present/StoryMode'));
const StoryDraft = retryableLazy(() => import('../present/StoryDraft'));
import { NetworkPanel } from '../panels/NetworkPanel';
import { PlaceProfile } from '../panels/PlaceProfile';
import { ProvinceSearch } from '../panels/ProvinceSearch';
import { DataTable } from '../panels/DataTable';
import { leaveStory, requestCamera, useAtlas } from '../state/store';
import { useT } from '../i18n/useT';
import { DARK_SCHEME, NARROW, ROOMY_TOOLBAR, SMALL_MAP, SHEET, useMediaQuery } from '../ui/useMediaQuery';
import { ContrastToggle, useHighContrast } from './ContrastToggle';
import { BottomSheet } from './BottomSheet';
import { ShareButton } from '../share/ShareButton';
import { EmbedExportButton } from '../share/EmbedExportButton';
import { PanelBoundary } from '../ui/PanelBoundary';
import { DataFailures } from './DataFailures';
import { UpdateNotice } from './UpdateNotice';
import { useAtlasData } from '../state/useAtlasData';
import { ImportButton } from '../import/ImportButton';
import { HeaderMenu, type HeaderMenuHandle } from './HeaderMenu';
import { useSize } from '../ui/useSize';
import { fitsBeside, THAILAND_ASPECT } from '../map/overlayPadding';
import { compareYearsOf } from '../map/compareYears';

/** The open legend's box with its margin (styles.css `.legend`: 300 px wide at most), in px. */
const LEGEND_OPEN = { width: 310, height: 290 };

export function App({ data: loaded }: { data: AtlasData }) {
  const data = useAtlasData(loaded);
  const lang = useAtlas((s) => s.doc.lang);
  // App re-renders on every indicator, year or class change (it hands `view` down); the panels
  // that do not take `view` are memo components, so those changes skip them (issue 16).
  const view = useAtlas((s) => indicatorViewOf(data.indicators, s.doc));
  // What the map shows (the change, in change mode): the legend reads the same view as the fills.
  const mapView = useAtlas((s) => mapViewOf(data.indicators, s.doc));
  const tr = useT();
  const [highContrast, setHighContrast] = useHighContrast();
  const narrow = useMediaQuery(NARROW);
  const roomyToolbar = useMediaQuery(ROOMY_TOOLBAR);
  const sheet = useMediaQuery(SHEET);
  const smallMap = useMediaQuery(SMALL_MAP);
  // The legend opens beside the land when Thailand still fits well next to it; else it folds.
  const [mapColumnRef, mapColumn] = useSize<HTMLDivElement>();
  const legendBeside = mapColumn.width === 0 || fitsBeside(mapColumn, LEGEND_OPEN, THAILAND_ASPECT);
  const dark = useMediaQuery(DARK_SCHEME) && !highContrast;
  const story = useAtlas((s) => s.doc.story);
  // Two maps share the column in compare mode: the legend starts folded so it hides less of either.
  const comparing = useAtlas((s) => compareYearsOf(s.doc, indicatorViewOf(data.indicators, s.doc)) !== null);
  const [drafting, setDrafting] = useState(false);
  const menuRef = useRef<HeaderMenuHandle>(null);
  // A story file dropped on the page opens story mode; other JSON is data for the import panel.
  const openDroppedJson = (file: File) => import('../present/openStoryFile').then((m) => m.openStoryFile(file, data, true));

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = tr('appTitle');
  }, [lang, tr]);

  // One list of panels: a side column (or, when short, a column below the map), a bottom sheet on phones.
  const panels = (
    <>
      <DataFailures failures={data.failures} />
      <PanelBoundary name="place">
        <PlaceProfile data={data} />
      </PanelBoundary>
      <PanelBoundary name="detail">
        <DetailPanel data={data} />
      </PanelBoundary>
      {view && (
        <PanelBoundary name="table">
          <DataTable data={data} view={view} />
        </PanelBoundary>
      )}
      <PanelBoundary name="network">
        <NetworkPanel data={data} />
      </PanelBoundary>
      <PanelBoundary name="charts">
        <Suspense fallback={<p className="chart-loading">{tr('loadingCharts')}</p>}>
          <ChartsPanel data={data} file={data.indicators} pilots={data.pilotCodes} learningCities={data.learningCityCodes} />
        </Suspense>
      </PanelBoundary>
    </>
  );

  if (story) {
    return (
      <>
        <PanelBoundary name="story" onDismiss={leaveStory}>
          <Suspense fallback={<p className="loading" role="status">{tr('loading')}</p>}>
            <StoryMode data={data} dark={dark} narrow={narrow} />
          </Suspense>
        </PanelBoundary>
        <UpdateNotice />
      </>
    );
  }

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
          <ShareButton />
          <EmbedExportButton data={data} />
          <HeaderMenu ref={menuRef}>
            <ImportButton data={data} onPanelClosed={() => menuRef.current?.returnFocus()} openDroppedJson={openDroppedJson} />
            <button type="button" className="text-button" data-testid="make-story" aria-expanded={drafting} onClick={() => setDrafting((d) => !d)}>
              {tr('makeStory')}
            </button>
            <ContrastToggle on={highContrast} onChange={setHighContrast} />
          </HeaderMenu>
          <LanguageToggle />
        </div>
      </header>
      <div className="toolbar" role="toolbar" aria-label={tr('indicator')}>
        <IndicatorPicker file={data.indicators} />
        {view && <YearControl indicator={view.indicator} year={view.year} />}
        {view && <ModeControl indicator={view.indicator} year={view.year} />}
        {view &&
          (!roomyToolbar ? (
            <details className="toolbar-more">
              <summary>{tr('classification')}</summary>
              <ClassificationControl suggested={view.classification.breaks} />
            </details>
          ) : (
            <ClassificationControl suggested={view.classification.breaks} />
          ))}
      </div>
      <main className="app-main">
        <div className="map-column" ref={mapColumnRef}>
          <PanelBoundary name="map">
            <AtlasMap data={data} label={tr('mapLabel')} description={tr('mapDescription')} dark={dark} />
          </PanelBoundary>
          {mapView && (
            <PanelBoundary name="legend">
              <Legend view={mapView} file={data.indicators} compact={smallMap || !legendBeside || comparing} />
            </PanelBoundary>
          )}
        </div>
        {sheet ? (
          <BottomSheet>
            {panels}
            <SourcesFooter data={data} />
          </BottomSheet>
        ) : (
          <div className="side-column">{panels}</div>
        )}
      </main>
      {drafting && (
        <PanelBoundary name="story-draft" onDismiss={() => setDrafting(false)}>
        <Suspense fallback={null}>
          <StoryDraft
            data={data}
            onClose={() => {
              setDrafting(false);
              menuRef.current?.returnFocus();
            }}
          />
        </Suspense>
        </PanelBoundary>
      )}
      {!sheet && <SourcesFooter data={data} />}
      <Announcer data={data} />
      <UpdateNotice />
    </div>
  );
}
