import { describe, expect, it } from 'vitest';
import type { MultiLineString, Polygon } from 'geojson';
import { dropBoxEdges, unwrapAntimeridian } from '../../../geo/basemap';

describe('basemap lines', () => {
  it('drops the runs a rectangle clip added, keeps the real coast around them', () => {
    // A coast that reaches the box's east edge (115), runs along it, and comes back.
    const ml: MultiLineString = {
      type: 'MultiLineString',
      coordinates: [[[110, 10], [115, 11], [115, 12], [115, 13], [112, 14]]],
    };
    expect(dropBoxEdges(ml, [85, -5, 115, 30]).coordinates).toEqual([
      [[110, 10], [115, 11]],
      [[115, 13], [112, 14]],
    ]);
  });

  it('leaves lines that only touch an edge at one point', () => {
    const ml: MultiLineString = { type: 'MultiLineString', coordinates: [[[85, 10], [90, 12], [95, 11]]] };
    expect(dropBoxEdges(ml, [85, -5, 115, 30])).toEqual(ml);
  });
});

describe('antimeridian', () => {
  it('moves a ring that jumps from 180 to −180 east of 180, so no line crosses the world', () => {
    const fiji: Polygon = { type: 'Polygon', coordinates: [[[178, -17], [180, -16], [-180, -16], [-179, -17], [180, -18], [178, -17]]] };
    const out = unwrapAntimeridian(fiji) as Polygon;
    const lons = out.coordinates[0]!.map((p) => p[0]!);
    expect(Math.max(...lons) - Math.min(...lons)).toBeLessThan(10);
    expect(lons).toContain(181);
  });

  it('keeps rings without a jump, and a ring that circles the globe (Antarctica)', () => {
    const plain: Polygon = { type: 'Polygon', coordinates: [[[100, 10], [101, 10], [101, 11], [100, 10]]] };
    expect(unwrapAntimeridian(plain)).toEqual(plain);
    const ring = [[-180, -80], [-90, -75], [0, -70], [90, -75], [180, -80], [180, -90], [-180, -90], [-180, -80]];
    const antarctica: Polygon = { type: 'Polygon', coordinates: [ring] };
    expect(unwrapAntimeridian(antarctica)).toEqual(antarctica);
  });
});
