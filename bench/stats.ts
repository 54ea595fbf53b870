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

/**
 * A distribution-free confidence interval for the median of the population the samples came from:
 * the order statistics x(k) and x(n−k+1), with k the largest whose binomial tail
 * P(Bin(n, ½) ≤ k − 1) is at most (1 − confidence) / 2. Null when no k qualifies (fewer than 6
 * samples for 95 %).
 */
export function medianInterval(values: readonly number[], confidence = 0.95): { low: number; high: number; coverage: number } | null {
  const n = values.length;
  const tail = (1 - confidence) / 2;
  // cdf[j] = P(Bin(n, ½) ≤ j), from the terms C(n, i) / 2^n.
  const cdf: number[] = [];
  let term = 2 ** -n;
  let sum = 0;
  for (let i = 0; i <= n; i++) {
    sum += term;
    cdf.push(sum);
    term = (term * (n - i)) / (i + 1);
  }
  let k = 0;
  while (k < n && (cdf[k] ?? 1) <= tail) k++;
  if (k === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return { low: sorted[k - 1] ?? Number.NaN, high: sorted[n - k] ?? Number.NaN, coverage: 1 - 2 * (cdf[k - 1] ?? 0) };
}
