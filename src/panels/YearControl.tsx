// The year slider with play/pause. Steps through the years the indicator has (gaps skipped);
// years show in the Buddhist Era in Thai, while the URL keeps CE.
import { useCallback, useEffect, useId } from 'react';
import type { Indicator } from '../data/indicatorTypes';
import { setPlaying, setYear, store, useAtlas } from '../state/store';
import { playStart } from '../state/playback';
import { usePlayer } from './usePlayer';
import { useT } from '../i18n/useT';
import { formatYear } from '../i18n/format';

export function YearControl({ indicator, year }: { indicator: Indicator; year: number }) {
  const lang = useAtlas((s) => s.doc.lang);
  const playing = useAtlas((s) => s.session.playing);
  const tr = useT();
  const id = useId();
  const years = indicator.years;
  const index = Math.max(0, years.indexOf(year));

  const current = useCallback(() => store.getState().doc.year ?? year, [year]);
  const stop = useCallback(() => setPlaying(false), []);
  usePlayer(playing, years, current, setYear, stop);

  // Another indicator, or leaving the page, stops the animation.
  useEffect(() => () => setPlaying(false), [indicator.id]);

  if (years.length < 2) {
    return (
      <div className="year-control" data-testid="year-control">
        <span className="year-value">{tr('onlyYear', { year: formatYear(year, lang) })}</span>
      </div>
    );
  }
  return (
    <div className="year-control" data-testid="year-control">
      <button
        type="button"
        className="play-button"
        data-testid="play"
        aria-pressed={playing}
        aria-label={playing ? tr('pause') : tr('play')}
        title={playing ? tr('pause') : tr('play')}
        onClick={() => {
          if (playing) return setPlaying(false);
          setYear(playStart(years, year));
          setPlaying(true);
        }}
      >
        <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span>
      </button>
      <label htmlFor={id} className="visually-hidden">
        {tr('yearLabel')}
      </label>
      <input
        id={id}
        type="range"
        min={0}
        max={years.length - 1}
        step={1}
        value={index}
        aria-valuetext={formatYear(year, lang)}
        data-testid="year-slider"
        onChange={(e) => {
          setPlaying(false);
          setYear(years[Number(e.target.value)] ?? year);
        }}
      />
      <output htmlFor={id} className="year-value" aria-live="polite">
        {formatYear(year, lang)}
      </output>
    </div>
  );
}
