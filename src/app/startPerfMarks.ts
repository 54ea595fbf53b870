// Performance marks around state changes, read by `npm run bench` (indicator switch timing).
// A store subscription, so it marks the instant the action ran, whatever UI triggered it.
import { store } from '../state/store';

/** Starts marking; returns the cleanup. */
export function startPerfMarks(): () => void {
  return store.subscribe((s, prev) => {
    if (s.doc.indicator !== prev.doc.indicator) performance.mark('atlas:indicator-change', { detail: s.doc.indicator });
  });
}
