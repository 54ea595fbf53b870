// Geometry of the detail panel's sparkline: one province's values over the years, with the
// national line for reference. Pure: D3 computes the scales and the path strings.
import { extent } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';

export interface SparkPoint {
  year: number;
  value: number | null;
}

export interface SparklineLayout {
  path: string;
  nationalPath: string;
  /** The current year's dot, when that year has a value. */
  dot: { x: number; y: number } | null;
  first: { year: number; x: number };
  last: { year: number; x: number };
}

/**
 * One value scale for several sparklines (a comparison of provinces): the extent of every value
 * in every series, widened by 1 each way when they are all equal; null when there is no value.
 */
export function sharedSparkDomain(series: readonly (readonly SparkPoint[])[]): [number, number] | null {
  const [lo, hi] = extent(series.flatMap((s) => s.flatMap((p) => (p.value === null ? [] : [p.value]))));
  if (lo === undefined || hi === undefined) return null;
  return lo === hi ? [lo - 1, hi + 1] : [lo, hi];
}

/**
 * `null` when there are fewer than two years with values: nothing to draw a line through.
 * `domain`: the value scale's domain, shared by sparklines drawn side by side (default: this
 * line's and the national line's own extent).
 */
export function sparklineLayout(
  points: readonly SparkPoint[],
  national: readonly SparkPoint[],
  currentYear: number,
  width: number,
  height: number,
  pad = 4,
  domain: readonly [number, number] | null = sharedSparkDomain([points, national]),
): SparklineLayout | null {
  const valued = points.filter((p) => p.value !== null);
  if (valued.length < 2 || !domain) return null;
  const years = points.map((p) => p.year);
  const x = scaleLinear().domain(extent(years) as [number, number]).range([pad, width - pad]);
  const y = scaleLinear().domain(domain).range([height - pad, pad]);
  const draw = line<SparkPoint>()
    .defined((p) => p.value !== null)
    .x((p) => x(p.year))
    .y((p) => y(p.value as number));
  const current = points.find((p) => p.year === currentYear);
  const firstYear = years[0] as number;
  const lastYear = years[years.length - 1] as number;
  return {
    path: draw(points) ?? '',
    nationalPath: draw(national) ?? '',
    dot: current && current.value !== null ? { x: x(current.year), y: y(current.value) } : null,
    first: { year: firstYear, x: x(firstYear) },
    last: { year: lastYear, x: x(lastYear) },
  };
}
