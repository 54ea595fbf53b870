import { describe, expect, it } from 'vitest';
import { MAX_SERIES, SERIES_COLOURS, timeSeriesData, timeSeriesLayout } from '../../../src/charts/timeseries/timeSeriesLayout';
import { indicatorLookup } from '../../../src/state/indicatorView';
import { CHART_CODES, makeIndicator, makeIndicatorsFile } from '../../fixtures/indicators';

const at = (i: number, v: number | null) => CHART_CODES.map((_, k) => (k === i ? v : 0.5 + k / 100));
// TH-10 (index 0) has no value in 2017; TH-95 (last) only in 2015.
const last = CHART_CODES.length - 1;
const series = makeIndicator(
  'hai',
  {
    2015: at(0, 0.6),
    2016: at(0, 0.62).map((v, k) => (k === last ? null : v)),
    2017: at(0, null).map((v, k) => (k === last ? null : v)),
    2018: at(0, 0.66).map((v, k) => (k === last ? null : v)),
  },
  { national: { '2015': 0.55, '2016': 0.56, '2017': 0.57, '2018': 0.58 } },
);
const single = makeIndicator('schools', { 2022: at(0, 3) }, { unit: 'count', aggregation: { kind: 'sum' } });
const file = makeIndicatorsFile(CHART_CODES, [series, single]);
const byId = indicatorLookup(file);
const labelOf = (c: string) => `P ${c}`;

describe('timeSeriesData', () => {
  it('takes values by year in selection order, with distinct colours, and the national line', () => {
    const d = timeSeriesData(file, series, ['TH-95', 'TH-10'], labelOf, byId);
    expect(d.years).toEqual([2015, 2016, 2017, 2018]);
    expect(d.series.map((s) => s.code)).toEqual(['TH-95', 'TH-10']);
    expect(d.series[1]?.values).toEqual([0.6, 0.62, null, 0.66]);
    expect(new Set(d.series.map((s) => s.color)).size).toBe(2);
    expect(d.national).toEqual([0.55, 0.56, 0.57, 0.58]);
    expect(timeSeriesData(file, series, [], labelOf, null).national).toEqual([null, null, null, null]);
  });

  it('draws at most MAX_SERIES lines and counts the rest', () => {
    const d = timeSeriesData(file, series, CHART_CODES, labelOf, byId);
    expect(d.series).toHaveLength(MAX_SERIES);
    expect(d.hidden).toBe(CHART_CODES.length - MAX_SERIES);
    expect(d.series.map((s) => s.color)).toEqual([...SERIES_COLOURS]);
  });
});

describe('timeSeriesLayout', () => {
  const d = timeSeriesData(file, series, ['TH-10', 'TH-95', 'TH-12'], labelOf, byId);
  const layout = timeSeriesLayout(d, { width: 400, height: 220 }, { currentYear: 2017 });
  if (layout.kind !== 'chart') throw new Error('expected a chart');

  it('breaks a line where a year is missing', () => {
    const bkk = layout.lines[0]!;
    expect(bkk.d.match(/M/g)).toHaveLength(2);
    expect(bkk.points.map((p) => p.year)).toEqual([2015, 2016, 2018]);
    const full = layout.lines[2]!;
    expect(full.d.match(/M/g)).toHaveLength(1);
  });

  it('keeps a single-year series visible as a point and labels it at the end', () => {
    const yala = layout.lines[1]!;
    expect(yala.points).toHaveLength(1);
    expect(yala.labelAt).not.toBeNull();
  });

  it('draws the national line, labels the line ends apart, and marks the current year', () => {
    expect(layout.national?.points).toHaveLength(4);
    const ys = [...layout.lines, layout.national!].map((l) => l.labelAt!.y).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(11 * 1.4 - 0.5);
    expect(layout.current?.year).toBe(2017);
    const x15 = layout.national!.points[0]!.x;
    const x18 = layout.national!.points[3]!.x;
    expect(layout.current!.x).toBeCloseTo(x15 + ((x18 - x15) * 2) / 3, 6);
  });

  it('shows a message instead of a chart for a single-year indicator', () => {
    const one = timeSeriesData(file, single, ['TH-10'], labelOf, null);
    expect(timeSeriesLayout(one, { width: 400, height: 220 })).toEqual({ kind: 'single-year', year: 2022 });
  });
});
