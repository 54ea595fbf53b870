// Clips polygons to a lon/lat rectangle (Sutherland–Hodgman per ring) for the regional basemap.
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** `[west, south, east, north]` in degrees. */
export type BBox = readonly [number, number, number, number];

type Edge = (p: Position) => boolean;

/**
 * Clips one closed ring to the rectangle. Returns a closed ring, or `[]` when nothing with an area
 * is left. Sutherland–Hodgman is exact for a convex clip window; where a concave ring leaves the box
 * more than once, the pieces stay joined by zero-width runs along the box edge — invisible when
 * filled, which is all the basemap does with them.
 *
 * Winding is preserved, so d3-geo's clockwise-exterior convention of world-atlas survives.
 */
export function clipRing(ring: readonly Position[], [w, s, e, n]: BBox): Position[] {
  // Work on the open ring; Sutherland–Hodgman treats the last→first edge implicitly.
  let pts = openRing(ring);
  const passes: Array<[Edge, (a: Position, b: Position) => Position]> = [
    [(p) => x(p) >= w, (a, b) => atX(a, b, w)],
    [(p) => x(p) <= e, (a, b) => atX(a, b, e)],
    [(p) => y(p) >= s, (a, b) => atY(a, b, s)],
    [(p) => y(p) <= n, (a, b) => atY(a, b, n)],
  ];
  for (const [inside, cut] of passes) {
    if (pts.length === 0) break;
    const out: Position[] = [];
    pts.forEach((cur, i) => {
      const prev = pts[(i + pts.length - 1) % pts.length] ?? cur;
      const curIn = inside(cur);
      if (curIn !== inside(prev)) out.push(cut(prev, cur));
      if (curIn) out.push(cur);
    });
    pts = out;
  }
  pts = dropRepeats(pts);
  if (pts.length < 3 || planarArea(pts) === 0) return [];
  return [...pts, pts[0] ?? [0, 0]];
}

/** Clips a polygon's rings; `null` when its exterior ring is gone. Holes clipped away are dropped. */
export function clipPolygonRings(rings: readonly (readonly Position[])[], bbox: BBox): Position[][] | null {
  const [outer, ...holes] = rings;
  if (outer === undefined) return null;
  const clippedOuter = clipRing(outer, bbox);
  if (clippedOuter.length === 0) return null;
  const clippedHoles = holes.map((h) => clipRing(h, bbox)).filter((h) => h.length > 0);
  return [clippedOuter, ...clippedHoles];
}

/** Clips a Polygon or MultiPolygon to the box; `null` when nothing is left. */
export function clipGeometry(geometry: Polygon | MultiPolygon, bbox: BBox): Polygon | MultiPolygon | null {
  if (geometry.type === 'Polygon') {
    const rings = clipPolygonRings(geometry.coordinates, bbox);
    return rings === null ? null : { type: 'Polygon', coordinates: rings };
  }
  const polygons = geometry.coordinates
    .map((p) => clipPolygonRings(p, bbox))
    .filter((p): p is Position[][] => p !== null);
  return polygons.length === 0 ? null : { type: 'MultiPolygon', coordinates: polygons };
}

const x = (p: Position): number => p[0] ?? Number.NaN;
const y = (p: Position): number => p[1] ?? Number.NaN;

// The crossing is computed from the endpoints in a canonical order, so the border two neighbours
// share is cut at bit-identical points whichever way each ring walks it; topojson-server can then
// still recognise the shared arc.
function atX(a: Position, b: Position, cx: number): Position {
  const [p, q] = canonical(a, b);
  return [cx, y(p) + ((cx - x(p)) * (y(q) - y(p))) / (x(q) - x(p))];
}

function atY(a: Position, b: Position, cy: number): Position {
  const [p, q] = canonical(a, b);
  return [x(p) + ((cy - y(p)) * (x(q) - x(p))) / (y(q) - y(p)), cy];
}

function canonical(a: Position, b: Position): [Position, Position] {
  return x(a) < x(b) || (x(a) === x(b) && y(a) <= y(b)) ? [a, b] : [b, a];
}

function openRing(ring: readonly Position[]): Position[] {
  const first = ring[0];
  const last = ring[ring.length - 1];
  const closed = first !== undefined && last !== undefined && x(first) === x(last) && y(first) === y(last);
  return closed ? ring.slice(0, -1) : [...ring];
}

function dropRepeats(pts: readonly Position[]): Position[] {
  const out = pts.filter((p, i) => {
    const prev = pts[(i + pts.length - 1) % pts.length];
    return pts.length === 1 || prev === undefined || x(p) !== x(prev) || y(p) !== y(prev);
  });
  return out;
}

/** Shoelace area of an open ring, in square degrees; sign = winding. */
export function planarArea(pts: readonly Position[]): number {
  let sum = 0;
  pts.forEach((p, i) => {
    const q = pts[(i + 1) % pts.length] ?? p;
    sum += x(p) * y(q) - x(q) * y(p);
  });
  return sum / 2;
}
