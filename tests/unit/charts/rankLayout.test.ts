import { describe, expect, it } from 'vitest';
import { provinceRows } from '../../../src/charts/chartRows';
import { barsInRange, rankLayout } from '../../../src/charts/rank/rankLayout';
import type { ProvinceCode } from '../../../src/data/types';
import { makeChartProvinces } from '../../fixtures/indicators';

const provinces = makeChartProvinces();
const marks = { pilots: new Set<ProvinceCode>(['TH-56', 'TH-95']), learningCities: new Set<ProvinceCode>(['TH-50', 'TH-95']) };

function rowsOf(values: Record<string, number>) {
  return provinceRows(provinces, new Map(Object.entries(values)) as Map<ProvinceCode, number>, 'en', marks);
}

describe('rankLayout', () => {
  const values = { 'TH-10': 0.68, 'TH-12': 0.65, 'TH-20': 0.62, 'TH-21': 0.62, 'TH-40': 0.6, 'TH-50': 0.61, 'TH-56': 0.55, 'TH-90': 0.59, 'TH-95': 0.5 };
  const layout = rankLayout(rowsOf(values), 400, { national: 0.6 });

  it('sorts bars by value, highest first, and breaks ties by code', () => {
    expect(layout.bars.map((b) => b.code)).toEqual(['TH-10', 'TH-12', 'TH-20', 'TH-21', 'TH-50', 'TH-40', 'TH-90', 'TH-56', 'TH-95']);
    // Rows are stacked top to bottom in that order.
    const ys = layout.bars.map((b) => b.y);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
  });

  it('keeps the tie stable whatever the input order', () => {
    const reversed = rankLayout([...rowsOf(values)].reverse(), 400);
    expect(reversed.bars.map((b) => b.code)).toEqual(layout.bars.map((b) => b.code));
  });

  it('gives tied provinces the same (better) rank', () => {
    const rank = (code: string) => layout.bars.find((b) => b.code === code)?.rank;
    expect(rank('TH-20')).toBe(3);
    expect(rank('TH-21')).toBe(3);
    expect(rank('TH-50')).toBe(5);
  });

  it('lists provinces without data after the bars, not as zero-length bars', () => {
    expect(layout.bars).toHaveLength(9);
    expect(layout.missing.map((m) => m.label)).toEqual(['Lamphun', 'Trang', 'Udon Thani']);
    const lastBar = layout.bars[layout.bars.length - 1];
    expect(layout.missing.every((m) => lastBar !== undefined && m.y > lastBar.y + lastBar.h)).toBe(true);
    expect(layout.missingHeadingY).not.toBeNull();
  });

  it('draws bars from zero with lengths proportional to the values', () => {
    const [a, b] = layout.bars;
    expect(a && b).toBeTruthy();
    expect(a!.x).toBeCloseTo(layout.plot.left);
    expect(a!.w / b!.w).toBeCloseTo(0.68 / 0.65, 5);
  });

  it('places the national line at the national value on the bars’ scale', () => {
    const first = layout.bars[0]!;
    expect(layout.national?.x).toBeCloseTo(first.x + (first.w * 0.6) / 0.68, 5);
    expect(rankLayout(rowsOf(values), 400).national).toBeNull();
  });

  it('grows with the number of provinces (the panel scrolls), about 14 px a row (12 px names, projector rule)', () => {
    expect(layout.height).toBeGreaterThan(12 * 14);
    expect(layout.plot.bottom - layout.plot.top).toBe(9 * 14);
  });

  it('ellipsises names that do not fit the label column, keeping the full name', () => {
    const narrow = rankLayout(rowsOf(values), 120);
    const bkk = narrow.bars.find((b) => b.code === 'TH-90');
    expect(bkk?.label).toBe('Songkhla');
    expect(narrow.labelX).toBeLessThanOrEqual(120 * 0.36 + 3);
    expect(narrow.bars.some((b) => b.shownLabel.endsWith('…'))).toBe(true);
  });

  it('finds the bars inside a vertical brush', () => {
    const [, second, third] = layout.bars;
    expect(barsInRange(layout, second!.y + 1, third!.y + 1)).toEqual([second!.code, third!.code]);
    expect(barsInRange(layout, 0, 1)).toEqual([]);
  });
});
