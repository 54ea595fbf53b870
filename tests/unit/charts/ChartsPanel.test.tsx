// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StrictMode } from 'react';
import { act, cleanup, render, screen } from '@testing-library/react';
import { ChartsPanel } from '../../../src/charts/ChartsPanel';
import { approxMeasure } from '../../../src/charts/text';
import type { AtlasData } from '../../../src/data/atlasData';
import { buildProvinceIndex } from '../../../src/data/provinceMatch';
import type { ProvinceCode } from '../../../src/data/types';
import { hoverProvince, initialState, selectProvince, setLang, store } from '../../../src/state/store';
import { CHART_CODES, makeChartProvinces, makeIndicator, makeIndicatorsFile } from '../../fixtures/indicators';
import { press } from './keys';

const provinces = makeChartProvinces();
// Only what the charts read of AtlasData (no geometry needed).
const data = { provinces, index: buildProvinceIndex(provinces) } as unknown as AtlasData;
const row = (base: number) => CHART_CODES.map((_, i) => base + i / 100);
const file = makeIndicatorsFile(CHART_CODES, [
  makeIndicator('hai', { 2020: row(0.5), 2021: row(0.52) }, { national: { '2020': 0.55, '2021': 0.56 }, label: { en: 'HAI', th: 'ดัชนี HAI' } }),
  makeIndicator('gpp-per-capita', { 2020: row(100_000).map((v, i) => v * (i + 1)) }, { unit: 'baht', decimals: 0 }),
]);
const pilots = new Set<ProvinceCode>(['TH-56']);
const learningCities = new Set<ProvinceCode>(['TH-50']);

function renderPanel() {
  return render(
    <StrictMode>
      <ChartsPanel data={data} file={file} pilots={pilots} learningCities={learningCities} width={400} measureText={approxMeasure} />
    </StrictMode>,
  );
}

beforeEach(() => store.setState(initialState('en'), true));
afterEach(cleanup);

describe('ChartsPanel', () => {
  it('composes the four charts under headings, each SVG tagged and described', () => {
    renderPanel();
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Distribution by region',
      'Change over time',
      'Two indicators compared',
      'Provinces ranked',
    ]);
    const charts = [...document.querySelectorAll('svg[data-chart]')].map((s) => s.getAttribute('data-chart'));
    expect(charts).toEqual(['regions', 'timeseries', 'scatter', 'rank']);
    for (const svg of document.querySelectorAll('svg[data-chart]')) {
      expect(svg.querySelector('title')?.textContent).toBeTruthy();
      expect(svg.querySelector('desc')?.textContent).toBeTruthy();
    }
    expect(document.querySelector('svg[data-chart="rank"] desc')?.textContent).toMatch(/^HAI, 2021: highest Yala 0\.630, lowest Bangkok 0\.520/);
  });

  it('marks atlas:charts-ready once, even under StrictMode, re-renders and remounts', async () => {
    // A fresh module instance: the "already marked" flag lives at module level on purpose.
    vi.resetModules();
    const fresh = await import('../../../src/charts/ChartsPanel');
    const freshStore = await import('../../../src/state/store');
    const mark = vi.spyOn(performance, 'mark');
    const panel = () => (
      <StrictMode>
        <fresh.ChartsPanel data={data} file={file} pilots={pilots} learningCities={learningCities} width={400} measureText={approxMeasure} />
      </StrictMode>
    );
    render(panel());
    act(() => freshStore.hoverProvince('TH-10'));
    cleanup();
    render(panel());
    expect(mark.mock.calls.filter(([name]) => name === 'atlas:charts-ready')).toHaveLength(1);
    mark.mockRestore();
  });

  it('re-renders in the other language', () => {
    renderPanel();
    act(() => setLang('th'));
    expect(screen.getByRole('heading', { name: 'อันดับจังหวัด' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'แผนภูมิที่เชื่อมโยงกัน' })).toBeTruthy();
  });

  it('a hover changes classes without recomputing layouts', () => {
    renderPanel();
    const before = document.querySelector('svg[data-chart="rank"] [data-code="TH-10"] rect');
    act(() => hoverProvince('TH-10'));
    const after = document.querySelector('svg[data-chart="rank"] [data-code="TH-10"] rect');
    expect(after).toBe(before);
    expect(document.querySelectorAll('.is-hovered[data-code="TH-10"]').length).toBeGreaterThanOrEqual(3);
  });

  it('gives each chart one tab stop, on the selected province, and a focused mark lights it up everywhere', () => {
    act(() => selectProvince('TH-12'));
    renderPanel();
    const stops = [...document.querySelectorAll('svg[data-chart] [tabindex="0"]')].map((el) => [el.closest('svg')?.getAttribute('data-chart'), el.getAttribute('data-key') ?? el.getAttribute('data-code')]);
    expect(stops).toEqual([
      ['regions', 'TH-12'],
      ['timeseries', 'TH-12@2020'],
      ['scatter', 'TH-12'],
      ['rank', 'TH-12'],
    ]);
    act(() => (document.querySelector('svg[data-chart="rank"] [tabindex="0"]') as SVGElement).focus());
    press('ArrowUp');
    const code = store.getState().session.hover;
    expect(code).not.toBeNull();
    expect(code).not.toBe('TH-12');
    // The bar, the region dot and the scatter point of that province all show the hover.
    expect(document.querySelectorAll(`.is-hovered[data-code="${code}"]`)).toHaveLength(3);
  });
});
