// Plays through a list of years: one step every PLAY_STEP_MS, stopping at the last year.
// Shared by the indicator year control and the network year slider.
import { useEffect } from 'react';
import { nextYear, PLAY_STEP_MS } from '../state/playback';

/**
 * While `playing`, advances with `setYear` to the year after `current()` and calls `stop` at
 * the end. `current` is read at each tick (from the store), so other changes are respected.
 */
export function usePlayer(playing: boolean, years: readonly number[], current: () => number, setYear: (y: number) => void, stop: () => void): void {
  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      const next = nextYear(years, current());
      if (next === null) stop();
      else setYear(next);
    }, PLAY_STEP_MS);
    return () => clearInterval(timer);
  }, [playing, years, current, setYear, stop]);
}
