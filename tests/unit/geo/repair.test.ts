// Unit tests for the quantization-twist repair (geo/repair.ts).
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { segmentsCross, untwistArcs } from '../../../geo/repair';

/** A one-ring topology from absolute integer positions (delta-encoded, as quantized TopoJSON is). */
function ringTopology(points: [number, number][]): Topology {
  const arc = points.map(([x, y], i) => {
    const prev = points[i - 1] ?? [0, 0];
    return [x - prev[0], y - prev[1]];
  });
  return {
    type: 'Topology',
    transform: { scale: [1, 1], translate: [0, 0] },
    objects: { shape: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[0]] }] } },
    arcs: [arc],
  };
}

describe('untwistArcs', () => {
  it('drops one vertex of a Z twist and reports it', () => {
    // The Z found in Phang Nga: (10,10)→(3,10)→(3,9)→(10,17) folds over itself.
    const { topology, repairs } = untwistArcs(
      ringTopology([[0, 0], [10, 10], [3, 10], [3, 9], [10, 17], [20, 0], [0, 0]]),
    );
    expect(repairs).toEqual([{ arc: 0, index: 2, removed: [3, 10] }]);
    expect(topology.arcs[0]).toHaveLength(6);
  });

  it('leaves a clean ring alone', () => {
    const input = ringTopology([[0, 0], [0, 10], [10, 10], [10, 0], [0, 0]]);
    const { topology, repairs } = untwistArcs(input);
    expect(repairs).toEqual([]);
    expect(topology.arcs).toEqual(input.arcs);
  });
});

describe('segmentsCross', () => {
  it('sees crossing and touching segments, not parallel ones', () => {
    expect(segmentsCross([0, 0], [2, 2], [0, 2], [2, 0])).toBe(true);
    expect(segmentsCross([0, 0], [2, 0], [1, 0], [1, 5])).toBe(true);
    expect(segmentsCross([0, 0], [2, 0], [0, 1], [2, 1])).toBe(false);
  });
});
