// Continuous value scales for the point charts (scatter, region strip): linear, or logarithmic
// when the values are positive and strongly right-skewed (GPP per capita, population, density),
// where a linear axis would crush most provinces into one corner. Bars always stay linear from
// zero. Pure.
import { quantileSorted } from 'd3-array';
import { scaleLinear, scaleLog } from 'd3-scale';

export type ScaleKind = 'linear' | 'log';

/**
 * `log` when every value is positive, the largest is at least ten times the smallest, and the
 * upper half of the range is at least five times as wide as the lower half (median-based skew).
 */
export function scaleKindFor(values: readonly number[]): ScaleKind {
  if (values.length < 3 || values.some((v) => !(v > 0))) return 'linear';
  const sorted = [...values].sort((a, b) => a - b);
  const lo = sorted[0] as number;
  const hi = sorted[sorted.length - 1] as number;
  const median = quantileSorted(sorted, 0.5) as number;
  if (hi / lo < 10 || median === lo) return 'linear';
  return (hi - median) / (median - lo) >= 5 ? 'log' : 'linear';
}

export interface ValueScale {
  kind: ScaleKind;
  /** Tick values, ascending. */
  ticks: number[];
  /** Maps a value to px once the range is known (margins depend on the tick labels). */
  at(range: readonly [number, number]): (v: number) => number;
}

function linearDomain(values: readonly number[]): [number, number] {
  if (values.length === 0) return [0, 1];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  if (lo !== hi) return [lo, hi];
  return lo === 0 ? [-1, 1] : [lo - Math.abs(lo) * 0.1, hi + Math.abs(hi) * 0.1];
}

/** Multiples of powers of ten between lo and hi whose leading digit is in `mantissas`. */
function multiples(lo: number, hi: number, mantissas: readonly number[]): number[] {
  const out: number[] = [];
  for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) {
    for (const m of mantissas) {
      const v = Number((m * 10 ** e).toPrecision(12));
      if (v >= lo && v <= hi) out.push(v);
    }
  }
  return out;
}

/** Ticks of a log scale: 1-2-5 multiples of powers of ten, thinned to about `count` (1-3, then 1). */
function logTicks(lo: number, hi: number, count: number): number[] {
  for (const mantissas of [[1, 2, 5], [1, 3]]) {
    const ticks = multiples(lo, hi, mantissas);
    if (ticks.length <= count + 2) return ticks;
  }
  const decades = multiples(lo, hi, [1]);
  return decades.length >= 2 ? decades : multiples(lo, hi, [1, 2, 5]).filter((_, i) => i % 2 === 0);
}

/** A scale over `values` of the given kind, with about `count` ticks. */
export function valueScale(values: readonly number[], kind: ScaleKind = scaleKindFor(values), count = 5): ValueScale {
  if (kind === 'log') {
    const lo = Math.min(...values) / 1.15;
    const hi = Math.max(...values) * 1.15;
    return {
      kind,
      ticks: logTicks(lo, hi, count),
      at: (range) => {
        const s = scaleLog().domain([lo, hi]).range(range);
        return (v) => s(v);
      },
    };
  }
  const s = scaleLinear().domain(linearDomain(values)).nice(count);
  return {
    kind,
    ticks: s.ticks(count),
    at: (range) => {
      const r = s.copy().range(range);
      return (v) => r(v);
    },
  };
}
