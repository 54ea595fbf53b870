import { describe, expect, it } from 'vitest';
import { indicatorLookup } from '../../../src/state/indicatorView';
import { placeLabels } from '../../../src/charts/scatter/placeLabels';
import { pearson, pointsInRect, scatterAxes, scatterLayout, scatterRows } from '../../../src/charts/scatter/scatterLayout';
import type { ProvinceCode } from '../../../src/data/types';
import { CHART_CODES, makeChartProvinces, makeIndicator, makeIndicatorsFile } from '../../fixtures/indicators';

const provinces = makeChartProvinces();
const n = CHART_CODES.length;
const ramp = (a: number, step: number) => CHART_CODES.map((_, i) => a + i * step);
// x has 2016, 2018, 2020; y has 2019 and 2021. TH-12 lacks x in 2020; TH-20 lacks y in 2021.
const xInd = makeIndicator('x', {
  2016: ramp(10, 1),
  2018: ramp(20, 1),
  2020: ramp(30, 2).map((v, i) => (i === 1 ? null : v)),
});
const yInd = makeIndicator('y', { 2019: ramp(0.5, 0.01), 2021: ramp(0.6, 0.01).map((v, i) => (i === 2 ? null : v)) });
const file = makeIndicatorsFile(CHART_CODES, [xInd, yInd]);
const byId = indicatorLookup(file);
const noMarks = { pilots: new Set<ProvinceCode>(), learningCities: new Set<ProvinceCode>() };

describe('scatterAxes', () => {
  it('takes each indicator at the year nearest the requested one', () => {
    const axes = scatterAxes(file, ['x', 'y'], 2019, byId)!;
    expect(axes.x.year).toBe(2020); // 2018 and 2020 tie; the later wins (resolveYear)
    expect(axes.y.year).toBe(2019);
    const early = scatterAxes(file, ['x', 'y'], 2017, byId)!;
    expect([early.x.year, early.y.year]).toEqual([2018, 2019]);
  });

  it('uses each indicator’s latest year when no year is set', () => {
    const axes = scatterAxes(file, ['x', 'y'], null, byId)!;
    expect([axes.x.year, axes.y.year]).toEqual([2020, 2021]);
  });

  it('falls back to the catalogue’s indicators for unknown ids', () => {
    const axes = scatterAxes(file, ['nope', 'gone'], null, byId)!;
    expect([axes.x.indicator.id, axes.y.indicator.id]).toEqual(['x', 'y']);
    const empty = makeIndicatorsFile(CHART_CODES, []);
    expect(scatterAxes(empty, ['x', 'y'], null, indicatorLookup(empty))).toBeNull();
  });
});

describe('scatterLayout', () => {
  const axes = scatterAxes(file, ['x', 'y'], null, byId)!;
  const rows = scatterRows(provinces, axes.x.values, axes.y.values, 'en', noMarks);
  const layout = scatterLayout(rows, { width: 400, height: 340 }, { xTitle: 'X', yTitle: 'Y' });

  it('draws a point only where both values exist', () => {
    expect(layout.points).toHaveLength(n - 2);
    expect(layout.points.map((p) => p.code)).not.toContain('TH-12');
    expect(layout.points.map((p) => p.code)).not.toContain('TH-20');
    expect(layout.omitted).toBe(2);
  });

  it('maps larger values right and up, inside the plot', () => {
    const [a, b] = [layout.points[0]!, layout.points[layout.points.length - 1]!];
    expect(b.px).toBeGreaterThan(a.px);
    expect(b.py).toBeLessThan(a.py);
    for (const p of layout.points) {
      expect(p.px).toBeGreaterThanOrEqual(layout.plot.left);
      expect(p.px).toBeLessThanOrEqual(layout.plot.right);
      expect(p.py).toBeGreaterThanOrEqual(layout.plot.top);
      expect(p.py).toBeLessThanOrEqual(layout.plot.bottom);
    }
  });

  it('reports the correlation (a perfect line here)', () => {
    expect(layout.r).toBeCloseTo(1, 10);
    expect(pearson([1, 2], [1, 2])).toBeNull();
    expect(pearson([1, 1, 1], [1, 2, 3])).toBeNull();
  });

  it('switches an axis to log for positive, strongly skewed values, and says so in its title', () => {
    const skewed = rows.map((r, i) => ({ ...r, x: r.x === null ? null : i === 0 ? 5_000_000 : 100_000 + i * 20_000 }));
    const l = scatterLayout(skewed, { width: 400, height: 340 }, { xTitle: 'Population', logLabel: 'log scale' });
    expect(l.xKind).toBe('log');
    expect(l.yKind).toBe('linear');
    expect(l.xTitle.lines.join(' ')).toContain('log scale');
  });

  it('finds the points inside a brushed rectangle', () => {
    const p = layout.points[3]!;
    expect(pointsInRect(layout, p.px - 1, p.py - 1, p.px + 1, p.py + 1)).toEqual([p.code]);
    expect(pointsInRect(layout, layout.plot.right, layout.plot.bottom, layout.plot.left, layout.plot.top)).toHaveLength(n - 2);
  });

  it('places point labels so they do not overlap each other', () => {
    const anchors = [0, 1, 2].map((i) => ({ key: `k${i}`, x: 200, y: 150 + i * 4, text: 'Nakhon Ratchasima' }));
    const placed = placeLabels(anchors, layout.plot, 10);
    const keys = new Set(placed.map((p) => `${p.x},${p.y},${p.anchor}`));
    expect(keys.size).toBe(3);
  });
});
