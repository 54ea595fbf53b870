// Bench: summary statistics over repeated samples (every sample kept; nothing is discarded).
export interface Summary {
  n: number;
  median: number;
  /** Nearest-rank 90th percentile: the smallest sample with at least 90 % of samples ≤ it. */
  p90: number;
  min: number;
  max: number;
}

/** Median, p90, min and max of `values`; null when there are none. */
export function summarize(values: readonly number[]): Summary | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const at = (i: number): number => sorted[i] ?? Number.NaN;
  const median = sorted.length % 2 === 1 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
  const p90 = at(Math.ceil(0.9 * sorted.length) - 1);
  return { n: sorted.length, median, p90, min: at(0), max: at(sorted.length - 1) };
}
