// Distance from a point to a province outline, in km, for the build's "outside its province" report.
// A local flat-earth approximation is plenty for distances of a few km that are only printed, so
// no extra dependency is shipped for it.
import type { Position } from 'geojson';
import type { ProvinceGeometry } from '../checks';

/** Mean Earth radius, km. */
const EARTH_RADIUS_KM = 6371.0088;
const KM_PER_DEGREE = (Math.PI / 180) * EARTH_RADIUS_KM;

/**
 * Shortest distance from `point` ([lon, lat]) to any ring of `geometry`, in km (equirectangular
 * around the point: error well under 1 % within a few hundred km at Thai latitudes).
 */
export function distanceToOutlineKm(point: readonly [number, number], geometry: ProvinceGeometry): number {
  const [lon0, lat0] = point;
  const kx = KM_PER_DEGREE * Math.cos((lat0 * Math.PI) / 180);
  const toKm = (p: Position): [number, number] => [((p[0] ?? 0) - lon0) * kx, ((p[1] ?? 0) - lat0) * KM_PER_DEGREE];
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let best = Infinity;
  for (const ring of polygons.flat()) {
    for (let i = 1; i < ring.length; i += 1) {
      const a = ring[i - 1];
      const b = ring[i];
      if (a !== undefined && b !== undefined) best = Math.min(best, distanceToSegment(toKm(a), toKm(b)));
    }
  }
  return best;
}

/** Distance from the origin to segment a–b (plane coordinates). */
function distanceToSegment([ax, ay]: [number, number], [bx, by]: [number, number]): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
  return Math.hypot(ax + t * dx, ay + t * dy);
}
