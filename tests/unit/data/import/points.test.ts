import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { feature } from 'topojson-client';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { assignNaive, buildLocator } from '../../../../src/data/import/pointInProvince';
import { buildPoints } from '../../../../src/data/import/points';
import { guessMapping } from '../../../../src/data/import/mapping';
import { readFile } from '../../../../src/data/import/readFile';
import type { ProvinceCode } from '../../../../src/data/types';
import { codes, fixture, index, makeContext, provinces, valueOf } from './importContext';

const topo = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../../../public/data/provinces.topo.json', import.meta.url)), 'utf8'),
) as Topology;
const fc77 = feature(topo, topo.objects.provinces as GeometryCollection) as FeatureCollection<Polygon | MultiPolygon>;
const features = fc77.features;
const featureCodes = features.map((f) => f.id as ProvinceCode);
const locator = buildLocator(features);

describe('point in province', () => {
  it('agrees with turf and with the naive loop on random points over Thailand', () => {
    const positions: number[] = [];
    fc.assert(
      fc.property(fc.double({ min: 97.3, max: 105.7, noNaN: true }), fc.double({ min: 5.6, max: 20.5, noNaN: true }), (lon, lat) => {
        positions.push(lon, lat);
        const f = locator.locate(lon, lat);
        const turf = features.findIndex((g) => booleanPointInPolygon([lon, lat], g, { ignoreBoundary: true }));
        // A point exactly on a shared edge may go either way; anywhere else the answers agree.
        if (f !== turf) expect(booleanPointInPolygon([lon, lat], features[f === -1 ? turf : f]!)).toBe(true);
      }),
      { numRuns: 2000 },
    );
    const fast = locator.assign(positions);
    const naive = assignNaive(features, positions);
    expect(Array.from(fast)).toEqual(Array.from(naive));
    expect(Array.from(fast).filter((f) => f !== -1).length).toBeGreaterThan(200);
  });

  it('finds every province at its label anchor', () => {
    const anchors = JSON.parse(readFileSync(fileURLToPath(new URL('../../../../public/data/provinces.json', import.meta.url)), 'utf8')) as {
      provinces: { iso: ProvinceCode; label: [number, number] }[];
    };
    for (const p of anchors.provinces) expect(featureCodes[locator.locate(...p.label)]).toBe(p.iso);
  });
});

describe('point data', () => {
  it('counts, sums, averages and rates points per province; reports the rest', async () => {
    const r = await readFile(fixture('points.csv'), 'points.csv');
    if (!r.ok || !('table' in r)) throw new Error('not read');
    const mapping = guessMapping(r.table, index, 2024);
    expect(mapping).toMatchObject({ shape: 'points', lat: 1, lon: 2, values: [3] });
    const population = codes.map((c) => provinces.find((p) => p.iso === c)!.population2024);
    const out = buildPoints(r.table, mapping, makeContext({ fileName: 'points.csv' }), { locator, featureCodes, population, populationYear: 2024 }, 'csv');
    expect(out.report.totalRows).toBe(5);
    expect(out.report.importedRows).toBe(3);
    expect(out.report.rejected.map((x) => [x.line, x.reason])).toEqual([
      [5, 'outside-provinces'],
      [6, 'bad-coordinates'],
    ]);
    const [count, per100k, sum, mean] = out.indicators;
    expect(valueOf(count!.values, 2024, 'TH-50')).toBe(2);
    expect(valueOf(count!.values, 2024, 'TH-56')).toBe(1);
    expect(valueOf(count!.values, 2024, 'TH-10')).toBe(0);
    const cm = provinces.find((p) => p.iso === 'TH-50')!.population2024;
    expect(valueOf(per100k!.values, 2024, 'TH-50')).toBeCloseTo((2 / cm) * 1e5);
    expect(valueOf(sum!.values, 2024, 'TH-50')).toBe(500);
    expect(valueOf(mean!.values, 2024, 'TH-50')).toBe(250);
    expect(valueOf(mean!.values, 2024, 'TH-10')).toBeNull();
    expect(Array.from(out.points.positions)).toHaveLength(6);
    expect(out.points.province).toHaveLength(3);
  });
});
