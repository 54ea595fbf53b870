// The one data channel: the loaded data joined with the user's datasets, memoised, and the URL
// decoder's known ids derived from it.
import { describe, expect, it } from 'vitest';
import type { UserDataset } from '../../../src/data/import/userDataset';
import { emptyReport } from '../../../src/data/import/report';
import type { ProvinceFeature } from '../../../src/data/types';
import { knownOf, withUserData } from '../../../src/state/withUserData';
import { makeIndicator } from '../../fixtures/indicators';
import { data, districtDatasets } from '../districts/fixture';

const n = data.indicators.provinces.length;
const mine: UserDataset = {
  id: 'abc',
  fileName: 'mine.csv',
  importedAt: '2026-01-01T00:00:00Z',
  indicators: [makeIndicator('my-abc-0', { 2024: Array.from({ length: n }, (_, i) => i) })],
  report: emptyReport('mine.csv', 'csv'),
};

describe('withUserData', () => {
  it('is the loaded data itself when the user has no datasets', () => {
    expect(withUserData(data, [])).toBe(data);
  });

  it('appends the user’s indicators, carries the datasets, and keeps the rest shared', () => {
    const datasets = [mine, ...districtDatasets()];
    const joined = withUserData(data, datasets);
    expect(joined.indicators.indicators.map((i) => i.id)).toEqual([...data.indicators.indicators.map((i) => i.id), 'my-abc-0']);
    expect(joined.datasets).toBe(datasets);
    expect(joined.features).toBe(data.features);
    expect(joined.places).toBe(data.places);
    // Memoised: the same inputs give the same object, so every host and renderer shares it.
    expect(withUserData(data, datasets)).toBe(joined);
  });

  it('draws the latest imported boundaries instead of the built-in ones', () => {
    const original = data.features[0] as ProvinceFeature;
    const moved: ProvinceFeature = { ...original, geometry: { type: 'Polygon', coordinates: [[[100, 10], [101, 10], [101, 11], [100, 10]]] } };
    const joined = withUserData(data, [{ ...mine, indicators: [], boundaries: [moved] }]);
    expect(joined.featureByCode.get(original.id)?.geometry).toEqual(moved.geometry);
    expect(joined.features).toHaveLength(data.features.length);
    expect(data.featureByCode.get(original.id)).toBe(original);
  });
});

describe('knownOf', () => {
  it('knows the user’s indicator ids while their dataset is in, and not after', () => {
    const before = knownOf(withUserData(data, []));
    expect(before.indicators?.has('my-abc-0')).toBe(false);
    expect(before.provinces?.size).toBe(77);
    expect(knownOf(withUserData(data, [mine])).indicators?.has('my-abc-0')).toBe(true);
    expect(knownOf(withUserData(data, [])).indicators?.has('my-abc-0')).toBe(false);
  });
});
