import { describe, expect, it } from 'vitest';
import { bivariateView, bivariateViewOf } from '../../../src/state/bivariateView';
import { defaultDoc } from '../../../src/state/doc';
import { hexToRgba, NO_DATA_HEX } from '../../../src/lib/palettes';
import { bivariateColor } from '../../../src/lib/bivariatePalette';
import { scatterAxes } from '../../../src/charts/scatter/scatterLayout';
import { indicatorLookup } from '../../../src/state/indicatorView';
import type { ProvinceCode } from '../../../src/data/types';
import { makeIndicator, makeIndicatorsFile } from '../../fixtures/indicators';
import { readShipped } from '../../fixtures/shippedData';
import type { IndicatorsFile } from '../../../src/data/indicatorTypes';

// Synthetic, test-only figures: seven provinces, one without x, one without y.
const codes: ProvinceCode[] = ['TH-10', 'TH-50', 'TH-56', 'TH-95', 'TH-41', 'TH-51', 'TH-57'];
const x = makeIndicator('x', { 2019: [1, 2, 3, 4, 5, 6, null], 2020: [6, 5, 4, 3, 2, 1, 9] });
const y = makeIndicator('y', { 2020: [10, 10, 10, 40, 50, null, 70] });
const file = makeIndicatorsFile(codes, [x, y]);

describe('bivariate view', () => {
  it('cuts tertiles over the provinces with both values; the rest are no data', () => {
    const v = bivariateView(file, ['x', 'y'], 2019)!;
    expect(v.x.year).toBe(2019);
    expect(v.y.year).toBe(2020);
    // Both values: TH-10…TH-95 and TH-41 (x 1..5, y 10,10,10,40,50).
    expect(v.missing).toEqual(['TH-51', 'TH-57']);
    expect(v.x.cuts).toEqual({ low: 2, high: 4 });
    // y ties: three 10s at the low cut, all low.
    expect(v.y.cuts).toEqual({ low: 10, high: 40 });
    const keyOf = (c: ProvinceCode) => v.cellOf.get(c)?.key;
    expect(codes.map(keyOf)).toEqual(['0-0', '0-0', '1-0', '1-1', '2-2', undefined, undefined]);
    expect(v.colorOf('TH-51')).toEqual(hexToRgba(NO_DATA_HEX));
    expect(v.colorOf('TH-41')).toEqual(hexToRgba(bivariateColor(2, 2)));
  });

  it('lists nine cells, top row (y high) first, each with its colour and provinces', () => {
    const v = bivariateView(file, ['x', 'y'], 2019)!;
    expect(v.cells.map((c) => c.key)).toEqual(['0-2', '1-2', '2-2', '0-1', '1-1', '2-1', '0-0', '1-0', '2-0']);
    for (const cell of v.cells) {
      expect(cell.color).toBe(bivariateColor(cell.x, cell.y));
      for (const c of cell.codes) expect(v.cellOf.get(c)).toBe(cell);
    }
    expect(v.cells.reduce((n, c) => n + c.codes.length, 0) + v.missing.length).toBe(codes.length);
  });

  it('uses the years and values the scatter plot uses', () => {
    for (const year of [null, 2019, 2020, 2030]) {
      const v = bivariateView(file, ['x', 'y'], year)!;
      const s = scatterAxes(file, ['x', 'y'], year, indicatorLookup(file))!;
      expect([v.x.year, v.y.year]).toEqual([s.x.year, s.y.year]);
      expect([...v.x.values]).toEqual([...s.x.values]);
    }
  });

  it('is memoised on the pair and year', () => {
    const doc = { ...defaultDoc('en'), scatter: ['x', 'y'] as [string, string] };
    expect(bivariateViewOf(file, doc)).toBe(bivariateViewOf(file, { ...doc }));
    expect(bivariateViewOf(file, { ...doc, year: 2019 })).not.toBe(bivariateViewOf(file, doc));
  });

  it('on the shipped data: GPP per head (2020) × HAI (2021), 77 provinces, 10 high in both', () => {
    const shipped = readShipped<IndicatorsFile>('indicators.json');
    const v = bivariateView(shipped, ['gpp-per-capita', 'hai'], null)!;
    expect([v.x.year, v.y.year]).toEqual([2020, 2021]);
    expect(v.missing).toEqual([]);
    const count = (k: string) => v.cells.find((c) => c.key === k)?.codes.length;
    expect(['0-0', '2-2', '2-0', '0-2', '1-1'].map(count)).toEqual([10, 10, 8, 7, 10]);
    expect(v.cellOf.get('TH-10')?.key).toBe('2-2');
    // Tertiles: each class of x holds about a third.
    for (const xi of [0, 1, 2]) {
      const n = v.cells.filter((c) => c.x === xi).reduce((s, c) => s + c.codes.length, 0);
      expect(n).toBeGreaterThanOrEqual(25);
      expect(n).toBeLessThanOrEqual(26);
    }
  });
});
