// "Download the map (SVG)": builds the vector map from the store and saves it. The export module
// loads only when used. `useSvgExport` is the hook an export menu can call instead of the button.
import { useCallback } from 'react';
import { basemapLayer, type AtlasData } from '../../data/atlasData';
import { mapViewOf } from '../../state/changeView';
import { store } from '../../state/store';
import { useT } from '../../i18n/useT';

/** Returns a function that builds the current map as SVG text and downloads it. */
export function useSvgExport(data: AtlasData): () => Promise<void> {
  return useCallback(async () => {
    const { mapSvgString, mapSvgFileName } = await import('./mapSvgExport');
    const { doc } = store.getState();
    const view = mapViewOf(data.indicators, doc);
    const svg = mapSvgString({
      features: data.features,
      land: basemapLayer(data.basemap, 'countries').features,
      view,
      selected: doc.province,
      pilots: doc.layers.includes('pilots') ? [...data.pilotCodes] : [],
      lang: doc.lang,
    });
    const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = mapSvgFileName(view);
    a.click();
    // The click has started the download; the URL is no longer needed.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }, [data]);
}

/** The button; `icon` draws it as a map control (a download glyph, the words as its name and title). */
export function ExportSvgButton({ data, className = 'text-button', icon = false }: { data: AtlasData; className?: string; icon?: boolean }) {
  const tr = useT();
  const save = useSvgExport(data);
  return (
    <button
      type="button"
      className={className}
      onClick={() => void save()}
      {...(icon ? { 'aria-label': tr('exportSvg'), title: tr('exportSvg') } : {})}
    >
      {icon ? (
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.8">
          <path d="M8 2v8M4.5 6.5 8 10l3.5-3.5M3 13.5h10" />
        </svg>
      ) : (
        tr('exportSvg')
      )}
    </button>
  );
}
