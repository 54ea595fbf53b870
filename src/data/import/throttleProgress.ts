// Progress from a long loop in the worker, thinned to a few reports a second: each report is a
// message to the page and a re-render of the import panel, and a 500,000-row file would otherwise
// send a hundred of them. Pure: the clock comes in.

/** Default spacing of progress reports, ms: four a second is enough for a progress bar. */
export const PROGRESS_INTERVAL_MS = 250;

/**
 * Wraps `report` so it passes on a fraction only when `intervalMs` have gone by since the last
 * one passed on (the first one always passes), and always passes on completion (`fraction >= 1`).
 * Fractions in between are dropped, not queued: the next one carries newer news.
 */
export function throttleProgress(
  report: (fraction: number) => void,
  now: () => number,
  intervalMs = PROGRESS_INTERVAL_MS,
): (fraction: number) => void {
  let last = -Infinity;
  return (fraction) => {
    const t = now();
    if (fraction < 1 && t - last < intervalMs) return;
    last = t;
    report(fraction);
  };
}
