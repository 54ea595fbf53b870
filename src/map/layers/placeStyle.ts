// Colours and sizes of the place layers, chosen to stay readable on every choropleth palette
// (blue-green, orange-red, purple-green): magenta cities, black-and-white partners and pilots,
// and shape differences (filled dot, ring, cased outline) so colour is never the only cue.
import type { RGBA } from '../../lib/palettes';

export const CITY_FILL: RGBA = [197, 27, 125, 255];
export const CITY_STROKE: RGBA = [255, 255, 255, 255];
export const PARTNER_STROKE: RGBA = [20, 20, 20, 255];
export const PARTNER_FILL: RGBA = [255, 255, 255, 255];
export const PARTNER_INACTIVE: RGBA = [150, 150, 150, 200];
export const PILOT_CASING: RGBA = [20, 20, 20, 255];
export const PILOT_CORE: RGBA = [255, 255, 255, 255];
export const LINK_FROM: RGBA = [197, 27, 125, 200];
export const LINK_TO: RGBA = [20, 20, 20, 200];
export const SELECTED_RING: RGBA = [255, 200, 0, 255];
/** Partner ring radius in px. */
export const PARTNER_RADIUS = 6;

/** City dot radius in px: longer members are bigger, so the network visibly matures. */
export function cityRadius(yearJoined: number, year: number): number {
  return yearJoined > year ? 0 : 5 + Math.min(4, year - yearJoined);
}
