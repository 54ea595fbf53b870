// Colours and strokes of the SVG map, from the same palette and rules as the deck.gl layers
// (provincesLayer, pilotsLayer): data colour with hover/selection as outlines, dimming outside a
// legend or brush highlight, the cased pilot outline. Pure.
import type { ProvinceCode } from '../../data/types';
import type { RGBA } from '../../lib/palettes';
import type { IndicatorView } from '../../state/indicatorView';
import {
  HOVER_OUTLINE,
  PROVINCE_BORDER,
  PROVINCE_FILL,
  PROVINCE_HOVER_FILL,
  PROVINCE_SELECTED_FILL,
  SELECTED_OUTLINE,
} from '../palette';
import { DIMMED_ALPHA } from '../layers/provincesLayer';
import { CITY_FILL, CITY_STROKE, PILOT_CASING, PILOT_CORE } from '../layers/placeStyle';

/** CSS colour of an RGBA (alpha ignored: opacity is set separately). */
export function cssColor(c: RGBA): string {
  return `rgb(${c[0]},${c[1]},${c[2]})`;
}

export interface FillStyle {
  fill: string;
  opacity: number;
}

/** A province's fill, as provincesLayer's getFillColor decides it. */
export function provinceFill(
  code: ProvinceCode,
  view: IndicatorView | null,
  highlighted: ReadonlySet<ProvinceCode> | null,
  hover: ProvinceCode | null,
  selected: readonly ProvinceCode[],
): FillStyle {
  const dim = highlighted !== null && !highlighted.has(code);
  const opacity = dim ? DIMMED_ALPHA / 255 : 1;
  if (view) return { fill: view.hexOf(code), opacity };
  if (dim) return { fill: cssColor(PROVINCE_FILL), opacity };
  if (selected.includes(code)) return { fill: cssColor(PROVINCE_SELECTED_FILL), opacity };
  if (code === hover) return { fill: cssColor(PROVINCE_HOVER_FILL), opacity };
  return { fill: cssColor(PROVINCE_FILL), opacity };
}

export interface StrokeStyle {
  stroke: string;
  width: number;
}

/** Outline of a hovered, selected or lit province (provinceHighlightLayer's widths). */
export function outlineStroke(code: ProvinceCode, hover: ProvinceCode | null, selected: readonly ProvinceCode[]): StrokeStyle {
  if (selected.includes(code)) return { stroke: cssColor(SELECTED_OUTLINE), width: 3 };
  return { stroke: cssColor(HOVER_OUTLINE), width: code === hover ? 2 : 1.5 };
}

export const BORDER: StrokeStyle = { stroke: cssColor(PROVINCE_BORDER), width: 0.8 };
export const PILOT_STROKES: readonly StrokeStyle[] = [
  { stroke: cssColor(PILOT_CASING), width: 4.5 },
  { stroke: cssColor(PILOT_CORE), width: 1.5 },
];
export const CITY_STYLE = { fill: cssColor(CITY_FILL), stroke: cssColor(CITY_STROKE) };
