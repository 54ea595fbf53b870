// Checks the label anchors and bboxes: unit cases, and all 77 of the committed provinces.json.
import { readFileSync } from 'node:fs';
import { geoArea, geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { bboxOf, labelPoint } from '../../../geo/labels';
import type { ProvincesFile } from '../../../geo/pipeline';
import { makeIslands, squareRing } from './factories';

const read = <T>(name: string): T => JSON.parse(readFileSync(new URL(`../../../public/data/${name}`, import.meta.url), 'utf8')) as T;

describe('labelPoint', () => {
  it('puts the label in the largest polygon', () => {
    const [x, y] = labelPoint(makeIslands());
    expect(x).toBeCloseTo(0.5, 2);
    expect(y).toBeCloseTo(0.5, 2);
  });

  it('keeps the label inside a U shape whose centroid is outside', () => {
    const u = {
      type: 'Polygon' as const,
      coordinates: [[[0, 0], [0, 3], [1, 3], [1, 1], [2, 1], [2, 3], [3, 3], [3, 0], [0, 0]]],
    };
    const label = labelPoint(u);
    expect(geoContains(u, label)).toBe(true);
  });
});

describe('bboxOf', () => {
  it('covers every position, rounded outwards', () => {
    expect(bboxOf({ type: 'Polygon', coordinates: [squareRing(100.00001, 13.99999, 1)] })).toEqual([100, 13.9999, 101.0001, 15]);
  });
});

describe('committed public/data', () => {
  const topo = read<Topology>('provinces.topo.json');
  const { provinces } = read<ProvincesFile>('provinces.json');
  const collection = topo.objects['provinces'] as GeometryCollection;
  const features = new Map(feature(topo, collection).features.map((f) => [String(f.id), f]));

  it('has the same 77 ISO codes, sorted, in both files', () => {
    const codes = provinces.map((p) => p.iso);
    expect(codes).toHaveLength(77);
    expect([...codes].sort()).toEqual(codes);
    expect(collection.geometries.map((g) => g.id)).toEqual(codes);
  });

  it('winds every province clockwise, as d3-geo expects (else geoContains is meaningless)', () => {
    for (const f of features.values()) expect(geoArea(f)).toBeLessThan(0.01);
  });

  it.each(provinces.map((p) => [p.iso, p.nameEn, p] as const))('%s %s: label and bbox fit the geometry', (iso, _name, p) => {
    const f = features.get(iso);
    expect(f).toBeDefined();
    if (f === undefined) return;
    expect(geoContains(f, p.label)).toBe(true);
    const [w, s, e, n] = p.bbox;
    expect(p.label[0]).toBeGreaterThanOrEqual(w);
    expect(p.label[0]).toBeLessThanOrEqual(e);
    expect(p.label[1]).toBeGreaterThanOrEqual(s);
    expect(p.label[1]).toBeLessThanOrEqual(n);
  });
});
