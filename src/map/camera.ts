// Camera helpers shared by the map shell: how much padding a fit leaves, and how long moves take.
import type { View } from '../state/doc';

/** Padding for fitting bounds: a little air around Thailand in any window size. */
export function fitPadding(width: number, height: number): number {
  return Math.max(8, Math.round(Math.min(width, height) * 0.04));
}

export interface Padding {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/**
 * Padding for fitting one province: some air around it, and on a phone the strip that the
 * bottom sheet will cover (`covered` px at the map's foot), kept small enough to leave the
 * province a visible band of at least `minVisible` px.
 */
export function provincePadding(mapHeight: number, covered: number, minVisible = 80): Padding {
  const air = covered > 0 ? 16 : 40;
  const bottom = Math.max(air, Math.min(covered + air, mapHeight - 2 * air - minVisible));
  return { top: air, bottom, left: air, right: air };
}

/** Bounds as [west, south, east, north] in degrees. */
export type Bounds = readonly [number, number, number, number];

/**
 * A province's bounds widened so its neighbours show around it: half its own size on each side,
 * and at least `minSpan` degrees across, so a small province (Bangkok, Samut Songkhram) is not
 * blown up to fill the frame.
 */
export function contextBounds([w, s, e, n]: Bounds, minSpan = 3): Bounds {
  const halfW = Math.max(2 * (e - w), minSpan) / 2;
  const halfH = Math.max(2 * (n - s), minSpan) / 2;
  const cx = (w + e) / 2;
  const cy = (s + n) / 2;
  return [cx - halfW, cy - halfH, cx + halfW, cy + halfH];
}

/** Duration of a camera move in ms; 0 (a cut) when the user prefers reduced motion. */
export function moveDuration(reducedMotion: boolean, ms = 800): number {
  return reducedMotion ? 0 : ms;
}

/**
 * Duration of a requested move in ms: the request's own motion when it has one (a story slide),
 * else `ms`. Reduced motion cuts every move except one marked essential.
 */
export function requestDuration(
  motion: { duration: number; essential: boolean } | undefined,
  reducedMotion: boolean,
  ms = 800,
): number {
  if (!motion) return moveDuration(reducedMotion, ms);
  return motion.essential ? motion.duration : moveDuration(reducedMotion, motion.duration);
}

/** The committed camera from MapLibre's centre and zoom, rounded like the URL codec. */
export function viewOf(center: { lng: number; lat: number }, zoom: number): View {
  return { lon: center.lng, lat: center.lat, zoom };
}

/** Whether two cameras are the same to within what a screen shows (≈ 0.1 px at zoom 12). */
export function sameView(a: View, b: View): boolean {
  return Math.abs(a.lon - b.lon) < 1e-5 && Math.abs(a.lat - b.lat) < 1e-5 && Math.abs(a.zoom - b.zoom) < 1e-3;
}
