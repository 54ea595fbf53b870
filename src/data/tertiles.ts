// Tertiles of a set of values: three classes of (as near as the data allows) equal size, for the
// bivariate map. Pure.
//
// Ties: a class is decided by the value, never by the position in the sorted list, so provinces with
// the same value are always in the same class. The cuts are the values at ranks ⌈n/3⌉ and ⌈2n/3⌉
// of the sorted values; a value equal to a cut goes to the lower class ("at most the cut"). So when
// many provinces share a value at a cut, the lower class grows and the classes differ in size; when
// all values are equal every province is in the low class (no spread to split).
// Missing values are not passed in: the caller keeps only provinces with a value (the bivariate map
// keeps those with both values), and the others are "no data".

/** A tertile class: 0 low, 1 middle, 2 high. */
export type Tertile = 0 | 1 | 2;

/** The two cuts: a value `v` is low when `v ≤ low`, high when `v > high`, else middle. */
export interface TertileCuts {
  low: number;
  high: number;
}

/** The cuts of `values` (non-finite values ignored), or `null` when there are none. */
export function tertileCuts(values: Iterable<number>): TertileCuts | null {
  const sorted = [...values].filter(Number.isFinite).sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return null;
  const at = (rank: number) => sorted[Math.max(0, rank - 1)] as number;
  return { low: at(Math.ceil(n / 3)), high: at(Math.ceil((2 * n) / 3)) };
}

/** The class of a value under `cuts`. */
export function tertileOf(value: number, cuts: TertileCuts): Tertile {
  if (value <= cuts.low) return 0;
  if (value <= cuts.high) return 1;
  return 2;
}
