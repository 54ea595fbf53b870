// Layout of the scatter plot of two indicators: which year of each to use (the one nearest the
// atlas's year), points only for provinces with both values, nice linear scales, ticks, wrapped
// axis titles, the national point and the correlation. Pure.
import type { Province, ProvinceCode } from '../../data/types';
import type { Lang } from '../../state/doc';
import { provinceName } from '../chartFormat';
import type { Box, ProvinceMarks } from '../chartRows';
import { scaleKindFor, valueScale, type ScaleKind } from '../scales';
import { approxMeasure, wrapText, type MeasureText } from '../text';

export { scatterAxes, type ScatterAxis } from '../../data/indicatorPair';

export interface ScatterRow {
  code: ProvinceCode;
  label: string;
  x: number | null;
  y: number | null;
  pilot: boolean;
  learningCity: boolean;
}

/** One row per province with its x and y values (null where missing). */
export function scatterRows(
  provinces: readonly Province[],
  x: ReadonlyMap<ProvinceCode, number>,
  y: ReadonlyMap<ProvinceCode, number>,
  lang: Lang,
  marks: ProvinceMarks,
): ScatterRow[] {
  return provinces.map((p) => ({
    code: p.iso,
    label: provinceName(p, lang),
    x: x.get(p.iso) ?? null,
    y: y.get(p.iso) ?? null,
    pilot: marks.pilots.has(p.iso),
    learningCity: marks.learningCities.has(p.iso),
  }));
}

export interface ScatterPoint extends ScatterRow {
  x: number;
  y: number;
  px: number;
  py: number;
}

export interface ScatterOptions {
  measureText?: MeasureText;
  /** Tick label formatters, given the ticks and kind of each axis. */
  formatX?: (ticks: number[], kind: ScaleKind) => (v: number) => string;
  formatY?: (ticks: number[], kind: ScaleKind) => (v: number) => string;
  xTitle?: string;
  yTitle?: string;
  /** Appended to an axis title when that axis is logarithmic ("log scale"). */
  logLabel?: string;
  /** Force a scale kind per axis; default: log for positive, strongly skewed values. */
  xKind?: ScaleKind;
  yKind?: ScaleKind;
  /** Word segmentation of the titles. */
  locale?: string;
  /** The national values, drawn as a reference cross when both exist. */
  national?: { x: number | null; y: number | null };
  fontSize?: number;
}

export interface ScatterLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  xKind: ScaleKind;
  yKind: ScaleKind;
  points: ScatterPoint[];
  /** Provinces left out because one or both values are missing. */
  omitted: number;
  xTicks: { value: number; pos: number; label: string }[];
  yTicks: { value: number; pos: number; label: string }[];
  /** Title lines: y above the plot (left-aligned, readable Thai, not rotated), x below it. */
  yTitle: { lines: string[]; x: number; y: number };
  xTitle: { lines: string[]; x: number; y: number };
  lineHeight: number;
  national: { px: number; py: number } | null;
  /** Pearson's r over the points; null under three points or with no spread. */
  r: number | null;
}

/** Pearson correlation of paired values. */
export function pearson(xs: readonly number[], ys: readonly number[]): number | null {
  const n = Math.min(xs.length, ys.length);
  if (n < 3) return null;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += xs[i] as number;
    my += ys[i] as number;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] as number) - mx;
    const dy = (ys[i] as number) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx === 0 || syy === 0 ? null : sxy / Math.sqrt(sxx * syy);
}

/** Axis titles' size in px (tick labels are 1 px smaller): no chart text under 12 px. */
export const SCATTER_FONT_SIZE = 13;

/** Codes of the points inside a brushed rectangle (px). */
export function pointsInRect(layout: ScatterLayout, x0: number, y0: number, x1: number, y1: number): ProvinceCode[] {
  const [l, r] = [Math.min(x0, x1), Math.max(x0, x1)];
  const [t, b] = [Math.min(y0, y1), Math.max(y0, y1)];
  return layout.points.filter((p) => p.px >= l && p.px <= r && p.py >= t && p.py <= b).map((p) => p.code);
}

export function scatterLayout(rows: readonly ScatterRow[], box: Box, options: ScatterOptions = {}): ScatterLayout {
  const measure = options.measureText ?? approxMeasure;
  const fontSize = options.fontSize ?? SCATTER_FONT_SIZE;
  const lineHeight = Math.round(fontSize * 1.45);
  const locale = options.locale ?? 'en';
  const both = rows.filter((r): r is ScatterRow & { x: number; y: number } => r.x !== null && r.y !== null);
  const nat = options.national;
  const xs = both.map((r) => r.x);
  const ys = both.map((r) => r.y);
  // The kind of scale follows the provinces alone; the national point then joins the domain.
  const xKind = options.xKind ?? scaleKindFor(xs);
  const yKind = options.yKind ?? scaleKindFor(ys);
  if (nat?.x != null && nat.y != null) {
    xs.push(nat.x);
    ys.push(nat.y);
  }
  const xScale = valueScale(xs, xKind, box.width < 320 ? 4 : 5);
  const yScale = valueScale(ys, yKind, 5);
  const xTickValues = xScale.ticks;
  const yTickValues = yScale.ticks;
  const fx = (options.formatX ?? (() => String))(xTickValues, xScale.kind);
  const fy = (options.formatY ?? (() => String))(yTickValues, yScale.kind);
  const yLabels = yTickValues.map(fy);
  const withLog = (title: string, kind: ScaleKind) =>
    kind === 'log' && options.logLabel && title ? `${title} · ${options.logLabel}` : title;

  const left = Math.ceil(Math.max(16, ...yLabels.map((l) => measure(l, fontSize - 1))) + 8);
  const right = box.width - 14;
  const yTitleLines = wrapText(withLog(options.yTitle ?? '', yScale.kind), box.width - 4, fontSize, measure, locale, 2);
  const xTitleLines = wrapText(withLog(options.xTitle ?? '', xScale.kind), right - left, fontSize, measure, locale, 2);
  const top = 4 + yTitleLines.length * lineHeight + 8;
  const bottom = Math.max(top + 20, box.height - (xTitleLines.length * lineHeight + fontSize + 12));
  const x = xScale.at([left, right]);
  const y = yScale.at([bottom, top]);

  const points = both.map((r) => ({ ...r, px: x(r.x), py: y(r.y) }));
  return {
    width: box.width,
    height: box.height,
    plot: { left, right, top, bottom },
    xKind: xScale.kind,
    yKind: yScale.kind,
    points,
    omitted: rows.length - both.length,
    xTicks: xTickValues.map((value) => ({ value, pos: x(value), label: fx(value) })),
    yTicks: yTickValues.map((value, i) => ({ value, pos: y(value), label: yLabels[i] as string })),
    yTitle: { lines: yTitleLines, x: 0, y: 4 + fontSize },
    xTitle: { lines: xTitleLines, x: right, y: bottom + fontSize + 6 + lineHeight },
    lineHeight,
    national: nat?.x != null && nat.y != null ? { px: x(nat.x), py: y(nat.y) } : null,
    r: pearson(
      both.map((r) => r.x),
      both.map((r) => r.y),
    ),
  };
}
