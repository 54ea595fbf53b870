// The "Embed & export" dialog (lazy chunk): the iframe and script snippets for this view with the
// host's CSP line, and the exports (map PNG 1×/2×, each chart as SVG, CSV of the indicator and
// of the selection, print, the video of the years). A slot is kept for the map as SVG (from the SVG map renderer).
import { useEffect, useRef, useState } from 'react';
import type { AtlasData } from '../data/atlasData';
import { useAtlas, store } from '../state/store';
import { mapViewOf } from '../state/changeView';
import { useT } from '../i18n/useT';
import { embedUrlOf, hostCspLine, iframeSnippet, scriptSnippet } from '../embed/snippet';
import { exportFileName } from '../lib/exportFileName';
import { exportChartSvg, exportCsv, exportMapPng, printView } from '../export/exportersDom';
import { ct, type ChartMessageKey } from '../charts/chartMessages';
import { useSvgExport } from '../map/svg/ExportSvgButton';
import { VideoExport } from './VideoExport';
import './shareDialog.css';

const CHARTS: { id: 'regions' | 'timeseries' | 'scatter' | 'rank'; title: ChartMessageKey }[] = [
  { id: 'regions', title: 'regionsTitle' },
  { id: 'timeseries', title: 'timeTitle' },
  { id: 'scatter', title: 'scatterTitle' },
  { id: 'rank', title: 'rankTitle' },
];

function Snippet({ label, code, testId }: { label: string; code: string; testId: string }) {
  const tr = useT();
  const [copied, setCopied] = useState(false);
  const ref = useRef<HTMLTextAreaElement>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setCopied(true);
    } catch {
      // Clipboard denied: select the text so Ctrl+C works.
      ref.current?.focus();
      ref.current?.select();
    }
  };
  return (
    <div className="snippet">
      <label>
        {label}
        <textarea ref={ref} readOnly value={code} rows={code.split('\n').length + 1} data-testid={testId} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <button type="button" className="text-button" onClick={() => void copy()}>
        {copied ? tr('embedCopied') : tr('embedCopy')}
      </button>
    </div>
  );
}

export function ShareDialog({ data, onClose }: { data: AtlasData; onClose: () => void }) {
  const tr = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const lang = useAtlas((s) => s.doc.lang);
  const selection = useAtlas((s) => s.doc.province);
  const view = useAtlas((s) => mapViewOf(data.indicators, s.doc));
  const saveMapSvg = useSvgExport(data);
  const [status, setStatus] = useState('');

  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);

  const src = embedUrlOf(window.location.href);
  const title = view ? `${tr('appTitle')}: ${view.indicator.label[lang]}` : tr('appTitle');

  const run = async (file: string, job: () => Promise<void>) => {
    setStatus(tr('exportBusy', { file }));
    try {
      await job();
      setStatus(tr('exportDone', { file }));
    } catch (e) {
      setStatus(tr('exportFailed', { detail: e instanceof Error ? e.message : String(e) }));
    }
  };

  const name = (ext: string, suffix = '') => (view ? exportFileName(view.indicator.id, view.year, ext, suffix) : `atlas.${ext}`);

  return (
    <dialog ref={ref} className="share-dialog" aria-labelledby="share-dialog-title" data-testid="share-dialog" onClose={onClose}>
      <div className="share-dialog-head">
        <h2 id="share-dialog-title">{tr('embedExportTitle')}</h2>
        <button type="button" className="icon-button" aria-label={tr('close')} onClick={() => ref.current?.close()}>
          ×
        </button>
      </div>
      <section aria-labelledby="embed-title">
        <h3 id="embed-title">{tr('embedTitle')}</h3>
        <Snippet label={tr('embedIframe')} code={iframeSnippet(src, title)} testId="embed-iframe-snippet" />
        <Snippet label={tr('embedScript')} code={scriptSnippet(src, title)} testId="embed-script-snippet" />
        <p className="csp-line">
          {tr('embedCsp')} <code data-testid="embed-csp">{hostCspLine(src, false)}</code> ({tr('embedIframe')}),{' '}
          <code>{hostCspLine(src, true)}</code> ({tr('embedScript').split(' (')[0]})
        </p>
      </section>
      <section aria-labelledby="export-title">
        <h3 id="export-title">{tr('exportTitle')}</h3>
        {view && (
          <ul className="export-list">
            <li>
              <button type="button" className="text-button" data-testid="export-png" onClick={() => void run(name('png'), () => exportMapPng(view, lang, 1, name('png')))}>
                {tr('exportPng')}
              </button>
            </li>
            <li>
              <button type="button" className="text-button" data-testid="export-png-2x" onClick={() => void run(name('png', '2x'), () => exportMapPng(view, lang, 2, name('png', '2x')))}>
                {tr('exportPng2x')}
              </button>
            </li>
            <li>
              <button type="button" className="text-button" data-testid="export-map-svg" onClick={() => void run(name('svg', 'map'), saveMapSvg)}>
                {tr('exportMapSvg')}
              </button>
            </li>
            {CHARTS.map((c) => (
              <li key={c.id}>
                <button
                  type="button"
                  className="text-button"
                  data-testid={`export-chart-${c.id}`}
                  onClick={() => void run(name('svg', c.id), () => exportChartSvg(c.id, ct(lang, c.title), view, lang, name('svg', c.id)))}
                >
                  {tr('exportChartSvg', { chart: ct(lang, c.title) })}
                </button>
              </li>
            ))}
            <li>
              <button type="button" className="text-button" data-testid="export-csv" onClick={() => void run(name('csv'), () => exportCsv(data, view, null, name('csv')))}>
                {tr('exportCsvAll', { indicator: view.indicator.label[lang] })}
              </button>
            </li>
            <li>
              <button
                type="button"
                className="text-button"
                data-testid="export-csv-selection"
                disabled={selection.length === 0}
                aria-describedby={selection.length === 0 ? 'csv-selection-note' : undefined}
                onClick={() => void run(name('csv', 'selection'), () => exportCsv(data, view, store.getState().doc.province, name('csv', 'selection')))}
              >
                {tr('exportCsvSelection')}
              </button>
              {selection.length === 0 && (
                <>
                  {' '}
                  <span id="csv-selection-note" className="export-note">{tr('exportCsvNoSelection')}</span>
                </>
              )}
            </li>
            <li>
              <button type="button" className="text-button" data-testid="export-print" onClick={() => { ref.current?.close(); printView(); }}>
                {tr('exportPrint')}
              </button>
            </li>
          </ul>
        )}
        <p role="status" className="export-status" data-testid="export-status">
          {status}
        </p>
        {view && <VideoExport data={data} view={view} lang={lang} />}
      </section>
    </dialog>
  );
}
