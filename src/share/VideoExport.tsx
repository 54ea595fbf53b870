// "Video of the years" in the Embed & export dialog: choose the years (the indicator's, or the
// learning-city network's 2019–2025) and the seconds per year, record (progress, Cancel), then
// download with the file's format, length and size shown. The recorder (export/videoDom) loads
// only when a video is recorded.
import { useEffect, useId, useRef, useState } from 'react';
import type { AtlasData } from '../data/atlasData';
import type { IndicatorView } from '../state/indicatorView';
import { NETWORK_FIRST_YEAR, NETWORK_LAST_YEAR, type Lang } from '../state/doc';
import { useT } from '../i18n/useT';
import { formatYear } from '../i18n/format';
import { downloadBlob } from '../export/download';
import {
  chooseVideoFormat,
  clampSecondsPerYear,
  SECONDS_PER_YEAR,
  videoFileName,
  videoSummary,
  videoYears,
  yearsBetween,
  type VideoSource,
} from '../export/videoPlan';

type Run =
  | { kind: 'idle' }
  | { kind: 'running'; text: string; done: number; total: number }
  | { kind: 'ready'; blob: Blob; file: string; summary: string }
  | { kind: 'message'; text: string };

const supported = (mimeType: string) => typeof MediaRecorder !== 'undefined' && MediaRecorder.isTypeSupported(mimeType);

export function VideoExport({ data, view, lang }: { data: AtlasData; view: IndicatorView; lang: Lang }) {
  const tr = useT();
  const id = useId();
  const [source, setSource] = useState<VideoSource>('indicator');
  const [from, setFrom] = useState<number | null>(null);
  const [to, setTo] = useState<number | null>(null);
  const [seconds, setSeconds] = useState<string>(String(SECONDS_PER_YEAR.default));
  const [run, setRun] = useState<Run>({ kind: 'idle' });
  const abort = useRef<AbortController | null>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const downloadRef = useRef<HTMLButtonElement>(null);

  // Closing the dialog mid-recording cancels it (and so puts the map back).
  useEffect(() => () => abort.current?.abort(), []);
  useEffect(() => {
    if (run.kind === 'running') cancelRef.current?.focus();
    if (run.kind === 'ready') downloadRef.current?.focus();
  }, [run.kind]);

  const network = { first: NETWORK_FIRST_YEAR, last: NETWORK_LAST_YEAR };
  const indicatorYears = videoYears('indicator', view.indicator.years, network);
  const networkYears = videoYears('network', [], network);
  const sourceYears = source === 'network' ? networkYears : indicatorYears;
  const years = yearsBetween(sourceYears, from, to);
  const format = chooseVideoFormat(supported);
  const running = run.kind === 'running';
  const tooFew = years.length < 2;
  const range = (ys: readonly number[]) => ({ first: formatYear(ys[0] ?? 0, lang), last: formatYear(ys[ys.length - 1] ?? 0, lang) });

  const pick = (s: VideoSource) => {
    setSource(s);
    setFrom(null);
    setTo(null);
  };
  const yearSelect = (label: string, value: number | null, fallback: number | undefined, set: (y: number) => void, testId: string) => (
    <label>
      {label}{' '}
      <select data-testid={testId} value={value ?? fallback ?? ''} disabled={running} onChange={(e) => set(Number(e.currentTarget.value))}>
        {sourceYears.map((y) => (
          <option key={y} value={y}>
            {formatYear(y, lang)}
          </option>
        ))}
      </select>
    </label>
  );

  const record = async () => {
    if (!format) return;
    const controller = new AbortController();
    abort.current = controller;
    const secondsPerYear = clampSecondsPerYear(Number(seconds));
    setSeconds(String(secondsPerYear));
    setRun({ kind: 'running', text: tr('videoPreparing', { index: 1, total: years.length, year: formatYear(years[0] ?? 0, lang) }), done: 0, total: 2 * years.length });
    try {
      const { recordYearsVideo } = await import('../export/videoDom');
      const video = await recordYearsVideo({
        indicators: data.indicators,
        source,
        years,
        secondsPerYear,
        lang,
        format,
        signal: controller.signal,
        onProgress: (p) =>
          setRun({
            kind: 'running',
            text: tr(p.phase === 'frames' ? 'videoPreparing' : 'videoRecording', { index: p.index, total: p.total, year: formatYear(p.year, lang) }),
            done: (p.phase === 'frames' ? 0 : p.total) + p.index - 1,
            total: 2 * p.total,
          }),
      });
      setRun({
        kind: 'ready',
        blob: video.blob,
        file: videoFileName(view.indicator.id, years, source, format.ext),
        summary: videoSummary(format, video.durationMs, video.blob.size, lang),
      });
    } catch (e) {
      const cancelled = e instanceof DOMException && e.name === 'AbortError';
      setRun({ kind: 'message', text: cancelled ? tr('videoCancelled') : tr('exportFailed', { detail: e instanceof Error ? e.message : String(e) }) });
    } finally {
      if (abort.current === controller) abort.current = null;
    }
  };


  return (
    <fieldset className="video-export" data-testid="video-export" disabled={!format}>
      <legend>{tr('videoTitle')}</legend>
      <div className="video-options" role="radiogroup" aria-label={tr('videoTitle')}>
        <label>
          <input type="radio" name={`${id}-source`} data-testid="video-source-indicator" checked={source === 'indicator'} disabled={running} onChange={() => pick('indicator')} />
          {tr('videoYearsIndicator', range(indicatorYears))}
        </label>
        <label>
          <input type="radio" name={`${id}-source`} data-testid="video-source-network" checked={source === 'network'} disabled={running} onChange={() => pick('network')} />
          {tr('videoYearsNetwork', range(networkYears))}
        </label>
      </div>
      <div className="video-range">
        {yearSelect(tr('videoFrom'), from, sourceYears[0], setFrom, 'video-from')}
        {yearSelect(tr('videoTo'), to, sourceYears[sourceYears.length - 1], setTo, 'video-to')}
      </div>
      <label className="video-seconds">
        {tr('videoSecondsPerYear')}{' '}
        <input
          type="number"
          data-testid="video-seconds"
          min={SECONDS_PER_YEAR.min}
          max={SECONDS_PER_YEAR.max}
          step={SECONDS_PER_YEAR.step}
          value={seconds}
          disabled={running}
          onChange={(e) => setSeconds(e.currentTarget.value)}
        />
      </label>
      <div className="video-actions">
        {running ? (
          <button type="button" className="text-button" ref={cancelRef} data-testid="video-cancel" onClick={() => abort.current?.abort()}>
            {tr('videoCancel')}
          </button>
        ) : (
          <button
            type="button"
            className="text-button"
            data-testid="video-record"
            disabled={tooFew}
            aria-describedby={tooFew ? `${id}-few` : undefined}
            onClick={() => void record()}
          >
            {tr('videoRecord')}
          </button>
        )}
        {tooFew && !running && (
          <span id={`${id}-few`} className="export-note">
            {tr('videoOneYear')}
          </span>
        )}
        {run.kind === 'ready' && (
          <>
            <span className="video-summary" data-testid="video-summary">
              {run.summary}
            </span>
            <button type="button" className="text-button" ref={downloadRef} data-testid="video-download" onClick={() => downloadBlob(run.blob, run.file)}>
              {tr('videoDownload', { file: run.file })}
            </button>
          </>
        )}
      </div>
      {running && <progress className="video-progress" data-testid="video-progress" value={run.done} max={run.total} aria-label={tr('videoProgressLabel')} />}
      <p role="status" className="export-status" data-testid="video-status">
        {!format ? tr('videoUnsupported') : run.kind === 'running' || run.kind === 'message' ? run.text : run.kind === 'ready' ? tr('videoReady', { summary: run.summary }) : ''}
      </p>
    </fieldset>
  );
}
