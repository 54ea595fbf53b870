// Entry point: load the data, read the URL into the store, render. Data fetches start from
// index.html's preload links, in parallel with this bundle.
import { StrictMode, Suspense } from 'react';
import { retryableLazy } from './ui/retryableLazy';
import { PanelBoundary } from './ui/PanelBoundary';
import { createRoot } from 'react-dom/client';
import '@fontsource/sarabun/400.css';
import '@fontsource/sarabun/600.css';
import './styles.css';
import './export/print.css';
import { App } from './app/App';
import { loadAtlasData } from './data/loadAtlasData';
import { DataFileError } from './data/atlasData';
import { preferredLang } from './i18n/browserLang';
import { t } from './i18n/format';
import { defaultDoc } from './state/doc';
import { startUrlSync } from './state/startUrlSync';
import { knownOf, withUserData } from './state/withUserData';
import { decode } from './state/urlCodec';
import { startPerfMarks } from './app/startPerfMarks';
import { store } from './state/store';
import { startPrintSnapshots } from './map/startPrintSnapshots';
import { mentionsUserIndicator } from './data/import/userIndicator';

// Embed mode (`embed=1`, partner sites' iframes) is its own lazily loaded shell.
const EmbedApp = retryableLazy(() => import('./embed/EmbedApp').then((m) => ({ default: m.EmbedApp })));

const rootEl = document.getElementById('root');
if (!rootEl) throw new Error('index.html has no #root');
const root = createRoot(rootEl);
const fallback = defaultDoc(preferredLang(navigator.languages ?? [navigator.language]));

/** Longest start-up wait for the user's stored data when the link names one of its indicators. */
const RESTORE_WAIT_MS = 2000;

// Read before the URL sync rewrites the query without keys it does not know.
const benchRequested = new URLSearchParams(window.location.search).get('bench') === '1';

loadAtlasData()
  .then(async (data) => {
    // The user's imported data (IndexedDB) loads beside the map; a link that names one of its
    // indicators waits for it, so `indicator=my-…` opens on that indicator or falls back safely.
    const restored = import('./import/userDataStore')
      .then((m) => m.restoreUserData(data.indicators.provinces.length))
      .catch(() => undefined);
    // …but at most 2 s: a blocked or stuck IndexedDB must not keep the default view from showing.
    if (mentionsUserIndicator(window.location.search)) await Promise.race([restored, new Promise((r) => setTimeout(r, RESTORE_WAIT_MS))]);
    // What the URL may name is read from the joined data each time a link is decoded.
    startUrlSync(fallback, (s) => knownOf(withUserData(data, s.session.userData)));
    startPerfMarks();
    startPrintSnapshots();
    // Benchmark hook (npm run bench): a separate chunk, fetched only with ?bench=1.
    if (benchRequested) void import('./bench/installBenchHook').then((m) => m.installBenchHook());
    root.render(
      <StrictMode>
        {store.getState().doc.embed ? (
          <PanelBoundary name="embed">
            <Suspense fallback={null}>
              <EmbedApp data={data} />
            </Suspense>
          </PanelBoundary>
        ) : (
          <App data={data} />
        )}
      </StrictMode>,
    );
  })
  .catch((e: unknown) => {
    const lang = decode(new URLSearchParams(window.location.search), fallback).lang;
    const detail = e instanceof DataFileError ? e.message : e instanceof Error ? e.message : String(e);
    const el = document.createElement('p');
    el.className = 'load-error';
    el.setAttribute('role', 'alert');
    el.textContent = t(lang, 'loadError', { detail });
    rootEl.replaceChildren(el);
  });
