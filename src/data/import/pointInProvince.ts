// Which province a point lies in, fast enough for a million imported points: a flatbush index of
// the provinces' bounding boxes picks the few candidates, and each province's edges are bucketed
// into horizontal bands so the even-odd ray test reads only the edges at the point's latitude.
// `assignNaive` is the loop the index is measured against (npm run bench). Pure.
import Flatbush from 'flatbush';
import type { MultiPolygon, Polygon, Position } from 'geojson';

export interface PolygonalFeature {
  geometry: Polygon | MultiPolygon;
}

interface Banded {
  /** Edges as x1, y1, x2, y2. */
  edges: Float64Array;
  minY: number;
  bandHeight: number;
  /** CSR: edges of band b are bandEdges[bandStart[b] … bandStart[b + 1]). */
  bandStart: Uint32Array;
  bandEdges: Uint32Array;
}

function rings(g: Polygon | MultiPolygon): Position[][] {
  return g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
}

function bboxOf(rs: Position[][]): [number, number, number, number] {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (const r of rs)
    for (const p of r) {
      const x = p[0] as number;
      const y = p[1] as number;
      if (x < w) w = x;
      if (x > e) e = x;
      if (y < s) s = y;
      if (y > n) n = y;
    }
  return [w, s, e, n];
}

function edgeArray(rs: Position[][]): Float64Array {
  const count = rs.reduce((n, r) => n + Math.max(0, r.length - 1), 0);
  const out = new Float64Array(count * 4);
  let k = 0;
  for (const r of rs) {
    for (let i = 0; i + 1 < r.length; i++) {
      const a = r[i] as Position;
      const b = r[i + 1] as Position;
      out[k++] = a[0] as number;
      out[k++] = a[1] as number;
      out[k++] = b[0] as number;
      out[k++] = b[1] as number;
    }
  }
  return out;
}

function band(edges: Float64Array, minY: number, maxY: number): Banded {
  const n = edges.length / 4;
  const bands = Math.max(1, Math.min(512, Math.ceil(n / 4)));
  const bandHeight = (maxY - minY) / bands || 1;
  const bandOf = (y: number) => Math.min(bands - 1, Math.max(0, Math.floor((y - minY) / bandHeight)));
  const counts = new Uint32Array(bands + 1);
  for (let i = 0; i < n; i++) {
    const y1 = edges[i * 4 + 1] as number;
    const y2 = edges[i * 4 + 3] as number;
    for (let b = bandOf(Math.min(y1, y2)); b <= bandOf(Math.max(y1, y2)); b++) counts[b + 1] = (counts[b + 1] as number) + 1;
  }
  for (let b = 0; b < bands; b++) counts[b + 1] = (counts[b + 1] as number) + (counts[b] as number);
  const bandEdges = new Uint32Array(counts[bands] as number);
  const fill = counts.slice(0, bands);
  for (let i = 0; i < n; i++) {
    const y1 = edges[i * 4 + 1] as number;
    const y2 = edges[i * 4 + 3] as number;
    for (let b = bandOf(Math.min(y1, y2)); b <= bandOf(Math.max(y1, y2)); b++) {
      bandEdges[fill[b] as number] = i;
      fill[b] = (fill[b] as number) + 1;
    }
  }
  return { edges, minY, bandHeight, bandStart: counts, bandEdges };
}

/** Even-odd rule over all rings (holes and islands included) using only the point's band. */
function insideBanded(f: Banded, x: number, y: number): boolean {
  const bands = f.bandStart.length - 1;
  const b = Math.floor((y - f.minY) / f.bandHeight);
  if (b < 0 || b >= bands) return false;
  const e = f.edges;
  let inside = false;
  for (let k = f.bandStart[b] as number, end = f.bandStart[b + 1] as number; k < end; k++) {
    const i = (f.bandEdges[k] as number) * 4;
    const y1 = e[i + 1] as number;
    const y2 = e[i + 3] as number;
    if (y1 > y !== y2 > y) {
      const x1 = e[i] as number;
      const xi = x1 + ((y - y1) * ((e[i + 2] as number) - x1)) / (y2 - y1);
      if (x < xi) inside = !inside;
    }
  }
  return inside;
}

/** Plain even-odd test over every edge: what the naive loop does. */
function insideAll(edges: Float64Array, x: number, y: number): boolean {
  let inside = false;
  for (let i = 0; i < edges.length; i += 4) {
    const y1 = edges[i + 1] as number;
    const y2 = edges[i + 3] as number;
    if (y1 > y !== y2 > y) {
      const x1 = edges[i] as number;
      if (x < x1 + ((y - y1) * ((edges[i + 2] as number) - x1)) / (y2 - y1)) inside = !inside;
    }
  }
  return inside;
}

export interface ProvinceLocator {
  /** Index of the feature containing (lon, lat), or −1. */
  locate(lon: number, lat: number): number;
  /**
   * Feature index of every point of `positions` (lon, lat interleaved), −1 outside all;
   * `onProgress` gets the share done now and then.
   */
  assign(positions: ArrayLike<number>, onProgress?: (fraction: number) => void): Int32Array;
}

export function buildLocator(features: readonly PolygonalFeature[]): ProvinceLocator {
  const banded: Banded[] = [];
  const index = new Flatbush(Math.max(1, features.length));
  for (const f of features) {
    const rs = rings(f.geometry);
    const [w, s, e, n] = bboxOf(rs);
    index.add(w, s, e, n);
    banded.push(band(edgeArray(rs), s, n));
  }
  if (features.length === 0) index.add(0, 0, 0, 0);
  index.finish();
  const locate = (lon: number, lat: number): number => {
    if (features.length === 0) return -1;
    const candidates = index.search(lon, lat, lon, lat);
    for (const c of candidates) if (insideBanded(banded[c] as Banded, lon, lat)) return c;
    return -1;
  };
  return {
    locate,
    assign(positions, onProgress) {
      const n = Math.floor(positions.length / 2);
      const out = new Int32Array(n);
      for (let i = 0; i < n; i++) {
        out[i] = locate(positions[2 * i] as number, positions[2 * i + 1] as number);
        if (onProgress && (i & 0xffff) === 0xffff) onProgress(i / n);
      }
      return out;
    },
  };
}

/** The same answer without any index: every point against every province's every edge. */
export function assignNaive(features: readonly PolygonalFeature[], positions: ArrayLike<number>): Int32Array {
  const edges = features.map((f) => edgeArray(rings(f.geometry)));
  const n = Math.floor(positions.length / 2);
  const out = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const x = positions[2 * i] as number;
    const y = positions[2 * i + 1] as number;
    for (let f = 0; f < edges.length; f++) {
      if (insideAll(edges[f] as Float64Array, x, y)) {
        out[i] = f;
        break;
      }
    }
  }
  return out;
}
