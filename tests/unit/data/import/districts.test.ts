// District boundary sets: telling them from province sets, building districts with ids, names,
// provinces (from ADM1 properties or from where they lie) and numeric properties as indicators.
import { describe, expect, it } from 'vitest';
import { boundaryKind, buildDistricts, interiorPoint, validDistrictSet, type LocateProvince } from '../../../../src/data/import/districts';
import { buildLocator } from '../../../../src/data/import/pointInProvince';
import type { ProvinceCode } from '../../../../src/data/types';
import { shippedAtlasData } from '../../../fixtures/shippedData';
import { syntheticDistricts } from '../../../fixtures/syntheticDistricts';
import { index } from './importContext';

const data = shippedAtlasData();
const locator = buildLocator(data.features);
const locate: LocateProvince = (lon, lat) => (data.features[locator.locate(lon, lat)]?.id as ProvinceCode | undefined) ?? null;
const { geojson, districts } = syntheticDistricts(data.features);
const square = (x: number, y: number, s = 0.05) => ({
  type: 'Polygon',
  coordinates: [[[x, y], [x + s, y], [x + s, y + s], [x, y + s], [x, y]]],
});

describe('boundaryKind', () => {
  it('calls an OCHA admin-2 file districts and an admin-1 file provinces', () => {
    expect(boundaryKind(geojson.features, index)).toBe('districts');
    const provinces = ['TH56', 'TH50', 'TH57'].map((c, i) => ({ type: 'Feature', properties: { ADM1_PCODE: c }, geometry: square(i, 0) }));
    expect(boundaryKind(provinces, index)).toBe('provinces');
  });

  it('calls many features in few provinces districts even without admin-2 names', () => {
    const fc = Array.from({ length: 6 }, (_, i) => ({ type: 'Feature', properties: { prov: i < 3 ? 'พะเยา' : 'น่าน' }, geometry: square(i, 0) }));
    expect(boundaryKind(fc, index)).toBe('districts');
    // Nothing names a province: only where the shapes lie can tell, which is a district set's job.
    expect(boundaryKind([{ type: 'Feature', properties: { x: 1 }, geometry: square(0, 0) }], index)).toBe('districts');
  });
});

describe('buildDistricts', () => {
  const built = buildDistricts(geojson.features, index, locate, 'synthetic-adm2.geojson');

  it('keeps every feature with its code as id, both names and its province', () => {
    expect(built.provinceKey).toBe('ADM1_PCODE');
    expect(built.set.features.map((f) => f.id)).toEqual(districts.map((d) => d.code));
    expect(built.set.features.map((f) => f.properties)).toEqual(
      districts.map((d) => ({ code: d.code, nameTh: d.nameTh, nameEn: d.nameEn, province: d.province })),
    );
    expect(built.report.importedRows).toBe(districts.length);
    expect(built.report.byRule).toEqual({ iso: districts.length });
  });

  it('turns numeric properties into indicators: "-" is no data, "7.5%" a percent, shape area and codes are not figures', () => {
    expect(built.set.indicators.map((i) => i.name)).toEqual(['students', 'poor_share']);
    const [students, poor] = built.set.indicators;
    expect(students?.values).toEqual(districts.map((d) => (typeof d.students === 'number' ? d.students : null)));
    expect(poor?.percent).toBe(true);
    expect(poor?.decimals).toBe(1);
    expect(poor?.values).toEqual(districts.map((d) => Number(d.poorShare.replace('%', ''))));
    expect(built.report.cellProblems).toEqual([]);
  });

  it('places a feature without province properties by its interior point, and reports what it cannot place', () => {
    const fc = [
      { type: 'Feature', properties: { ADM2_EN: 'Somewhere in Phayao', ADM2_TH: 'ที่ไหนสักแห่ง' }, geometry: square(99.85, 19.1) },
      { type: 'Feature', properties: { ADM2_EN: 'At sea' }, geometry: square(95, 10) },
      { type: 'Feature', properties: { ADM2_EN: 'A point' }, geometry: { type: 'Point', coordinates: [99.9, 19.1] } },
      { type: 'Feature', properties: { ADM2_EN: 'Figures', pop: 'lots' }, geometry: square(100.5, 13.7) },
    ];
    const b = buildDistricts(fc, index, locate, 'f.geojson');
    expect(b.set.features.map((f) => [f.id, f.properties.province, f.properties.nameEn])).toEqual([
      ['L1', 'TH-56', 'Somewhere in Phayao'],
      ['L4', 'TH-10', 'Figures'],
    ]);
    expect(b.report.rejected.map((r) => [r.line, r.reason])).toEqual([
      [2, 'outside-provinces'],
      [3, 'bad-coordinates'],
    ]);
    expect(b.report.importedRows + b.report.rejected.length).toBe(fc.length);
    expect(b.report.byRule).toEqual({ point: 2 });
    // A text property is not a figure.
    expect(b.set.indicators).toEqual([]);
  });

  it('uses line numbers as ids when codes repeat', () => {
    const fc = [0, 1].map((i) => ({ type: 'Feature', properties: { ADM2_PCODE: 'TH5601', ADM1_PCODE: 'TH56' }, geometry: square(99.8 + i * 0.1, 19.1) }));
    expect(buildDistricts(fc, index, locate, 'f').set.features.map((f) => f.id)).toEqual(['L1', 'L2']);
  });
});

describe('interiorPoint', () => {
  it('lies inside a C-shaped polygon whose centroid does not', () => {
    const c = { type: 'Polygon' as const, coordinates: [[[0, 0], [3, 0], [3, 1], [1, 1], [1, 2], [3, 2], [3, 3], [0, 3], [0, 0]]] };
    const p = interiorPoint(c);
    expect(p).not.toBeNull();
    expect(buildLocator([{ geometry: c }]).locate(...(p as [number, number]))).toBe(0);
  });

  it('handles a ring of 500,000 vertices (no spreading into Math.min, which overflows the stack)', () => {
    const n = 500_000;
    const ring = Array.from({ length: n }, (_, i) => [Math.cos((2 * Math.PI * i) / n), Math.sin((2 * Math.PI * i) / n)]);
    ring.push(ring[0] as number[]);
    const p = interiorPoint({ type: 'Polygon', coordinates: [ring] });
    expect(p?.[0]).toBeCloseTo(0, 3);
    expect(p?.[1]).toBeCloseTo(0, 3);
  });
});

describe('validDistrictSet', () => {
  const built = buildDistricts(geojson.features, index, locate, 'f');
  it('accepts a built set and refuses broken ones', () => {
    expect(validDistrictSet(structuredClone(built.set))).toBe(true);
    expect(validDistrictSet(null)).toBe(false);
    expect(validDistrictSet({ features: [{ id: 1 }], indicators: [] })).toBe(false);
    const short = structuredClone(built.set);
    short.indicators[0]?.values.pop();
    expect(validDistrictSet(short)).toBe(false);
    const badProvince = structuredClone(built.set);
    (badProvince.features[0] as { properties: { province: string } }).properties.province = 'XX';
    expect(validDistrictSet(badProvince)).toBe(false);
  });
});

describe('stored datasets with districts', () => {
  it('keeps a district set and its tables, drops a table whose set is gone or malformed', async () => {
    const { validDatasets } = await import('../../../../src/data/import/userDataset');
    const { districtDatasets } = await import('../../districts/fixture');
    const [set, table] = districtDatasets();
    const stored = structuredClone([set, table]);
    expect(validDatasets(stored, 77).map((d) => d.id)).toEqual(['set1', 'tab1']);
    expect(validDatasets(structuredClone([table]), 77)).toEqual([]);
    const broken = structuredClone([{ ...set, districts: { features: 'x', indicators: [] } }, table]);
    expect(validDatasets(broken, 77)).toEqual([]);
    const shortTable = structuredClone([set, table]);
    shortTable[1]?.districtValues?.indicators[0]?.values.pop();
    expect(validDatasets(shortTable, 77).map((d) => d.id)).toEqual(['set1']);
  });
});
