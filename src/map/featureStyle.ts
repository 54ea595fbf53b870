// The style of each feature kind (province, learning city, partner, partnership link), one pure
// function per kind, that both renderers call: the deck.gl layers (layers/) as accessors, the SVG map
// (svg/) as attributes. So a rule (dimming outside a highlight, outlines instead of fills over data,
// inactive partners grey) is written once.
import { linkActive, partnerActive, type LinkSegment } from '../data/network';
import type { LearningCity, Partner } from '../data/placeTypes';
import type { ProvinceCode } from '../data/types';
import {
  CITY_FILL,
  CITY_STROKE,
  cityRadius,
  LINK_FROM,
  LINK_TO,
  PARTNER_FILL,
  PARTNER_INACTIVE,
  PARTNER_RADIUS,
  PARTNER_STROKE,
  SELECTED_RING,
} from './layers/placeStyle';
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

/** How a place (learning city or partner) is drawn: a circle of `radius` px with a `width` px ring. */
export interface PlaceStyle {
  radius: number;
  fill: RGBA;
  stroke: RGBA;
  width: number;
}

/** A learning city: magenta, grown by years of membership, radius 0 before it joined; the selected one ringed. */
export function cityStyle(city: LearningCity, year: number, place: string | null): PlaceStyle {
  const selected = `city:${city.id}` === place;
  return { radius: cityRadius(city.yearJoined, year), fill: CITY_FILL, stroke: selected ? SELECTED_RING : CITY_STROKE, width: selected ? 3 : 1.5 };
}

/** A partner: a black ring, grey outside the network year (kept, so the history shows); the selected one ringed. */
export function partnerStyle(partner: Partner, year: number, place: string | null): PlaceStyle {
  const selected = `partner:${partner.id}` === place;
  const stroke = selected ? SELECTED_RING : partnerActive(partner, year) ? PARTNER_STROKE : PARTNER_INACTIVE;
  return { radius: PARTNER_RADIUS, fill: PARTNER_FILL, stroke, width: selected ? 4 : 3 };
}

/** A partnership link: from magenta (the Thai end) to black; width 0 (not drawn) outside its years. */
export function linkStyle(segment: LinkSegment, year: number): { from: RGBA; to: RGBA; width: number } {
  return { from: LINK_FROM, to: LINK_TO, width: linkActive(segment.link, year) ? 2 : 0 };
}
