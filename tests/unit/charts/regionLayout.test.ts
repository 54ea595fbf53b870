import { describe, expect, it } from 'vitest';
import { provinceRows } from '../../../src/charts/chartRows';
import { dodge, REGION_ORDER, regionAggregates, regionLayout } from '../../../src/charts/regions/regionLayout';
import type { ProvinceCode } from '../../../src/data/types';
import { indicatorLookup } from '../../../src/state/indicatorView';
import { CHART_CODES, makeChartProvinces, makeIndicator, makeIndicatorsFile } from '../../fixtures/indicators';

const provinces = makeChartProvinces();
const noMarks = { pilots: new Set<ProvinceCode>(), learningCities: new Set<ProvinceCode>() };

function noOverlap(dots: { cx: number; cy: number; r: number }[]): boolean {
  for (let i = 0; i < dots.length; i++) {
    for (let j = i + 1; j < dots.length; j++) {
      const a = dots[i]!;
      const b = dots[j]!;
      if (Math.hypot(a.cx - b.cx, a.cy - b.cy) < a.r + b.r - 1e-6) return false;
    }
  }
  return true;
}

describe('dodge', () => {
  it('keeps dots at least d apart, deterministically, centred when there is room', () => {
    const xs = [10, 10, 10, 11, 30, 50, 50.5];
    const ys = dodge(xs, 9);
    expect(dodge(xs, 9)).toEqual(ys);
    expect(ys[4]).toBe(0);
    for (let i = 0; i < xs.length; i++) {
      for (let j = i + 1; j < xs.length; j++) {
        expect(Math.hypot(xs[i]! - xs[j]!, ys[i]! - ys[j]!)).toBeGreaterThanOrEqual(9 - 1e-6);
      }
    }
  });
});

describe('regionLayout', () => {
  // Many ties in the Northern and Eastern rows to force stacking.
  const values = new Map<ProvinceCode, number>([
    ['TH-10', 0.68], ['TH-12', 0.65], ['TH-20', 0.6], ['TH-21', 0.6], ['TH-40', 0.58],
    ['TH-50', 0.62], ['TH-51', 0.62], ['TH-56', 0.62], ['TH-90', 0.59], ['TH-95', 0.5],
  ]);
  const rows = provinceRows(provinces, values, 'en', noMarks);
  const layout = regionLayout(rows, 380, { aggregates: new Map([['Northern', 0.61], ['Bangkok', 0.68]]), national: 0.6 });

  it('has one row per NESDC region, in the fixed order, top to bottom', () => {
    expect(layout.rows.map((r) => r.region)).toEqual([...REGION_ORDER]);
    const tops = layout.rows.map((r) => r.bandTop);
    expect([...tops].sort((a, b) => a - b)).toEqual(tops);
    expect(layout.rows.every((r, i) => i === 0 || r.labelY > layout.rows[i - 1]!.bandBottom)).toBe(true);
  });

  it('puts every province with data in its region’s row, none without', () => {
    const northern = layout.rows.find((r) => r.region === 'Northern')!;
    expect(northern.dots.map((d) => d.code).sort()).toEqual(['TH-50', 'TH-51', 'TH-56']);
    const northeastern = layout.rows.find((r) => r.region === 'Northeastern')!;
    expect(northeastern.dots.map((d) => d.code)).toEqual(['TH-40']);
    expect(northeastern.missing).toEqual(['TH-41']);
    expect(layout.rows.reduce((n, r) => n + r.dots.length, 0)).toBe(values.size);
  });

  it('never lets two dots in a row overlap', () => {
    for (const row of layout.rows) expect(noOverlap(row.dots)).toBe(true);
    const tied = provinceRows(provinces, new Map(CHART_CODES.map((c) => [c, 1])), 'en', noMarks);
    for (const row of regionLayout(tied, 300).rows) expect(noOverlap(row.dots)).toBe(true);
  });

  it('draws aggregate ticks where the aggregate exists, on the dots’ scale', () => {
    const bkk = layout.rows.find((r) => r.region === 'Bangkok')!;
    expect(bkk.aggregate?.x).toBeCloseTo(bkk.dots[0]!.cx, 6);
    expect(layout.rows.find((r) => r.region === 'Eastern')?.aggregate).toBeNull();
    expect(layout.national?.x).toBeCloseTo(layout.rows.find((r) => r.region === 'Eastern')!.dots[0]!.cx, 6);
  });

  it('computes region aggregates per the indicator’s rule, null when a member lacks data', () => {
    const people = makeIndicator('people', { 2020: CHART_CODES.map((_, i) => (i === 4 ? null : 100 + i)) }, { aggregation: { kind: 'sum' }, unit: 'people' });
    const file = makeIndicatorsFile(CHART_CODES, [people]);
    const aggs = regionAggregates(file, people, 2020, provinces, indicatorLookup(file));
    expect(aggs.get('Bangkok')).toBe(100);
    expect(aggs.get('Eastern')).toBe(102 + 103);
    expect(aggs.get('Northeastern')).toBeNull(); // TH-40 has no value
  });
});
