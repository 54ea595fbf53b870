// Camera helpers shared by the map shell: how much padding a fit leaves, and how long moves take.
import type { View } from '../state/doc';

/** Padding for fitting bounds: a little air around Thailand in any window size. */
export function fitPadding(width: number, height: number): number {
  return Math.max(8, Math.round(Math.min(width, height) * 0.04));
}

/** Duration of a camera move in ms; 0 (a cut) when the user prefers reduced motion. */
export function moveDuration(reducedMotion: boolean, ms = 800): number {
  return reducedMotion ? 0 : ms;
}

/** The committed camera from MapLibre's centre and zoom, rounded like the URL codec. */
export function viewOf(center: { lng: number; lat: number }, zoom: number): View {
  return { lon: center.lng, lat: center.lat, zoom };
}
