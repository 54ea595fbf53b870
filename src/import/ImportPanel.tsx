// The import panel: drop zone, file button and paste box; then the preview with the encoding and
// column choices, a progress bar with cancel while the worker reads, and the import report.
// Loaded lazily when the user opens it or drops a file on the page.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { AtlasData } from '../data/atlasData';
import { useAtlas } from '../state/store';
import { it } from './importMessages';
import { useImportSession } from './useImportSession';
import { ImportPreview } from './ImportPreview';
import { ImportReportView } from './ImportReportView';
import { DatasetList } from './DatasetList';
import './import.css';

interface Props {
  data: AtlasData;
  dropped: File | null;
  onDroppedTaken: () => void;
  onClose: () => void;
}

export function ImportPanel({ data, dropped, onDroppedTaken, onClose }: Props) {
  const lang = useAtlas((s) => s.doc.lang);
  const userData = useAtlas((s) => s.session.userData);
  const districtSets = useMemo(() => userData.filter((d) => d.districts).map((d) => ({ id: d.id, fileName: d.fileName })), [userData]);
  const session = useImportSession(data, lang);
  const { phase, read } = session;
  const [pasted, setPasted] = useState('');
  const [dragging, setDragging] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const ids = useId();
  const tr = (key: Parameters<typeof it>[1], vars?: Record<string, string | number>) => it(lang, key, vars);

  useEffect(() => headingRef.current?.focus(), []);
  useEffect(() => {
    if (!dropped) return;
    void read(dropped, dropped.name);
    onDroppedTaken();
  }, [dropped, read, onDroppedTaken]);

  const busy = phase.kind === 'reading' || phase.kind === 'building';
  return (
    <section
      id="import-panel"
      className="import-panel"
      role="dialog"
      aria-labelledby={`${ids}-title`}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !busy) onClose();
      }}
    >
      <header className="import-head">
        <h2 id={`${ids}-title`} ref={headingRef} tabIndex={-1}>
          {tr('title')}
        </h2>
        <button type="button" className="text-button" onClick={onClose} aria-label={tr('cancel')}>
          ×
        </button>
      </header>
      <p className="import-privacy" data-testid="import-privacy">
        {tr('privacy')}
      </p>
      <div
        className={`import-drop${dragging ? ' dragging' : ''}`}
        data-testid="import-drop"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          const file = e.dataTransfer.files[0];
          if (file) void read(file, file.name);
        }}
      >
        <p>{tr('dropHere')}</p>
        <label className="text-button import-file">
          {tr('chooseFile')}
          <input
            type="file"
            data-testid="import-file"
            accept=".csv,.tsv,.txt,.xlsx,.json,.geojson,text/csv,application/json,application/geo+json"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) void read(file, file.name);
              e.currentTarget.value = '';
            }}
          />
        </label>
      </div>
      <details className="import-paste">
        <summary>{tr('pasteLabel')}</summary>
        <label className="visually-hidden" htmlFor={`${ids}-paste`}>
          {tr('pasteLabel')}
        </label>
        <textarea id={`${ids}-paste`} rows={4} value={pasted} onChange={(e) => setPasted(e.target.value)} />
        <button
          type="button"
          className="text-button"
          disabled={pasted.trim() === ''}
          onClick={() => void read(new Blob([pasted], { type: 'text/plain' }), 'pasted.tsv', 'utf-8')}
        >
          {tr('pasteUse')}
        </button>
      </details>

      {busy && (
        <div className="import-progress" role="status">
          <label>
            {phase.kind === 'reading' ? tr('reading', { file: phase.file }) : tr('building')}
            <progress max={1} value={phase.progress} data-testid="import-progress" />
          </label>
          <button type="button" className="text-button" onClick={session.cancel} data-testid="import-cancel">
            {tr('cancel')}
          </button>
        </div>
      )}
      {phase.kind === 'idle' && phase.message && <p role="status">{phase.message}</p>}
      {phase.kind === 'error' && (
        <p className="import-error" role="alert" data-testid="import-error">
          {phase.message}
        </p>
      )}
      {phase.kind === 'preview' && (
        <ImportPreview
          key={`${phase.file}:${phase.preview.encoding?.used ?? ''}`}
          lang={lang}
          data={data}
          file={phase.file}
          preview={phase.preview}
          onEncoding={(enc) => session.rereadWith(phase.file, enc)}
          onUnmatched={session.unmatched}
          onImport={(mapping) => void session.build(phase.file, mapping)}
          districtSets={districtSets}
          onImportDistricts={(mapping, setId) => void session.buildDistrictValues(phase.file, mapping, setId)}
        />
      )}
      {phase.kind === 'boundaries' && (
        <div className="import-preview" data-testid="import-boundaries">
          <h3>{tr('boundaryTitle', { file: phase.file })}</h3>
          <p>
            {tr('boundaryMeta', {
              key: phase.preview.keyProperty,
              matched: phase.preview.matched,
              total: phase.preview.total,
              missing: phase.preview.missing,
            })}
          </p>
          <button type="button" className="text-button import-go" data-testid="import-go" onClick={() => void session.applyBoundaries(phase.file)}>
            {tr('boundaryUse')}
          </button>
        </div>
      )}
      {phase.kind === 'districts' && (
        <div className="import-preview" data-testid="import-districts">
          <h3>{tr('districtTitle', { file: phase.file })}</h3>
          <p>
            {tr('districtMeta', {
              matched: phase.preview.matched,
              total: phase.preview.total,
              provinces: phase.preview.provinces,
              indicators: phase.preview.indicators,
            })}
          </p>
          <button type="button" className="text-button import-go" data-testid="import-go" onClick={() => void session.applyDistricts(phase.file)}>
            {tr('districtUse')}
          </button>
        </div>
      )}
      {phase.kind === 'done' && <ImportReportView lang={lang} data={data} dataset={phase.dataset} />}
      <DatasetList lang={lang} />
    </section>
  );
}
