// A TopoJSON topology with its arcs in two typed arrays instead of an array of [x, y] arrays, for a
// file the page keeps but rarely draws (the basemap: ≈ 12,500 positions, 0.2 MB here against
// ≈ 0.5 MB of small JS arrays). Unpacked again, as a new topology, by whoever draws it. Pure.
import type { Arc, Topology } from 'topojson-specification';

export interface PackedTopology<T extends Topology = Topology> {
  /** The topology without its arcs (objects, transform, bbox). */
  rest: Omit<T, 'arcs'>;
  /** Every arc's positions in order, x and y interleaved (a third coordinate is not kept). */
  xy: Float64Array;
  /** Where each arc ends, counted in positions: arc i is positions ends[i - 1] (or 0) to ends[i]. */
  ends: Uint32Array;
}

export function packTopology<T extends Topology>(topology: T): PackedTopology<T> {
  const { arcs, ...rest } = topology;
  const ends = new Uint32Array(arcs.length);
  let n = 0;
  arcs.forEach((arc, i) => {
    n += arc.length;
    ends[i] = n;
  });
  const xy = new Float64Array(2 * n);
  let k = 0;
  for (const arc of arcs) {
    for (const p of arc) {
      // A TopoJSON position has at least two numbers.
      xy[k++] = p[0] ?? Number.NaN;
      xy[k++] = p[1] ?? Number.NaN;
    }
  }
  return { rest, xy, ends };
}

export function unpackTopology<T extends Topology>({ rest, xy, ends }: PackedTopology<T>): T {
  const arcs: Arc[] = [];
  let start = 0;
  for (const end of ends) {
    const arc: Arc = [];
    for (let i = start; i < end; i++) arc.push([xy[2 * i] as number, xy[2 * i + 1] as number]);
    arcs.push(arc);
    start = end;
  }
  return { ...rest, arcs } as T;
}
