// Layout of the distribution strip: one row per NESDC region in a fixed order, each province a
// dot on a shared x scale, dodged vertically so no two dots overlap (deterministic: no random
// jitter, no force simulation), with the region's aggregate as a tick where one exists. Pure.
import type { Indicator, IndicatorsFile } from '../../data/indicatorTypes';
import { aggregate } from '../../data/indicatorValues';
import type { Province, ProvinceCode, RegionNesdc } from '../../data/types';
import type { ProvinceRow } from '../chartRows';
import { scaleKindFor, valueScale, type ScaleKind } from '../scales';

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

const MIN_RADIUS = 3;
/** The default (largest) dot radius, px. */
export const MAX_RADIUS = 4;

export interface RegionOptions {
  /**
   * Largest dot radius in px; default 4. Dots shrink (to 3 px at least) when a row's beeswarm
   * would otherwise be taller than `maxHalfHeight` either side of its centre line.
   */
  radius?: number;
  /** Default 18 px. */
  maxHalfHeight?: number;
  /** Scale kind; default log for positive, strongly skewed values (see scales.ts). */
  kind?: ScaleKind;
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
  kind: ScaleKind;
  /** Dot radius used (the same in every row). */
  radius: number;
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
  const order = xs.map((_, i) => i).sort((a, b) => (xs[a] as number) - (xs[b] as number) || a - b);
  // Placed dots in x order, as two flat arrays: this runs for every row on each indicator change.
  const px: number[] = [];
  const py: number[] = [];
  const out = new Array<number>(xs.length).fill(0);
  const candidates: number[] = [];
  const d2 = d * d;
  for (const i of order) {
    const x = xs[i] as number;
    // The dots within `d` of x are the last ones placed.
    let first = px.length;
    while (first > 0 && x - (px[first - 1] as number) < d) first--;
    candidates.length = 0;
    candidates.push(0);
    for (let j = first; j < px.length; j++) {
      const dy = Math.sqrt(d2 - ((px[j] as number) - x) ** 2);
      candidates.push((py[j] as number) + dy, (py[j] as number) - dy);
    }
    candidates.sort((a, b) => Math.abs(a) - Math.abs(b) || a - b);
    let y = 0;
    for (const c of candidates) {
      let free = true;
      for (let j = first; j < px.length && free; j++) free = ((px[j] as number) - x) ** 2 + ((py[j] as number) - c) ** 2 >= d2 - 1e-6;
      if (free) {
        y = c;
        break;
      }
    }
    px.push(x);
    py.push(y);
    out[i] = y;
  }
  return out;
}

export function regionLayout(rows: readonly ProvinceRow[], width: number, options: RegionOptions = {}): RegionLayout {
  const maxR = options.radius ?? MAX_RADIUS;
  const pad = options.padding ?? 1;
  const labelHeight = options.labelHeight ?? 16;
  const rowGap = options.rowGap ?? 6;
  const maxHalf = options.maxHalfHeight ?? 18;
  const national = options.national ?? null;
  const aggregates = options.aggregates ?? new Map<RegionNesdc, number | null>();

  const provinceValues = rows.flatMap((row) => (row.value === null ? [] : [row.value]));
  const kind = options.kind ?? scaleKindFor(provinceValues);
  const values = [...provinceValues];
  for (const v of aggregates.values()) if (v !== null) values.push(v);
  if (national !== null) values.push(national);
  const scale = valueScale(kind === 'log' ? values.filter((v) => v > 0) : values, kind, 4);
  const left = maxR + 6;
  const right = Math.max(left + 10, width - maxR - 10);
  const x = scale.at([left, right]);

  const members = REGION_ORDER.map((region) => {
    const inRegion = rows.filter((row) => row.region === region);
    const withData = inRegion
      .filter((m): m is ProvinceRow & { value: number } => m.value !== null)
      .sort((a, b) => a.value - b.value || (a.code < b.code ? -1 : 1));
    return { region, inRegion, withData, xs: withData.map((m) => x(m.value)) };
  });
  // One radius for all rows: the largest that keeps every row within maxHalf (else the smallest).
  let r = maxR;
  let offsets = members.map((m) => dodge(m.xs, 2 * r + pad));
  const tallest = (os: number[][]) => Math.max(0, ...os.flat().map(Math.abs));
  while (r > MIN_RADIUS && tallest(offsets) + r > maxHalf) {
    r = Math.max(MIN_RADIUS, r - 0.5);
    const rr = r;
    offsets = members.map((m) => dodge(m.xs, 2 * rr + pad));
  }

  const top = 22;
  // Room between a title and its dots: the learning-city ring and the aggregate tick overhang.
  const clearance = 6;
  let y = top;
  const out: RegionRow[] = members.map((m, i) => {
    const os = offsets[i] as number[];
    const half = Math.max(0, ...os.map(Math.abs)) + r;
    const labelY = y + labelHeight - 4;
    const centre = y + labelHeight + clearance + half;
    const agg = aggregates.get(m.region) ?? null;
    const row: RegionRow = {
      region: m.region,
      labelY,
      bandTop: centre - half,
      bandBottom: centre + half,
      dots: m.withData.map((d, k) => ({
        code: d.code,
        label: d.label,
        value: d.value,
        pilot: d.pilot,
        learningCity: d.learningCity,
        cx: m.xs[k] as number,
        cy: centre + (os[k] as number),
        r,
      })),
      missing: m.inRegion.filter((d) => d.value === null).map((d) => d.code),
      aggregate: agg === null || (kind === 'log' && agg <= 0) ? null : { value: agg, x: x(agg) },
    };
    y = centre + half + clearance + rowGap;
    return row;
  });

  const bottom = y - rowGap;
  return {
    width,
    height: Math.ceil(national === null ? y : bottom + 22),
    plot: { left, right, top, bottom },
    kind,
    radius: r,
    rows: out,
    ticks: scale.ticks.map((value) => ({ value, x: x(value) })),
    national: national === null || (kind === 'log' && national <= 0) ? null : { value: national, x: x(national), labelY: bottom + 16 },
  };
}
