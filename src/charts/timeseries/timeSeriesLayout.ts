// Layout of the time-series chart: one line per selected province over the indicator's years
// (gaps where a year has no data), the national line, direct labels at the line ends pushed apart
// so they do not collide, and the current year's rule. Pure.
import { extent } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { Indicator, IndicatorsFile } from '../../data/indicatorTypes';
import { nationalValue, valuesByCode } from '../../data/indicatorValues';
import type { ProvinceCode } from '../../data/types';
import type { Box } from '../chartRows';
import { approxMeasure, dodgeLabels, fitText, type MeasureText } from '../text';

/**
 * Okabe–Ito colours, distinguishable with the common colour-vision deficiencies; the yellow and
 * black of the set are left out (too light on white; black is close to the national line's ink).
 */
export const SERIES_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9'] as const;
/** Lines beyond this many selected provinces are not drawn (the chart says so). */
export const MAX_SERIES = SERIES_COLOURS.length;

export interface Series {
  code: ProvinceCode;
  label: string;
  color: string;
  /** Aligned with `years`; null = no data that year. */
  values: (number | null)[];
}

export interface TimeSeriesData {
  indicator: Indicator;
  years: number[];
  series: Series[];
  /** Selected provinces not drawn (over `MAX_SERIES`). */
  hidden: number;
  national: (number | null)[];
}

/**
 * The values over all years of `indicator` for `codes` (in selection order) and the nation;
 * `byId` null leaves the national line out (all null).
 */
export function timeSeriesData(
  file: IndicatorsFile,
  indicator: Indicator,
  codes: readonly ProvinceCode[],
  labelOf: (code: ProvinceCode) => string,
  byId: ((id: string) => Indicator | undefined) | null,
): TimeSeriesData {
  const years = [...indicator.years];
  const byYear = years.map((y) => valuesByCode(file, indicator, y));
  const shown = codes.slice(0, MAX_SERIES);
  return {
    indicator,
    years,
    series: shown.map((code, i) => ({
      code,
      label: labelOf(code),
      color: SERIES_COLOURS[i % SERIES_COLOURS.length] as string,
      values: byYear.map((m) => m.get(code) ?? null),
    })),
    hidden: codes.length - shown.length,
    national: years.map((y) => (byId ? nationalValue(file, indicator, y, byId) : null)),
  };
}

export interface TimeSeriesOptions {
  /** The year shown on the map (CE); marked by a vertical rule. */
  currentYear?: number | null;
  measureText?: MeasureText;
  fontSize?: number;
  /** Label of the national line ("Thailand"). */
  nationalLabel?: string;
  formatY?: (ticks: number[]) => (v: number) => string;
  formatYear?: (year: number) => string;
}

export interface SeriesLine {
  code: ProvinceCode | null;
  label: string;
  shownLabel: string;
  color: string;
  /** SVG path; separate sub-paths where years are missing. */
  d: string;
  points: { year: number; value: number; x: number; y: number }[];
  /** Where the end label sits (left-aligned), or null when the series has no value at all. */
  labelAt: { x: number; y: number } | null;
}

export type TimeSeriesLayout =
  | { kind: 'single-year'; year: number | null }
  | {
      kind: 'chart';
      width: number;
      height: number;
      plot: { left: number; right: number; top: number; bottom: number };
      lines: SeriesLine[];
      national: SeriesLine | null;
      xTicks: { year: number; x: number; label: string }[];
      yTicks: { value: number; y: number; label: string }[];
      current: { year: number; x: number } | null;
      fontSize: number;
    };

export function timeSeriesLayout(data: TimeSeriesData, box: Box, options: TimeSeriesOptions = {}): TimeSeriesLayout {
  const { years } = data;
  if (years.length < 2) return { kind: 'single-year', year: years[0] ?? null };
  const measure = options.measureText ?? approxMeasure;
  const fs = options.fontSize ?? 13;
  const fmtYear = options.formatYear ?? String;
  const nationalLabel = options.nationalLabel ?? 'Thailand';

  const all = [...data.series.flatMap((s) => s.values), ...data.national].filter((v): v is number => v !== null);
  const [lo, hi] = extent(all) as [number | undefined, number | undefined];
  const domain: [number, number] = lo === undefined || hi === undefined ? [0, 1] : lo === hi ? [lo - 1, hi + 1] : [lo, hi];
  const y = scaleLinear().domain(domain).nice(4);
  const yTickValues = y.ticks(4);
  const fy = (options.formatY ?? (() => String))(yTickValues);
  const yLabels = yTickValues.map(fy);

  const labelTexts = [...data.series.map((s) => s.label), nationalLabel];
  const maxLabel = Math.min(box.width * 0.34, Math.max(...labelTexts.map((l) => measure(l, fs))));
  const left = Math.ceil(Math.max(...yLabels.map((l) => measure(l, fs - 1))) + 8);
  const right = Math.max(left + 40, box.width - maxLabel - 12);
  const top = 10;
  const bottom = box.height - fs - 10;
  y.range([bottom, top]);
  const first = years[0] as number;
  const last = years[years.length - 1] as number;
  const x = scaleLinear().domain([first, last]).range([left, right]);

  const path = line<{ year: number; value: number | null }>()
    .defined((d) => d.value !== null)
    .x((d) => x(d.year))
    .y((d) => y(d.value as number));
  const toLine = (code: ProvinceCode | null, label: string, color: string, values: (number | null)[]): SeriesLine => {
    const pts = years.map((year, i) => ({ year, value: values[i] ?? null }));
    const defined = pts.filter((p): p is { year: number; value: number } => p.value !== null);
    const end = defined[defined.length - 1];
    return {
      code,
      label,
      shownLabel: fitText(label, maxLabel, fs, measure),
      color,
      d: path(pts) ?? '',
      points: defined.map((p) => ({ ...p, x: x(p.year), y: y(p.value) })),
      labelAt: end ? { x: right + 6, y: y(end.value) } : null,
    };
  };
  const lines = data.series.map((s) => toLine(s.code, s.label, s.color, s.values));
  const hasNational = data.national.some((v) => v !== null);
  const national = hasNational ? toLine(null, nationalLabel, 'currentColor', data.national) : null;

  // Push the end labels apart (national last, so provinces keep their place when they can).
  const labelled = [...lines, ...(national ? [national] : [])].filter((l) => l.labelAt !== null);
  const dodged = dodgeLabels(
    labelled.map((l) => (l.labelAt as { y: number }).y),
    Math.round(fs * 1.4),
    top + fs / 2,
    bottom,
  );
  labelled.forEach((l, i) => {
    (l.labelAt as { y: number }).y = dodged[i] as number;
  });

  const step = Math.max(1, Math.ceil((years.length * (measure(fmtYear(last), fs - 1) + 10)) / (right - left)));
  const xTicks = years
    .filter((_, i) => (years.length - 1 - i) % step === 0)
    .map((year) => ({ year, x: x(year), label: fmtYear(year) }));
  const cy = options.currentYear ?? null;

  return {
    kind: 'chart',
    width: box.width,
    height: box.height,
    plot: { left, right, top, bottom },
    lines,
    national,
    xTicks,
    yTicks: yTickValues.map((value, i) => ({ value, y: y(value), label: yLabels[i] as string })),
    current: cy !== null && cy >= first && cy <= last ? { year: cy, x: x(cy) } : null,
    fontSize: fs,
  };
}
