// The change between two years of an indicator, province by province, and its diverging classes.
// A change is "no data" when either year is missing (never zero), and a % change is "no data"
// on a zero base. Classes are symmetric around zero with a neutral middle class that straddles
// it, so "rose" and "fell" read as the two arms of one scale. Pure.
import type { Classification } from './classify';

/** `diff`: the later year minus the earlier (percentage points for shares); `pct`: % change. */
export type ChangeKind = 'diff' | 'pct';

/** The change from `from` to `to`; null when either is missing, or a % change from zero. */
export function changeOf(from: number | null | undefined, to: number | null | undefined, kind: ChangeKind): number | null {
  if (from === null || from === undefined || to === null || to === undefined) return null;
  if (!Number.isFinite(from) || !Number.isFinite(to)) return null;
  if (kind === 'diff') return to - from;
  if (from === 0) return null;
  return ((to - from) / Math.abs(from)) * 100;
}

/** The change of every key that has both values (keys without one are absent: "no data"). */
export function changeValues<K>(
  keys: Iterable<K>,
  from: ReadonlyMap<K, number>,
  to: ReadonlyMap<K, number>,
  kind: ChangeKind,
): Map<K, number> {
  const out = new Map<K, number>();
  for (const key of keys) {
    const c = changeOf(from.get(key), to.get(key), kind);
    if (c !== null) out.set(key, c);
  }
  return out;
}

/** Rounds a positive threshold to two significant digits, so the legend reads "±0.25", not "±0.2493". */
function roundThreshold(t: number): number {
  return Number(t.toPrecision(2));
}

/** The value at quantile `q` (0…1) of ascending `sorted` (nearest rank; a data value, not interpolated). */
function quantileOf(sorted: readonly number[], q: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i] as number;
}

/**
 * Diverging classes of changes: `2n + 1` classes (n = ⌊k/2⌋, 1…4, so k = 5 or 6 gives 5 classes),
 * thresholds ±t₁ < … < ±tₙ cut at the quantiles i/(n+1) of the changes' magnitudes (rounded to
 * two significant digits), so the classes are symmetric and the middle one, [−t₁, t₁), is "little
 * change" on both sides of zero. The range is ±(largest magnitude). Fewer classes come out when
 * the magnitudes tie; one class when every change is zero.
 */
export function divergingClassification(values: Iterable<number>, k: number): Classification {
  const magnitudes = [...values].filter(Number.isFinite).map(Math.abs).sort((a, b) => a - b);
  const max = magnitudes[magnitudes.length - 1] ?? 0;
  const n = Math.max(1, Math.min(4, Math.floor(k / 2)));
  const thresholds: number[] = [];
  for (let i = 1; i <= n; i++) {
    const t = roundThreshold(quantileOf(magnitudes, i / (n + 1)));
    if (t > 0 && t < max && (thresholds.length === 0 || t > (thresholds[thresholds.length - 1] as number))) thresholds.push(t);
  }
  // Every magnitude the same (two provinces, ±0.5): still split rises from falls (unless the
  // change is so small that half of it rounds to zero: then one class).
  const half = roundThreshold(max / 2);
  if (thresholds.length === 0 && half > 0) thresholds.push(half);
  const breaks = [...thresholds.map((t) => -t).reverse(), ...thresholds];
  return { method: 'quantile', breaks, classes: breaks.length + 1, min: -max, max };
}
