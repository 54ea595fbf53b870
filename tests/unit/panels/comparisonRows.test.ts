import { describe, expect, it } from 'vitest';
import { comparisonAnnouncement, comparisonRows, nationalSeries, provinceSeries } from '../../../src/panels/comparisonRows';
import { indicatorCsvRows } from '../../../src/export/csv';
import { indicatorLookup, indicatorViewOf } from '../../../src/state/indicatorView';
import { defaultDoc } from '../../../src/state/doc';
import type { ProvinceCode } from '../../../src/data/types';
import { CHART_CODES, makeChartProvinces, makeIndicator, makeIndicatorsFile } from '../../fixtures/indicators';

// Synthetic values (fixtures, not data): Lamphun (index 7) has no 2020 value.
const provinces = makeChartProvinces();
const byCode = new Map(provinces.map((p) => [p.iso, p]));
const y2020 = CHART_CODES.map((_, i) => (i === 7 ? null : 0.5 + i / 100));
const indicator = makeIndicator('test', { 2019: CHART_CODES.map((_, i) => 0.45 + i / 100), 2020: y2020 });
const file = makeIndicatorsFile(CHART_CODES, [indicator]);
const view = indicatorViewOf(file, { ...defaultDoc('en'), indicator: 'test', year: 2020 })!;
const compare = (codes: ProvinceCode[]) => comparisonRows(file, view, (c) => byCode.get(c), codes, nationalSeries(file, indicator, indicatorLookup(file)));

describe('comparison of selected provinces', () => {
  it('has one row per selected province, in selection order, with value, rank of N, region and series', () => {
    const c = compare(['TH-95', 'TH-41']);
    expect(c.total).toBe(11);
    expect(c.rows.map((r) => [r.code, r.nameEn, r.regionNesdc, r.value, r.rank])).toEqual([
      ['TH-95', 'Yala', '3 Southernmost Provinces', 0.61, 1],
      ['TH-41', 'Udon Thani', 'Northeastern', 0.55, 6],
    ]);
    expect(c.rows[0]!.series).toEqual([
      { year: 2019, value: 0.56 },
      { year: 2020, value: 0.61 },
    ]);
  });

  it('keeps "no data" as null, never 0, and leaves out unknown codes', () => {
    const c = compare(['TH-51', 'TH-99' as ProvinceCode, 'TH-10']);
    expect(c.rows.map((r) => r.code)).toEqual(['TH-51', 'TH-10']);
    expect(c.rows[0]).toMatchObject({ value: null, rank: null });
    expect(provinceSeries(file, indicator, 'TH-51')).toEqual([
      { year: 2019, value: 0.52 },
      { year: 2020, value: null },
    ]);
  });

  it('draws every sparkline on one domain: the extent over all selected series', () => {
    const c = comparisonRows(file, view, (code) => byCode.get(code), ['TH-10', 'TH-95']);
    // Bangkok spans 0.45–0.50, Yala 0.56–0.61: one scale from the lowest to the highest.
    expect(c.domain![0]).toBeCloseTo(0.45);
    expect(c.domain![1]).toBeCloseTo(0.61);
    const alone = comparisonRows(file, view, (code) => byCode.get(code), ['TH-10']);
    expect(alone.domain![1]).toBeCloseTo(0.5);
  });

  it('matches the selection CSV export value for value and rank for rank', () => {
    const codes: ProvinceCode[] = ['TH-41', 'TH-95', 'TH-51'];
    const csv = indicatorCsvRows(file, indicator, 2020, provinces, codes);
    const header = csv[0]!;
    const c = compare(codes);
    expect(csv.slice(1).map((r) => [r[header.indexOf('iso_3166_2')], r[header.indexOf('value')], r[header.indexOf('rank')]])).toEqual(
      c.rows.map((r) => [r.code, r.value, r.rank]),
    );
  });

  it('says the comparison for a screen reader, in Thai and English', () => {
    const c = compare(['TH-41', 'TH-51']);
    expect(comparisonAnnouncement(c, indicator, 2020, 'en')).toBe(
      'Comparing 2 provinces: Test indicator test 2020. Udon Thani 0.550, rank 6 of 11; Lamphun: no data.',
    );
    expect(comparisonAnnouncement(c, indicator, 2020, 'th')).toBe(
      'เปรียบเทียบ 2 จังหวัด: ตัวชี้วัดทดสอบ test พ.ศ. 2563 อุดรธานี 0.550 อันดับ 6 จาก 11 · ลำพูน ไม่มีข้อมูล',
    );
  });
});
