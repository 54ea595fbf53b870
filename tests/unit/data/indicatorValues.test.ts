import { describe, expect, it } from 'vitest';
import { aggregate, nationalFigure, nationalValue, ranks, resolveYear, valuesByCode } from '../../../src/data/indicatorValues';
import { indicatorLookup } from '../../../src/state/indicatorView';
import { makeIndicator, makeIndicatorsFile } from '../../fixtures/indicators';
import type { ProvinceCode } from '../../../src/data/types';

// Synthetic, test-only figures.
const codes: ProvinceCode[] = ['TH-10', 'TH-50', 'TH-56', 'TH-95'];
const population = makeIndicator('pop', { 2020: [100, 50, 30, 20] }, { aggregation: { kind: 'sum' }, unit: 'people' });
const area = makeIndicator('area', { 2019: [10, 50, 30, null] }, { aggregation: { kind: 'sum' } });
const density = makeIndicator(
  'density',
  { 2020: [10, 1, 1, null] },
  { aggregation: { kind: 'ratio', numerator: 'pop', denominator: 'area', denominatorYear: 2019 } },
);
const share = makeIndicator(
  'share',
  { 2020: [10, 20, 40, 50] },
  { aggregation: { kind: 'weighted-mean', weight: 'pop' }, unit: 'percent' },
);
const index = makeIndicator('idx', { 2015: [0.6, 0.5, 0.5, 0.4], 2017: [0.7, null, 0.6, 0.5] }, { national: { '2015': 0.55 } });
const file = makeIndicatorsFile(codes, [population, area, density, share, index]);
const lookup = indicatorLookup(file);

describe('indicator values', () => {
  it('maps values by province and leaves missing ones out (never zero)', () => {
    const v = valuesByCode(file, index, 2017);
    expect(v.get('TH-10')).toBe(0.7);
    expect(v.has('TH-50')).toBe(false);
    expect(v.size).toBe(3);
    expect(valuesByCode(file, index, 1999).size).toBe(0);
  });

  it('resolves a missing year to the nearest one, the latest when none is asked', () => {
    expect(resolveYear(index, null)).toBe(2017);
    expect(resolveYear(index, 2015)).toBe(2015);
    expect(resolveYear(index, 2016)).toBe(2017);
    expect(resolveYear(index, 2000)).toBe(2015);
    expect(resolveYear(index, 2030)).toBe(2017);
  });

  it('ranks highest first; ties share the better rank', () => {
    const r = ranks(valuesByCode(file, index, 2015));
    expect([...r.entries()]).toEqual([
      ['TH-10', 1],
      ['TH-50', 2],
      ['TH-56', 2],
      ['TH-95', 4],
    ]);
  });

  it('sums, and refuses a partial sum when a province lacks data', () => {
    expect(aggregate(file, population, 2020, codes, lookup)).toBe(200);
    expect(aggregate(file, area, 2019, ['TH-10', 'TH-50'], lookup)).toBe(60);
    expect(aggregate(file, area, 2019, codes, lookup)).toBeNull();
  });

  it('computes ratios from sums, reading the denominator in its own year', () => {
    expect(aggregate(file, density, 2020, ['TH-10', 'TH-50', 'TH-56'], lookup)).toBeCloseTo(180 / 90);
    expect(aggregate(file, density, 2020, codes, lookup)).toBeNull();
  });

  it('weights means by population', () => {
    // (10·100 + 20·50 + 40·30 + 50·20) / 200 = 21
    expect(aggregate(file, share, 2020, codes, lookup)).toBeCloseTo(21);
  });

  it('prefers the published national value and has none for non-additive indicators', () => {
    expect(nationalValue(file, index, 2015, lookup)).toBe(0.55);
    expect(nationalValue(file, index, 2017, lookup)).toBeNull();
    expect(nationalValue(file, population, 2020, lookup)).toBe(200);
  });

  it('says where a kingdom value comes from, and why there is none', () => {
    expect(nationalFigure(file, index, 2015, lookup)).toEqual({ value: 0.55, basis: 'source' });
    expect(nationalFigure(file, population, 2020, lookup)).toEqual({ value: 200, basis: 'computed' });
    expect(nationalFigure(file, index, 2017, lookup)).toEqual({ value: null, basis: 'not-additive' });
    // One province missing and no national figure in the source: never a sum over the others.
    expect(nationalFigure(file, area, 2019, lookup)).toEqual({ value: null, basis: 'not-in-source' });
    // The same gap, once the source's own figure is there, shows that figure.
    const published = { ...area, national: { '2019': 95 } };
    expect(nationalFigure(file, published, 2019, lookup)).toEqual({ value: 95, basis: 'source' });
    const empty = makeIndicator('empty', { 2020: [null, null, null, null] }, { aggregation: { kind: 'sum' } });
    expect(nationalFigure(makeIndicatorsFile(codes, [empty]), empty, 2020, lookup)).toEqual({ value: null, basis: 'no-data' });
  });
});
