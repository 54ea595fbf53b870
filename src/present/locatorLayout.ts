// Geometry of the story's locator inset: all of Thailand in a small fixed box, the slide's
// province filled and ringed (a ring, because Bangkok or Samut Songkhram are a few pixels at this
// scale). Pure: the SVG map's own projection and paths (map/svg/svgMapLayout), in another box.
import type { Province, ProvinceCode, ProvinceFeature } from '../data/types';
import { svgMapLayout, type Size, type SvgProvincePath } from '../map/svg/svgMapLayout';

/** The locator's drawing box, in SVG user units (CSS scales it; Thailand is about 1 : 1.8). */
export const LOCATOR_BOX: Size = { width: 160, height: 290 };
/** Smallest ring radius, in user units: a marked province is always findable. */
export const LOCATOR_MIN_RING = 9;

export interface LocatorLayout {
  size: Size;
  /** Every province, the marked one last so its outline is on top. */
  provinces: SvgProvincePath[];
  marked: ProvinceCode;
  ring: { cx: number; cy: number; r: number };
}

/**
 * Paths of the 77 provinces in `size`, with `province` moved last and a ring around it: centred
 * on the middle of its bounding box, at least `LOCATOR_MIN_RING` and a little more than its
 * half-diagonal. `null` when the province has no drawn feature.
 */
export function locatorLayout(features: readonly ProvinceFeature[], province: Province, size: Size = LOCATOR_BOX): LocatorLayout | null {
  const layout = svgMapLayout(features, [], size);
  const own = layout.provinces.find((p) => p.code === province.iso);
  if (!own || own.d === '') return null;
  const [west, south, east, north] = province.bbox;
  const [x0, y0] = layout.fitted([west, north]);
  const [x1, y1] = layout.fitted([east, south]);
  const half = Math.hypot(x1 - x0, y1 - y0) / 2;
  const round = (v: number) => Math.round(v * 10) / 10;
  return {
    size,
    provinces: [...layout.provinces.filter((p) => p.code !== province.iso), own],
    marked: province.iso,
    ring: { cx: round((x0 + x1) / 2), cy: round((y0 + y1) / 2), r: round(Math.max(LOCATOR_MIN_RING, half + 4)) },
  };
}
