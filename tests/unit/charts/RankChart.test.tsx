// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { RankChart } from '../../../src/charts/rank/RankChart';
import type { ProvinceCode } from '../../../src/data/types';
import { defaultDoc } from '../../../src/state/doc';
import { indicatorViewOf } from '../../../src/state/indicatorView';
import { hoverProvince, initialState, selectProvince, setHighlight, store } from '../../../src/state/store';
import { CHART_CODES, makeChartProvinces, makeIndicator, makeIndicatorsFile } from '../../fixtures/indicators';

const provinces = makeChartProvinces();
// TH-10 … TH-95; TH-41 and TH-92 have no data.
const file = makeIndicatorsFile(CHART_CODES, [
  makeIndicator('hai', { 2021: [0.68, 0.65, 0.62, 0.62, 0.6, null, 0.61, 0.57, 0.55, 0.59, null, 0.5] }, { national: { '2021': 0.6 } }),
]);
const view = indicatorViewOf(file, { ...defaultDoc('en'), indicator: 'hai' })!;
const pilots = new Set<ProvinceCode>(['TH-56', 'TH-95']);
const learningCities = new Set<ProvinceCode>(['TH-50', 'TH-95']);

function renderChart(lang: 'en' | 'th' = 'en') {
  return render(<RankChart view={view} provinces={provinces} lang={lang} pilots={pilots} learningCities={learningCities} width={400} />);
}

const row = (code: string) => document.querySelector(`svg[data-chart="rank"] [data-code="${code}"]`) as SVGGElement;

beforeEach(() => store.setState(initialState('en'), true));
afterEach(cleanup);

describe('RankChart', () => {
  it('draws one bar per province with data, highest first, then the no-data list', () => {
    renderChart();
    const svg = document.querySelector('svg[data-chart="rank"]') as SVGSVGElement;
    const [bars, missing] = within(svg as unknown as HTMLElement).getAllByRole('list');
    const items = within(bars!).getAllByRole('listitem');
    expect(items).toHaveLength(10);
    expect(items.map((i) => i.getAttribute('data-code'))).toEqual(['TH-10', 'TH-12', 'TH-20', 'TH-21', 'TH-50', 'TH-40', 'TH-90', 'TH-51', 'TH-56', 'TH-95']);
    expect(svg.querySelectorAll('rect.rank-bar')).toHaveLength(10);
    const noData = within(missing!).getAllByRole('listitem');
    expect(noData.map((i) => i.getAttribute('data-code'))).toEqual(['TH-92', 'TH-41']);
    expect(noData.every((i) => i.querySelector('rect.rank-bar') === null)).toBe(true);
    expect(screen.getByText('No data (2)')).toBeTruthy();
  });

  it('names every mark, with rank, value and the pilot / learning-city notes', () => {
    renderChart();
    expect(screen.getByRole('listitem', { name: '1. Bangkok: 0.680' })).toBeTruthy();
    expect(screen.getByRole('listitem', { name: '10. Yala: 0.500, EEF pilot, UNESCO learning city' })).toBeTruthy();
    expect(row('TH-95').querySelector('.glyph-pilot')).not.toBeNull();
    expect(row('TH-95').querySelector('.glyph-lc')).not.toBeNull();
    expect(row('TH-10').querySelector('.glyph')).toBeNull();
  });

  it('uses the map colours for the bars', () => {
    renderChart();
    for (const code of ['TH-10', 'TH-95'] as const) {
      expect(row(code).querySelector('rect.rank-bar')?.getAttribute('fill')).toBe(view.hexOf(code));
    }
  });

  it('draws and labels the national reference line, and describes the chart', () => {
    renderChart();
    expect(screen.getByText('Thailand 0.600')).toBeTruthy();
    const svg = screen.getByRole('group', { name: /Provinces ranked: Test indicator hai, 2021/ });
    expect(svg.querySelector('desc')?.textContent).toBe(
      'Test indicator hai, 2021: highest Bangkok 0.680, lowest Yala 0.500; 10 provinces ranked. Thailand: 0.600. 2 provinces have no data.',
    );
  });

  it('hovers, selects (additively with Shift) and shows both states as classes', () => {
    renderChart();
    fireEvent.mouseOver(row('TH-20').querySelector('rect')!);
    expect(store.getState().session.hover).toBe('TH-20');
    expect(row('TH-20').classList.contains('is-hovered')).toBe(true);
    fireEvent.click(row('TH-20').querySelector('rect')!);
    fireEvent.click(row('TH-41').querySelector('text')!, { shiftKey: true });
    expect(store.getState().doc.province).toEqual(['TH-20', 'TH-41']);
    expect(row('TH-20').classList.contains('is-selected')).toBe(true);
    expect(row('TH-41').classList.contains('is-selected')).toBe(true);
    fireEvent.mouseLeave(row('TH-20').parentElement!);
    expect(store.getState().session.hover).toBeNull();
  });

  it('dims what is outside a highlight and follows store changes made elsewhere', () => {
    renderChart();
    act(() => setHighlight('legend', ['TH-10', 'TH-12']));
    expect(row('TH-10').classList.contains('is-highlighted')).toBe(true);
    expect(row('TH-20').classList.contains('is-dimmed')).toBe(true);
    act(() => {
      setHighlight('legend', null);
      hoverProvince('TH-56');
      selectProvince('TH-95');
    });
    expect(row('TH-20').classList.contains('is-dimmed')).toBe(false);
    expect(row('TH-56').classList.contains('is-hovered')).toBe(true);
    expect(row('TH-95').classList.contains('is-selected')).toBe(true);
  });

  it('shows Thai names and Thai strings in Thai', () => {
    renderChart('th');
    expect(screen.getByRole('listitem', { name: '1. กรุงเทพมหานคร: 0.680' })).toBeTruthy();
    expect(screen.getByText('ไม่มีข้อมูล (2 จังหวัด)')).toBeTruthy();
  });

  it('attaches the brush to its own group and removes it on unmount', () => {
    const { unmount } = renderChart();
    const brush = document.querySelector('svg[data-chart="rank"] g.brush')!;
    expect(brush.querySelector('rect.overlay')).not.toBeNull();
    unmount();
    expect(brush.childElementCount).toBe(0);
  });
});
