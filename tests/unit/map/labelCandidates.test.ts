import { describe, expect, it } from 'vitest';
import { labelCandidates } from '../../../src/map/labelCandidates';
import { placeLabels } from '../../../src/map/labelPlacement';
import { makeProvince } from '../../fixtures/provinces';
import { makeCity } from '../../fixtures/places';

const project = ([lon, lat]: [number, number]) => ({ x: (lon - 95) * 50, y: (25 - lat) * 50 });
const sizeOf = () => ({ w: 60, h: 16 });

describe('label candidates', () => {
  const provinces = [makeProvince({ iso: 'TH-50', label: [99, 18.8] })];
  const cities = [makeCity('cm', 2020, { coordinates: [99, 18.8] }), makeCity('future', 2025, { coordinates: [101, 15] })];

  it('puts place names right of their dot and the dots down as obstacles', () => {
    const { candidates, obstacles } = labelCandidates(
      { provinces, cities, partners: [], showCities: (c) => c.yearJoined <= 2022, showPartners: false, hover: null, selected: [], place: null },
      project,
      sizeOf,
    );
    expect(candidates.map((c) => c.id)).toEqual(['TH-50', 'city:cm']);
    expect(obstacles).toHaveLength(1);
    const city = candidates[1]!;
    expect(city.x - city.w / 2).toBeGreaterThan(obstacles[0]!.r + 3);
    // The province label sits on the city's dot, so the city keeps its name and the province loses it.
    const shown = placeLabels(candidates, { width: 1000, height: 1000 }, 3, obstacles);
    expect([...shown.keys()]).toEqual(['city:cm']);
  });

  it('ranks the selected place above every other label', () => {
    const { candidates } = labelCandidates(
      { provinces, cities, partners: [], showCities: () => true, showPartners: false, hover: null, selected: ['TH-50'], place: 'city:future' },
      project,
      sizeOf,
    );
    const top = [...candidates].sort((a, b) => b.priority - a.priority)[0];
    expect(top?.id).toBe('city:future');
  });

  it("keeps a selected province's name on the map by moving it off the dot on its anchor", () => {
    const { candidates, obstacles } = labelCandidates(
      { provinces, cities, partners: [], showCities: () => true, showPartners: false, hover: null, selected: ['TH-50'], place: null },
      project,
      sizeOf,
    );
    const shown = placeLabels(candidates, { width: 1000, height: 1000 }, 3, obstacles);
    const at = shown.get('TH-50');
    const anchor = project([99, 18.8]);
    expect(at).toBeDefined();
    expect(at?.x).toBe(anchor.x);
    expect(Math.abs((at?.y ?? anchor.y) - anchor.y)).toBeGreaterThan(8);
    expect(shown.has('city:cm')).toBe(true);
  });
});
