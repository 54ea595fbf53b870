// The synthetic district set (tests/fixtures/syntheticDistricts.ts) as stored datasets: a
// boundary file with its own figures, and a table matched to it.
import { buildDistricts, type LocateProvince } from '../../../src/data/import/districts';
import { buildLocator } from '../../../src/data/import/pointInProvince';
import { emptyReport } from '../../../src/data/import/report';
import type { UserDataset } from '../../../src/data/import/userDataset';
import type { ProvinceCode } from '../../../src/data/types';
import { shippedAtlasData } from '../../fixtures/shippedData';
import { syntheticDistricts } from '../../fixtures/syntheticDistricts';

export const data = shippedAtlasData();
const locator = buildLocator(data.features);
const locate: LocateProvince = (lon, lat) => (data.features[locator.locate(lon, lat)]?.id as ProvinceCode | undefined) ?? null;

export function districtDatasets(): UserDataset[] {
  const built = buildDistricts(syntheticDistricts(data.features).geojson.features, data.index, locate, 'adm2.geojson');
  const set: UserDataset = { id: 'set1', fileName: 'adm2.geojson', importedAt: '2026-01-01T00:00:00Z', indicators: [], districts: built.set, report: built.report };
  const n = built.set.features.length;
  const table: UserDataset = {
    id: 'tab1',
    fileName: 'teachers.csv',
    importedAt: '2026-01-01T00:00:00Z',
    indicators: [],
    districtValues: { setId: 'set1', indicators: [{ name: 'teachers', values: Array.from({ length: n }, (_, i) => (i === 0 ? null : i)), percent: false, decimals: 0, fileName: 'teachers.csv' }] },
    report: emptyReport('teachers.csv', 'csv'),
  };
  return [set, table];
}
