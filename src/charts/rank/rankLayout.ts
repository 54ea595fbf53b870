// Layout of the ranked bar chart: provinces with data sorted by value (highest first, ties by
// code), one bar each from zero; provinces without data listed after the bars, never drawn as
// zero; the national value as a reference line. Rows → geometry; no React, no DOM.
import { scaleLinear } from 'd3-scale';
import type { ProvinceCode } from '../../data/types';
import { extentWithZero, type ProvinceRow } from '../chartRows';
import { approxMeasure, fitText, type MeasureText } from '../text';

export interface RankOptions {
  /** Height of one row in px; default 12. */
  rowHeight?: number;
  /** Font size of the names in px; default 12 (no chart text under 12 px). */
  fontSize?: number;
  measureText?: MeasureText;
  /** The whole-kingdom value, drawn as a reference line when in range. */
  national?: number | null;
  /** Sorts the no-data list by name; default English collation. */
  locale?: string;
  /** Tick count hint for the value axis; default 4. */
  ticks?: number;
}

export interface RankBar {
  code: ProvinceCode;
  /** Full name (for the accessible name and the native tooltip). */
  label: string;
  /** Name as drawn: ellipsised to fit the label column. */
  shownLabel: string;
  value: number;
  /** 1 = highest; ties share the better rank. */
  rank: number;
  pilot: boolean;
  learningCity: boolean;
  /** Top of the row; the row is drawn translated there, its contents at `inset`, `textDy`. */
  top: number;
  x: number;
  y: number;
  w: number;
  h: number;
  /** Baseline of the name, right-aligned at `labelX`. */
  labelX: number;
  textY: number;
}

export interface RankMissing {
  code: ProvinceCode;
  label: string;
  shownLabel: string;
  pilot: boolean;
  learningCity: boolean;
  /** Top of the row; equal to `y` (a missing row has no inset bar). */
  top: number;
  y: number;
  h: number;
  textY: number;
}

export interface RankLayout {
  width: number;
  height: number;
  rowHeight: number;
  fontSize: number;
  /** From a row's top: to its bar's top, and to the baseline of its name (the same in every row). */
  inset: number;
  textDy: number;
  /** Right edge of the names; glyphs sit between it and the bars. */
  labelX: number;
  /** Left of the glyph column. */
  glyphX: number;
  plot: { left: number; right: number; top: number; bottom: number };
  bars: RankBar[];
  missing: RankMissing[];
  /** Baseline of the "No data (n)" heading, or null when every province has data. */
  missingHeadingY: number | null;
  ticks: { value: number; x: number }[];
  national: { value: number; x: number } | null;
}

const AXIS_TOP = 30;
const GLYPH_COLUMN = 20;
const GAP = 4;
const RIGHT_PAD = 10;

/** Highest first; equal values keep a stable order by province code. */
export function byValueDesc(a: { code: string; value: number }, b: { code: string; value: number }): number {
  return b.value - a.value || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

/** Codes of the bars whose rows overlap [y0, y1] (a vertical brush). */
export function barsInRange(layout: RankLayout, y0: number, y1: number): ProvinceCode[] {
  const lo = Math.min(y0, y1);
  const hi = Math.max(y0, y1);
  return layout.bars.filter((b) => b.y + b.h >= lo && b.y <= hi).map((b) => b.code);
}

export function rankLayout(rows: readonly ProvinceRow[], width: number, options: RankOptions = {}): RankLayout {
  const rowHeight = options.rowHeight ?? 14;
  const fontSize = options.fontSize ?? 12;
  const measure = options.measureText ?? approxMeasure;
  const withData = rows
    .filter((r): r is ProvinceRow & { value: number } => r.value !== null && Number.isFinite(r.value))
    .sort(byValueDesc);
  const collator = new Intl.Collator(options.locale ?? 'en');
  const without = rows.filter((r) => r.value === null || !Number.isFinite(r.value)).sort((a, b) => collator.compare(a.label, b.label));

  const longest = Math.max(0, ...rows.map((r) => measure(r.label, fontSize)));
  const labelX = Math.ceil(Math.min(longest, width * 0.36)) + 2;
  const glyphX = labelX + GAP;
  const left = glyphX + GLYPH_COLUMN;
  const right = Math.max(left + 10, width - RIGHT_PAD);
  const top = AXIS_TOP;
  const bottom = top + withData.length * rowHeight;

  const values = withData.map((r) => r.value);
  const national = options.national ?? null;
  const domain = extentWithZero(national === null ? values : [...values, national]);
  const x = scaleLinear().domain(domain).nice(options.ticks ?? 4).range([left, right]);
  const x0 = x(0);
  const barH = Math.max(1, Math.round(rowHeight * 0.75 * 2) / 2);
  const inset = (rowHeight - barH) / 2;
  const textDy = rowHeight / 2 + fontSize * 0.35;
  const fit = (label: string) => fitText(label, labelX - 2, fontSize, measure);

  let prev: { value: number; rank: number } | null = null;
  const bars: RankBar[] = withData.map((r, i) => {
    const rank: number = prev && prev.value === r.value ? prev.rank : i + 1;
    prev = { value: r.value, rank };
    const xv = x(r.value);
    const rowY = top + i * rowHeight;
    return {
      code: r.code,
      label: r.label,
      shownLabel: fit(r.label),
      value: r.value,
      rank,
      pilot: r.pilot,
      learningCity: r.learningCity,
      top: rowY,
      x: Math.min(x0, xv),
      y: rowY + inset,
      w: Math.abs(xv - x0),
      h: barH,
      labelX,
      textY: rowY + textDy,
    };
  });

  const headingTop = bottom + (without.length > 0 ? rowHeight * 0.6 : 0);
  const missingHeadingY = without.length > 0 ? headingTop + textDy : null;
  const missing: RankMissing[] = without.map((r, i) => {
    const rowY = headingTop + (i + 1) * rowHeight;
    return {
      code: r.code,
      label: r.label,
      shownLabel: fit(r.label),
      pilot: r.pilot,
      learningCity: r.learningCity,
      top: rowY,
      y: rowY,
      h: rowHeight,
      textY: rowY + textDy,
    };
  });
  const height = Math.ceil(headingTop + (without.length > 0 ? (without.length + 1) * rowHeight : 0) + 6);
  const [d0, d1] = x.domain() as [number, number];

  return {
    width,
    height,
    rowHeight,
    fontSize,
    inset,
    textDy,
    labelX,
    glyphX,
    plot: { left, right, top, bottom },
    bars,
    missing,
    missingHeadingY,
    ticks: x.ticks(options.ticks ?? 4).map((value) => ({ value, x: x(value) })),
    national: national !== null && national >= d0 && national <= d1 ? { value: national, x: x(national) } : null,
  };
}
