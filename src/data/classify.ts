// Cuts indicator values into colour classes: quantile, equal interval, natural breaks (ckmeans)
// or manual breaks. Pure; the legend and the map read the same result, so they cannot disagree.
import { ckmeans } from 'simple-statistics';
import type { ClassifyMethod } from '../lib/kinds';

export interface Classification {
  method: ClassifyMethod;
  /** Upper-exclusive thresholds between classes, ascending; `classes - 1` of them. */
  breaks: number[];
  /** Number of classes actually made (can be fewer than asked for: ties, few distinct values). */
  classes: number;
  min: number;
  max: number;
}

/** Distinct finite values, ascending. */
function distinctSorted(values: Iterable<number>): number[] {
  return [...new Set([...values].filter(Number.isFinite))].sort((a, b) => a - b);
}

/** Removes duplicate and out-of-range thresholds, so no class is empty by construction. */
function cleanBreaks(breaks: number[], min: number, max: number): number[] {
  const out: number[] = [];
  for (const b of breaks) {
    if (b > min && b <= max && (out.length === 0 || b > (out[out.length - 1] as number))) out.push(b);
  }
  return out;
}

/**
 * Classifies `values` (missing values must already be left out) into at most `k` classes.
 * `manualBreaks` are used for `manual`; they are kept even where a class ends up empty, because
 * the user chose them.
 */
export function classify(
  values: Iterable<number>,
  method: ClassifyMethod,
  k: number,
  manualBreaks: readonly number[] = [],
): Classification {
  const all = [...values].filter(Number.isFinite).sort((a, b) => a - b);
  const distinct = distinctSorted(all);
  const min = distinct[0] ?? 0;
  const max = distinct[distinct.length - 1] ?? 0;
  const result = (breaks: number[]): Classification => ({ method, breaks, classes: breaks.length + 1, min, max });
  if (distinct.length <= 1) return result([]);

  switch (method) {
    case 'manual':
      return result([...manualBreaks].filter(Number.isFinite).sort((a, b) => a - b));
    case 'equal': {
      // More classes than distinct values can only add empty classes.
      const n = Math.min(k, distinct.length);
      const step = (max - min) / n;
      return result(cleanBreaks(Array.from({ length: n - 1 }, (_, i) => min + step * (i + 1)), min, max));
    }
    case 'quantile': {
      // Thresholds are data values (not interpolated), so ties collapse instead of splitting equal values.
      const qs = Array.from({ length: k - 1 }, (_, i) => all[Math.floor((all.length * (i + 1)) / k)] as number);
      return result(cleanBreaks(qs, min, max));
    }
    case 'ckmeans': {
      const clusters = ckmeans(all, Math.min(k, distinct.length));
      return result(cleanBreaks(clusters.slice(1).map((c) => c[0] as number), min, max));
    }
    default: {
      const never: never = method;
      throw new Error(`unknown classification ${String(never)}`);
    }
  }
}

/** Class index (0 … classes − 1) of a value: the number of breaks at or below it. */
export function classOf(c: Classification, value: number): number {
  let i = 0;
  while (i < c.breaks.length && value >= (c.breaks[i] as number)) i++;
  return i;
}

/** The [from, to] range each class covers, for the legend. */
export function classRanges(c: Classification): [number, number][] {
  const edges = [c.min, ...c.breaks, c.max];
  return Array.from({ length: c.classes }, (_, i) => [edges[i] as number, edges[i + 1] as number]);
}
