// Label anchors and bounding boxes for province geometries.
import polylabel from 'polylabel';
import type { Position } from 'geojson';
import type { ProvinceGeometry } from './checks';
import { planarArea } from './clip';

/** Decimal places kept for shipped coordinates: 1e-4° ≈ 11 m, finer than any screen needs. */
export const COORD_DECIMALS = 4;
const FACTOR = 10 ** COORD_DECIMALS;

/**
 * A label anchor inside the province: the pole of inaccessibility (polylabel) of its largest
 * polygon, rounded to {@link COORD_DECIMALS}. A centroid is not used because it can fall outside
 * (Bangkok's and Chon Buri's shapes bend around it) or on an island's sea.
 * @returns `[lon, lat]` in degrees
 */
export function labelPoint(geometry: ProvinceGeometry, precisionDeg = 0.0005): [number, number] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let best: Position[][] | undefined;
  let bestArea = -1;
  for (const rings of polygons) {
    const outer = rings[0];
    const area = outer === undefined ? 0 : Math.abs(planarArea(outer));
    if (area > bestArea) {
      best = rings;
      bestArea = area;
    }
  }
  if (best === undefined) throw new Error('labelPoint: empty geometry');
  const rings = best.map((ring) => ring.map((p): [number, number] => [p[0] ?? 0, p[1] ?? 0]));
  const [lon, lat] = polylabel(rings, precisionDeg);
  return [round(lon), round(lat)];
}

/**
 * `[west, south, east, north]` of all positions, rounded outwards to {@link COORD_DECIMALS} so
 * the box still contains the whole shape. (No province crosses the antimeridian.)
 */
export function bboxOf(geometry: ProvinceGeometry): [number, number, number, number] {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const ring of polygons.flat()) {
    for (const [x = Number.NaN, y = Number.NaN] of ring) {
      w = Math.min(w, x);
      s = Math.min(s, y);
      e = Math.max(e, x);
      n = Math.max(n, y);
    }
  }
  return [floor(w), floor(s), ceil(e), ceil(n)];
}

const round = (v: number): number => Math.round(v * FACTOR) / FACTOR;
const floor = (v: number): number => Math.floor(v * FACTOR) / FACTOR;
const ceil = (v: number): number => Math.ceil(v * FACTOR) / FACTOR;
