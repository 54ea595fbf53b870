// The style of a province, one pure function per feature kind, that both renderers call: the
// deck.gl layers (layers/provincesLayer) as accessors, the SVG map (svg/svgMapStyle) as attributes.
// So a rule (dimming outside a highlight, outlines instead of fills over data) is written once.
import type { ProvinceCode } from '../data/types';
import {
  HOVER_OUTLINE,
  PROVINCE_FILL,
  PROVINCE_HOVER_FILL,
  PROVINCE_SELECTED_FILL,
  SELECTED_OUTLINE,
  type RGBA,
} from './palette';

/** Alpha of provinces outside a legend or brush highlight. */
export const DIMMED_ALPHA = 50;

export interface ProvinceStyleState {
  hover: ProvinceCode | null;
  selected: readonly ProvinceCode[];
  /** Fill for a province's data value; the plain land colour when not given (no indicator). */
  fillOf?: ((code: ProvinceCode) => RGBA) | undefined;
  /** Provinces lit up by the legend or a brush; the others are dimmed. `null`: none dimmed. */
  highlighted?: ReadonlySet<ProvinceCode> | null | undefined;
}

/** A province's fill, alpha included. */
export function provinceFillColor(code: ProvinceCode, s: ProvinceStyleState): RGBA {
  const base = s.fillOf ? s.fillOf(code) : PROVINCE_FILL;
  if (s.highlighted && !s.highlighted.has(code)) return [base[0], base[1], base[2], DIMMED_ALPHA];
  // With data on the map, hover and selection are shown by outlines only, so the data colour stays readable.
  if (s.fillOf) return base;
  if (s.selected.includes(code)) return PROVINCE_SELECTED_FILL;
  if (code === s.hover) return PROVINCE_HOVER_FILL;
  return base;
}

export interface OutlineStyle {
  color: RGBA;
  /** Screen pixels. */
  width: number;
}

/** The outline of a hovered, selected or lit province: selected 3 px, hovered 2 px, lit 1.5 px (emphasis by width, not colour alone). */
export function provinceOutline(code: ProvinceCode, hover: ProvinceCode | null, selected: readonly ProvinceCode[]): OutlineStyle {
  if (selected.includes(code)) return { color: SELECTED_OUTLINE, width: 3 };
  return { color: HOVER_OUTLINE, width: code === hover ? 2 : 1.5 };
}
