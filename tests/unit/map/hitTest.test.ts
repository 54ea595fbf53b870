// The WebGL map's pointer is hit-tested on the CPU: on the shipped provinces and places, with the
// same dot sizes deck.gl draws, the dots above the districts above the provinces.
import { describe, expect, it } from 'vitest';
import { cityStyle, partnerStyle } from '../../../src/map/featureStyle';
import { featureAt, hitAt, type HitInput, type MapHit, type ScreenPoint } from '../../../src/map/hitTest';
import { data, districtDatasets } from '../districts/fixture';

/** A plain linear "projection": 100 px a degree, north up. */
const project = ([lng, lat]: [number, number]): ScreenPoint => ({ x: (lng - 97) * 100, y: (21 - lat) * 100 });
const unproject = ({ x, y }: ScreenPoint): [number, number] => [x / 100 + 97, 21 - y / 100];

const input = (over: Partial<HitInput> = {}, year = 2025): HitInput => ({
  provinces: data.features,
  districts: null,
  cities: data.places.learningCities,
  partners: data.places.partners,
  layers: ['pilots', 'cities'],
  styleOfCity: (c) => cityStyle(c, year, null),
  styleOfPartner: (p) => partnerStyle(p, year, null),
  ...over,
});

const at = (i: HitInput, lngLat: [number, number], dx = 0, dy = 0): MapHit | null => {
  const p = project(lngLat);
  const point = { x: p.x + dx, y: p.y + dy };
  return hitAt(i, point, unproject(point), project);
};

describe('hitAt', () => {
  it('finds the province under the pointer, and nothing over the sea', () => {
    const plain = input({ layers: [] });
    expect(at(plain, [100.5, 13.75])).toEqual({ kind: 'province', code: 'TH-10' });
    expect(at(plain, [98.98, 18.79])).toEqual({ kind: 'province', code: 'TH-50' });
    expect(at(plain, [102.79, 17.41])).toEqual({ kind: 'province', code: 'TH-41' });
    expect(at(plain, [101.5, 9.5])).toBeNull();
  });

  it("puts a learning city's dot above its province, as large as deck.gl draws it", () => {
    const city = data.places.learningCities[0]!;
    const { radius, width } = cityStyle(city, 2025, null);
    expect(at(input(), city.coordinates)).toEqual({ kind: 'place', id: `city:${city.id}` });
    const edge = radius + width / 2;
    expect(at(input(), city.coordinates, edge - 0.5, 0)).toEqual({ kind: 'place', id: `city:${city.id}` });
    expect(at(input(), city.coordinates, edge + 1, 0)?.kind).toBe('province');
  });

  it('skips a city that has not joined yet and the layers that are off', () => {
    const city = data.places.learningCities.reduce((a, b) => (b.yearJoined > a.yearJoined ? b : a));
    expect(cityStyle(city, city.yearJoined - 1, null).radius).toBe(0);
    expect(at(input({}, city.yearJoined - 1), city.coordinates)?.kind).toBe('province');
    expect(at(input({ layers: [] }), city.coordinates)?.kind).toBe('province');
    // A partner in Thailand with no other partner within 0.5° (the Bangkok ones overlap at this scale).
    const apart = (a: [number, number], b: [number, number]) => Math.hypot(a[0] - b[0], a[1] - b[1]) > 0.5;
    const partner = data.places.partners.find(
      (p) => p.coordinates[0] > 97 && p.coordinates[0] < 106 && p.coordinates[1] > 5 && p.coordinates[1] < 21 &&
        data.places.partners.every((q) => q === p || apart(p.coordinates, q.coordinates)),
    );
    expect(partner).toBeDefined();
    expect(at(input({ layers: ['partners'] }), partner!.coordinates)).toEqual({ kind: 'place', id: `partner:${partner!.id}` });
    expect(at(input({ layers: [] }), partner!.coordinates)?.kind).not.toBe('place');
  });

  it("finds a district of the user's set above the provinces", () => {
    const districts = districtDatasets()[0]!.districts!.features;
    const d = districts[0]!;
    const ring = d.geometry.type === 'Polygon' ? d.geometry.coordinates[0]! : d.geometry.coordinates[0]![0]!;
    // The centroid of the first ring's vertices (the synthetic districts are convex cells).
    const c: [number, number] = [ring.reduce((s, p) => s + p[0]!, 0) / ring.length, ring.reduce((s, p) => s + p[1]!, 0) / ring.length];
    const hit = at(input({ districts, layers: [] }), c);
    expect(hit?.kind).toBe('district');
    expect(hit?.kind === 'district' && hit.feature.id).toBe(featureAt(districts, c)?.id);
    expect(at(input({ layers: [] }), c)?.kind).toBe('province');
  });
});
