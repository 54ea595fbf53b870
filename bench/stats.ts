// Bench: summary statistics over repeated samples (every sample kept; nothing is discarded).
export interface Summary {
  n: number;
  median: number;
  min: number;
  max: number;
}

/** Median, min and max of `values`; null when there are none. */
export function summarize(values: readonly number[]): Summary | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const at = (i: number): number => sorted[i] ?? Number.NaN;
  const median = sorted.length % 2 === 1 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
  return { n: sorted.length, median, min: at(0), max: at(sorted.length - 1) };
}
