// The app shell: header with the language switch, the map, the detail panel and sources.
import { useEffect } from 'react';
import type { AtlasData } from '../data/atlasData';
import { MapView } from '../map/MapView';
import { DetailPanel } from '../panels/DetailPanel';
import { LanguageToggle } from '../panels/LanguageToggle';
import { Announcer } from '../panels/Announcer';
import { SourcesFooter } from '../panels/SourcesFooter';
import { requestCamera, useAtlas } from '../state/store';
import { useT } from '../i18n/useT';

export function App({ data }: { data: AtlasData }) {
  const lang = useAtlas((s) => s.doc.lang);
  const tr = useT();

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
        <div className="header-actions">
          <button type="button" className="text-button" onClick={() => requestCamera({ kind: 'fit-thailand' })}>
            {tr('resetView')}
          </button>
          <LanguageToggle />
        </div>
      </header>
      <main className="app-main">
        <MapView data={data} label={tr('mapLabel')} description={tr('mapDescription')} />
        <DetailPanel data={data} />
      </main>
      <SourcesFooter data={data} />
      <Announcer data={data} />
    </div>
  );
}
