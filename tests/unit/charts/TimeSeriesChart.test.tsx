// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { TimeSeriesChart } from '../../../src/charts/timeseries/TimeSeriesChart';
import { SERIES_COLOURS } from '../../../src/charts/timeseries/timeSeriesLayout';
import { defaultDoc } from '../../../src/state/doc';
import { indicatorViewOf } from '../../../src/state/indicatorView';
import { initialState, selectProvince, store } from '../../../src/state/store';
import { CHART_CODES, makeChartProvinces, makeIndicator, makeIndicatorsFile } from '../../fixtures/indicators';
import { focused, press, pressTab } from './keys';

const provinces = makeChartProvinces();
const row = (base: number) => CHART_CODES.map((_, i) => base + i / 100);
const hai = makeIndicator(
  'hai',
  { 2019: row(0.5), 2020: row(0.52).map((v, i) => (i === 0 ? null : v)), 2021: row(0.54) },
  { national: { '2019': 0.55, '2020': 0.56, '2021': 0.57 }, label: { en: 'HAI', th: 'ดัชนี HAI' } },
);
const schools = makeIndicator('schools', { 2022: row(100) }, { unit: 'count', aggregation: { kind: 'sum' } });
const file = makeIndicatorsFile(CHART_CODES, [hai, schools]);
const viewOf = (indicator: string, year: number | null = null) => indicatorViewOf(file, { ...defaultDoc('en'), indicator, year })!;

function renderChart(indicator = 'hai', lang: 'en' | 'th' = 'en', year: number | null = null) {
  return render(<TimeSeriesChart view={viewOf(indicator, year)} file={file} provinces={provinces} lang={lang} width={400} height={220} />);
}
const series = () => [...document.querySelectorAll('svg[data-chart="timeseries"] .ts-series')];

beforeEach(() => store.setState(initialState('en'), true));
afterEach(cleanup);

describe('TimeSeriesChart', () => {
  it('with nothing selected, shows the national line and a hint', () => {
    renderChart();
    expect(series()).toHaveLength(0);
    expect(document.querySelector('svg[data-chart="timeseries"] .national path.line')).not.toBeNull();
    expect(screen.getByText('Select provinces to compare')).toBeTruthy();
  });

  it('draws one line per selected province, in selection order, with colours and end labels', () => {
    act(() => {
      selectProvince('TH-95');
      selectProvince('TH-10', true);
    });
    renderChart();
    expect(series().map((g) => g.getAttribute('data-code'))).toEqual(['TH-95', 'TH-10']);
    expect(series().map((g) => g.querySelector('path.line')?.getAttribute('stroke'))).toEqual([SERIES_COLOURS[0], SERIES_COLOURS[1]]);
    expect(screen.getByText('Yala')).toBeTruthy();
    expect(screen.getByText('Thailand')).toBeTruthy();
    // Bangkok has no 2020 value: its line has two pieces and two dots.
    const bkk = series()[1]!;
    expect(bkk.querySelector('path.line')?.getAttribute('d')?.match(/M/g)).toHaveLength(2);
    expect(bkk.querySelectorAll('circle.dot')).toHaveLength(2);
    expect(screen.queryByText('Select provinces to compare')).toBeNull();
  });

  it('marks the year shown on the map', () => {
    renderChart('hai', 'en', 2020);
    expect(document.querySelector('.current-year title')?.textContent).toBe('Year shown on the map: 2020');
  });

  it('hovers, selects and shows the states', () => {
    act(() => selectProvince('TH-12'));
    renderChart();
    const line = series()[0]!;
    fireEvent.mouseOver(line.querySelector('path.hit')!);
    expect(store.getState().session.hover).toBe('TH-12');
    expect(line.classList.contains('is-hovered')).toBe(true);
    expect(line.classList.contains('is-selected')).toBe(true);
    fireEvent.click(line.querySelector('path.hit')!, { shiftKey: true });
    expect(store.getState().doc.province).toEqual([]);
  });

  it('uses Buddhist Era ticks and Thai text in Thai', () => {
    renderChart('hai', 'th');
    expect(screen.getByText('2562')).toBeTruthy();
    expect(screen.getByText('ปี พ.ศ.')).toBeTruthy();
    expect(screen.getByText('เลือกจังหวัดเพื่อเปรียบเทียบ')).toBeTruthy();
  });

  it('shows a message instead of a chart for a single-year indicator', () => {
    renderChart('schools');
    expect(document.querySelector('svg[data-chart="timeseries"]')).toBeNull();
    expect(screen.getByText('This indicator has one year of data (2022), so there is no trend to show.')).toBeTruthy();
  });
});

describe('TimeSeriesChart from the keyboard', () => {
  const hover = () => store.getState().session.hover;
  const pointOf = (key: string) => document.querySelector(`svg[data-chart="timeseries"] [data-key="${key}"]`);

  it('has no tab stop without lines', () => {
    renderChart();
    expect(document.querySelectorAll('svg[data-chart="timeseries"] [tabindex="0"]')).toHaveLength(0);
  });

  it('← → go through the years of a line, ↑ ↓ to the line above or below; the line is the hover', () => {
    act(() => {
      selectProvince('TH-95');
      selectProvince('TH-10', true);
    });
    renderChart();
    expect(document.querySelectorAll('svg[data-chart="timeseries"] [tabindex="0"]')).toHaveLength(1);
    expect(pressTab()).toBe(pointOf('TH-95@2019'));
    expect(hover()).toBe('TH-95');
    press('ArrowRight');
    expect(focused()).toBe(pointOf('TH-95@2020'));
    expect(focused()?.getAttribute('aria-label')).toBe('Yala, 2020: 0.630');
    // Bangkok is lower, and has no 2020 value: the nearest year (the earlier) stands in.
    press('ArrowDown');
    expect(focused()).toBe(pointOf('TH-10@2019'));
    expect(hover()).toBe('TH-10');
    press('End');
    expect(focused()).toBe(pointOf('TH-10@2021'));
    press('ArrowUp');
    expect(focused()).toBe(pointOf('TH-95@2021'));
  });

  it('Enter works like a click on the line; when the line goes, focus stays in the chart', () => {
    act(() => {
      selectProvince('TH-95');
      selectProvince('TH-10', true);
    });
    renderChart();
    pressTab();
    press('ArrowDown');
    press('Enter'); // keeps only Bangkok
    expect(store.getState().doc.province).toEqual(['TH-10']);
    expect(focused()).toBe(pointOf('TH-10@2019'));
    press('Enter'); // deselects Bangkok: its line goes
    expect(store.getState().doc.province).toEqual([]);
    expect(focused()).toBe(document.querySelector('svg[data-chart="timeseries"]'));
    expect(hover()).toBeNull();
  });
});
