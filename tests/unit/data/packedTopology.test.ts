// Packing a topology's arcs into typed arrays loses nothing the maps draw: unpacked, it is the same
// topology, and topojson decodes the same features from it.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { packTopology, unpackTopology } from '../../../src/data/packedTopology';
import { shippedFiles } from '../../fixtures/shippedData';

describe('packTopology', () => {
  it('round-trips the shipped basemap, and decodes the same world from it', () => {
    const { basemap } = shippedFiles();
    const packed = packTopology(basemap);
    expect(packed.xy.length).toBe(2 * basemap.arcs.reduce((n, a) => n + a.length, 0));
    const back = unpackTopology(packed);
    expect(back).toEqual(basemap);
    const world = basemap.objects.world;
    if (!world) throw new Error('no world layer');
    expect(feature(back, world)).toEqual(feature(basemap, world));
  });

  it('round-trips any arcs, empty ones and an empty topology included', () => {
    const arcs = fc.array(fc.array(fc.tuple(fc.integer({ min: -1e6, max: 1e6 }), fc.double({ noNaN: true, noDefaultInfinity: true }))), { maxLength: 20 });
    fc.assert(
      fc.property(arcs, (a) => {
        const t: Topology = { type: 'Topology', objects: {}, arcs: a };
        expect(unpackTopology(packTopology(t))).toEqual(t);
      }),
    );
  });
});
