// Overlays as camera padding (pure): the boxes that cover the map (legend, notices, zoom buttons)
// become a padding, each overlay pushing in the map edge that costs the framed box least. The
// shell measures the boxes (useMapOverlays); each camera move turns them into the padding for what
// it frames (Thailand, a province, the world: a wide box and a tall one avoid a corner differently).
import { THAILAND_BOUNDS } from '../state/doc';
import type { Padding } from './camera';

/** A box over the map, in px from the map's top-left corner. */
export interface OverlayRect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface MapSize {
  width: number;
  height: number;
}

export const NO_PADDING: Padding = { top: 0, right: 0, bottom: 0, left: 0 };

/** The boxes over a map of `size`, as measured; the padding depends on what is framed. */
export interface MapOverlays {
  size: MapSize;
  rects: readonly OverlayRect[];
}

/** Width ÷ height of a [west, south, east, north] box in Web Mercator, as both renderers draw it. */
export function mercatorAspect([w, s, e, n]: readonly [number, number, number, number]): number {
  const y = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
  return (((e - w) * Math.PI) / 180) / (y(n) - y(s));
}

/** Scale at which a box of `aspect` fits in what `pad` leaves of `size` (its height in px). */
function fitHeight(size: MapSize, pad: Padding, aspect: number): number {
  const w = size.width - pad.left - pad.right;
  const h = size.height - pad.top - pad.bottom;
  return w <= 0 || h <= 0 ? 0 : Math.min(w / aspect, h);
}

/**
 * Padding that keeps a fitted box of `aspect` (width ÷ height) clear of every overlay: each
 * overlay, largest first, moves in the one edge (left, right, top or bottom) that leaves the box
 * the largest fit; a box that covers none of the map is ignored. The clear area keeps at least
 * `minShare` of the map's width and height: an overlay too big to avoid is overlapped rather than
 * leaving nowhere to draw. Rounded to whole px.
 */
export function overlayPadding(size: MapSize, rects: readonly OverlayRect[], aspect: number, minShare = 0.4): Padding {
  const clipped = rects
    .map((r) => ({
      left: Math.max(0, r.left),
      top: Math.max(0, r.top),
      right: Math.min(size.width, r.right),
      bottom: Math.min(size.height, r.bottom),
    }))
    .filter((r) => r.right > r.left && r.bottom > r.top)
    .sort((a, b) => (b.right - b.left) * (b.bottom - b.top) - (a.right - a.left) * (a.bottom - a.top));
  let pad = NO_PADDING;
  for (const r of clipped) {
    const options: Padding[] = [
      { ...pad, left: Math.max(pad.left, r.right) },
      { ...pad, right: Math.max(pad.right, size.width - r.left) },
      { ...pad, top: Math.max(pad.top, r.bottom) },
      { ...pad, bottom: Math.max(pad.bottom, size.height - r.top) },
    ];
    let best = pad;
    let bestFit = -1;
    for (const o of options) {
      const fit = fitHeight(size, o, aspect);
      if (fit > bestFit) {
        best = o;
        bestFit = fit;
      }
    }
    pad = best;
  }
  return clampPadding(size, pad, minShare);
}

/** Shrinks a padding so it leaves at least `minShare` of each dimension. */
function clampPadding(size: MapSize, pad: Padding, minShare: number): Padding {
  const shrink = (a: number, b: number, total: number) => {
    const max = total * (1 - minShare);
    const k = a + b > max && a + b > 0 ? max / (a + b) : 1;
    return [Math.round(a * k), Math.round(b * k)] as const;
  };
  const [left, right] = shrink(pad.left, pad.right, size.width);
  const [top, bottom] = shrink(pad.top, pad.bottom, size.height);
  return { top, right, bottom, left };
}

/** Two paddings added side by side (air around a fit plus the overlays). */
export function addPadding(a: number | Padding, b: Padding): Padding {
  const p = typeof a === 'number' ? { top: a, right: a, bottom: a, left: a } : a;
  return { top: p.top + b.top, right: p.right + b.right, bottom: p.bottom + b.bottom, left: p.left + b.left };
}

/**
 * Whether a box of `aspect` still fits at `minRatio` or more of its unobstructed size when an
 * overlay of `overlay` px (width × height) sits in a corner of the map: if not, the overlay
 * should fold (the legend's one-line form) rather than shrink the land.
 */
export function fitsBeside(size: MapSize, overlay: { width: number; height: number }, aspect: number, minRatio = 0.75): boolean {
  const full = fitHeight(size, NO_PADDING, aspect);
  if (full <= 0) return false;
  const rect = { left: 0, top: size.height - overlay.height, right: overlay.width, bottom: size.height };
  return fitHeight(size, overlayPadding(size, [rect], aspect, 0), aspect) >= minRatio * full;
}

/**
 * The box a fit of `aspect` fills in what `pad` leaves of `size`, centred there (as MapLibre's
 * fitBounds and d3's fitExtent place it), in px.
 */
export function fittedBox(size: MapSize, pad: Padding, aspect: number): OverlayRect {
  const h = fitHeight(size, pad, aspect);
  const w = h * aspect;
  const left = pad.left + (size.width - pad.left - pad.right - w) / 2;
  const top = pad.top + (size.height - pad.top - pad.bottom - h) / 2;
  return { left, top, right: left + w, bottom: top + h };
}

/** A fresh fit this much larger than the current one is worth moving the map for. */
export const REFIT_GAIN = 1.1;

const overlaps = (a: OverlayRect, b: OverlayRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Whether a fit made with padding `fitted` must be made again now that the overlays are `rects`
 * (with `fresh` the padding a new fit would take; the same padding never needs one): when an overlay now covers the land as it was
 * fitted, or when the new fit would draw the land at least REFIT_GAIN larger (the legend folded).
 * A legend a little wider or shorter for another indicator leaves the map still: a map that
 * shifts on every indicator change is hard to follow, and the move cost every change a frame of
 * MapLibre and deck.gl drawing (issue 16), or a new projection of every path on the SVG map.
 */
export function needsRefit(size: MapSize, fitted: Padding, fresh: Padding, rects: readonly OverlayRect[], aspect: number): boolean {
  if (fitted.top === fresh.top && fitted.right === fresh.right && fitted.bottom === fresh.bottom && fitted.left === fresh.left) return false;
  const land = fittedBox(size, fitted, aspect);
  if (rects.some((r) => overlaps(r, land))) return true;
  const now = land.bottom - land.top;
  return now <= 0 || fitHeight(size, fresh, aspect) >= REFIT_GAIN * now;
}

export const THAILAND_ASPECT = mercatorAspect(THAILAND_BOUNDS);

/** The padding that keeps a box of [west, south, east, north] `bbox` clear of `overlays`. */
export function paddingFor(overlays: MapOverlays | undefined, bbox: readonly [number, number, number, number]): Padding {
  if (!overlays || overlays.rects.length === 0) return NO_PADDING;
  return overlayPadding(overlays.size, overlays.rects, mercatorAspect(bbox));
}
