// Colours and strokes of the SVG map, from the same palette and rules as the deck.gl layers
// (featureStyle, pilotsLayer): data colour with hover/selection as outlines, dimming outside a
// legend or brush highlight, the cased pilot outline. Pure.
import type { ProvinceCode } from '../../data/types';
import type { RGBA } from '../../lib/palettes';
import { PROVINCE_BORDER } from '../palette';
import { provinceFillColor, provinceOutline } from '../featureStyle';
import { PILOT_CASING, PILOT_CORE } from '../layers/placeStyle';

/** CSS colour of an RGBA (alpha ignored: opacity is set separately). */
export function cssColor(c: RGBA): string {
  return `rgb(${c[0]},${c[1]},${c[2]})`;
}

export interface FillStyle {
  fill: string;
  opacity: number;
}

/** Hex colour of an RGBA (alpha ignored), as the legend's swatches and the export write it. */
export function hexColor(c: RGBA): string {
  return `#${[c[0], c[1], c[2]].map((n) => n.toString(16).padStart(2, '0')).join('')}`;
}

/** A province's fill and opacity: the deck.gl provinces layer's rule (featureStyle), as SVG attributes; `fillOf` is the map model's fill (an indicator's classes or a mode's). */
export function provinceFill(
  code: ProvinceCode,
  fillOf: ((code: ProvinceCode) => RGBA) | undefined,
  highlighted: ReadonlySet<ProvinceCode> | null,
  hover: ProvinceCode | null,
  selected: readonly ProvinceCode[],
): FillStyle {
  const c = provinceFillColor(code, { hover, selected, fillOf, highlighted });
  return { fill: hexColor(c), opacity: c[3] / 255 };
}

export interface StrokeStyle {
  stroke: string;
  width: number;
}

/** Outline of a hovered, selected or lit province (featureStyle's provinceOutline). */
export function outlineStroke(code: ProvinceCode, hover: ProvinceCode | null, selected: readonly ProvinceCode[]): StrokeStyle {
  const o = provinceOutline(code, hover, selected);
  return { stroke: cssColor(o.color), width: o.width };
}

export const BORDER: StrokeStyle = { stroke: cssColor(PROVINCE_BORDER), width: 0.8 };
export const PILOT_STROKES: readonly StrokeStyle[] = [
  { stroke: cssColor(PILOT_CASING), width: 4.5 },
  { stroke: cssColor(PILOT_CORE), width: 1.5 },
];
