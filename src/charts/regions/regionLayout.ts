// Layout of the distribution strip: one row per NESDC region in a fixed order, each province a
// dot on a shared x scale, dodged vertically so no two dots overlap (deterministic: no random
// jitter, no force simulation), with the region's aggregate as a tick where one exists. Pure.
import { scaleLinear } from 'd3-scale';
import type { Indicator, IndicatorsFile } from '../../data/indicatorTypes';
import { aggregate } from '../../data/indicatorValues';
import type { Province, ProvinceCode, RegionNesdc } from '../../data/types';
import type { ProvinceRow } from '../chartRows';

/** NESDC regions top to bottom: Bangkok, then the regions roughly north-west to south. */
export const REGION_ORDER: readonly RegionNesdc[] = [
  'Bangkok',
  'Central (Except Bangkok)',
  'Eastern',
  'Northern',
  'Northeastern',
  'Southern (11)',
  '3 Southernmost Provinces',
];

/** Each region's aggregate (per the indicator's rule), or null where none is honest. */
export function regionAggregates(
  file: IndicatorsFile,
  indicator: Indicator,
  year: number,
  provinces: readonly Province[],
  byId: (id: string) => Indicator | undefined,
): Map<RegionNesdc, number | null> {
  return new Map(
    REGION_ORDER.map((region) => {
      const codes = provinces.filter((p) => p.regionNesdc === region).map((p) => p.iso);
      return [region, codes.length === 0 ? null : aggregate(file, indicator, year, codes, byId)];
    }),
  );
}

export interface RegionOptions {
  /** Dot radius in px; default 4. */
  radius?: number;
  /** Space between dots in px; default 1. */
  padding?: number;
  /** Height of the region's title line above its dots; default 16. */
  labelHeight?: number;
  /** Space between rows; default 6. */
  rowGap?: number;
  aggregates?: ReadonlyMap<RegionNesdc, number | null>;
  national?: number | null;
}

export interface RegionDot {
  code: ProvinceCode;
  label: string;
  value: number;
  pilot: boolean;
  learningCity: boolean;
  cx: number;
  cy: number;
  r: number;
}

export interface RegionRow {
  region: RegionNesdc;
  /** Baseline of the region's title. */
  labelY: number;
  /** Vertical extent of the dots band. */
  bandTop: number;
  bandBottom: number;
  dots: RegionDot[];
  /** Provinces of the region without data. */
  missing: ProvinceCode[];
  aggregate: { value: number; x: number } | null;
}

export interface RegionLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  rows: RegionRow[];
  ticks: { value: number; x: number }[];
  /** The national value as a line through all rows, labelled at `labelY` below them. */
  national: { value: number; x: number; labelY: number } | null;
}

/**
 * Vertical offsets (from the row's centre line) for dots at `xs`, so that no two are closer than
 * `d` centre to centre. Dots are placed in x order; each takes the offset nearest the centre that
 * is free (upward first on a tie). Returns offsets in input order.
 */
export function dodge(xs: readonly number[], d: number): number[] {
  const order = xs.map((x, i) => ({ x, i })).sort((a, b) => a.x - b.x || a.i - b.i);
  const placed: { x: number; y: number }[] = [];
  const out = new Array<number>(xs.length).fill(0);
  for (const { x, i } of order) {
    const near = placed.filter((q) => Math.abs(q.x - x) < d);
    const candidates = [0];
    for (const q of near) {
      const dy = Math.sqrt(d * d - (q.x - x) ** 2);
      candidates.push(q.y + dy, q.y - dy);
    }
    candidates.sort((a, b) => Math.abs(a) - Math.abs(b) || a - b);
    const y =
      candidates.find((c) => near.every((q) => (q.x - x) ** 2 + (q.y - c) ** 2 >= d * d - 1e-6)) ?? 0;
    placed.push({ x, y });
    out[i] = y;
  }
  return out;
}

export function regionLayout(rows: readonly ProvinceRow[], width: number, options: RegionOptions = {}): RegionLayout {
  const r = options.radius ?? 4;
  const pad = options.padding ?? 1;
  const labelHeight = options.labelHeight ?? 16;
  const rowGap = options.rowGap ?? 6;
  const national = options.national ?? null;
  const aggregates = options.aggregates ?? new Map<RegionNesdc, number | null>();

  const values = rows.flatMap((row) => (row.value === null ? [] : [row.value]));
  for (const v of aggregates.values()) if (v !== null) values.push(v);
  if (national !== null) values.push(national);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const domain: [number, number] = values.length === 0 ? [0, 1] : lo === hi ? [lo - 1, hi + 1] : [lo, hi];
  const left = r + 6;
  const right = Math.max(left + 10, width - r - 10);
  const x = scaleLinear().domain(domain).nice(4).range([left, right]);

  const top = 22;
  let y = top;
  const out: RegionRow[] = REGION_ORDER.map((region) => {
    const members = rows.filter((row) => row.region === region);
    const withData = members
      .filter((m): m is ProvinceRow & { value: number } => m.value !== null)
      .sort((a, b) => a.value - b.value || (a.code < b.code ? -1 : 1));
    const xs = withData.map((m) => x(m.value));
    const offsets = dodge(xs, 2 * r + pad);
    const half = Math.max(0, ...offsets.map(Math.abs)) + r;
    const labelY = y + labelHeight - 4;
    const centre = y + labelHeight + half + 2;
    const agg = aggregates.get(region) ?? null;
    const row: RegionRow = {
      region,
      labelY,
      bandTop: centre - half,
      bandBottom: centre + half,
      dots: withData.map((m, k) => ({
        code: m.code,
        label: m.label,
        value: m.value,
        pilot: m.pilot,
        learningCity: m.learningCity,
        cx: xs[k] as number,
        cy: centre + (offsets[k] as number),
        r,
      })),
      missing: members.filter((m) => m.value === null).map((m) => m.code),
      aggregate: agg === null ? null : { value: agg, x: x(agg) },
    };
    y = centre + half + 2 + rowGap;
    return row;
  });

  const bottom = y - rowGap;
  return {
    width,
    height: Math.ceil(national === null ? y : bottom + 18),
    plot: { left, right, top, bottom },
    rows: out,
    ticks: x.ticks(4).map((value) => ({ value, x: x(value) })),
    national: national === null ? null : { value: national, x: x(national), labelY: bottom + 13 },
  };
}
