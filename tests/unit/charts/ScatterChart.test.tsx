// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { ScatterChart } from '../../../src/charts/scatter/ScatterChart';
import type { ProvinceCode } from '../../../src/data/types';
import { initialState, selectProvince, setHighlight, store, useAtlas } from '../../../src/state/store';
import { CHART_CODES, makeChartProvinces, makeIndicator, makeIndicatorsFile } from '../../fixtures/indicators';
import { focused, press, pressTab } from './keys';

const provinces = makeChartProvinces();
const ramp = (a: number, step: number) => CHART_CODES.map((_, i) => a + i * step);
const gpp = makeIndicator(
  'gpp',
  { 2019: ramp(100, 10), 2020: ramp(110, 10).map((v, i) => (i === 3 ? null : v)) },
  { unit: 'baht', decimals: 0, label: { en: 'GPP per head', th: 'ผลิตภัณฑ์ต่อหัว' } },
);
const hai = makeIndicator('hai', { 2021: ramp(0.5, 0.01).map((v, i) => (i === 5 ? null : v)) }, { label: { en: 'HAI', th: 'ดัชนี HAI' } });
const file = makeIndicatorsFile(CHART_CODES, [gpp, hai]);
const pilots = new Set<ProvinceCode>(['TH-56']);
const learningCities = new Set<ProvinceCode>(['TH-50']);

/** The chart with its axes read from the store, as ChartsPanel wires it. */
function Wired({ lang, year }: { lang: 'en' | 'th'; year: number | null }) {
  const axes = useAtlas((s) => s.doc.scatter);
  return (
    <ScatterChart file={file} provinces={provinces} lang={lang} axes={axes} year={year} pilots={pilots} learningCities={learningCities} width={380} height={320} />
  );
}

function renderChart(lang: 'en' | 'th' = 'en', year: number | null = null) {
  return render(<Wired lang={lang} year={year} />);
}
const point = (code: string) => document.querySelector(`svg[data-chart="scatter"] .marks [data-code="${code}"]`);

beforeEach(() => {
  store.setState(initialState('en'), true);
  store.setState((s) => ({ doc: { ...s.doc, scatter: ['gpp', 'hai'] } }));
});
afterEach(cleanup);

describe('ScatterChart', () => {
  it('draws a point for each province with both values, a triangle for pilots and a ring for learning cities', () => {
    renderChart();
    const svg = document.querySelector('svg[data-chart="scatter"]')!;
    const marks = svg.querySelectorAll('.marks [data-code]');
    expect(marks).toHaveLength(CHART_CODES.length - 2);
    expect(point('TH-21')).toBeNull(); // no GPP in 2020
    expect(point('TH-41')).toBeNull(); // no HAI
    expect(point('TH-56')?.querySelector('.point[data-shape="pilot"]')).not.toBeNull();
    expect(point('TH-50')?.querySelector('.glyph-ring:not([display="none"])')).not.toBeNull();
    expect(point('TH-10')?.querySelector('.glyph-ring:not([display="none"])')).toBeNull();
    expect(point('TH-10')?.querySelector('.point[data-shape="disc"]')).not.toBeNull();
  });

  it('titles the axes with indicator, unit and year, and names each point', () => {
    renderChart();
    expect(screen.getByText('GPP per head (baht), 2020')).toBeTruthy();
    expect(screen.getByText('HAI, 2021')).toBeTruthy();
    expect(screen.getByRole('option', { name: 'Bangkok: GPP per head 110 baht; HAI 0.500' })).toBeTruthy();
  });

  it('uses the years nearest the atlas year', () => {
    renderChart('en', 2018);
    expect(screen.getByText('GPP per head (baht), 2019')).toBeTruthy();
    // TH-21 has GPP in 2019, so it is drawn now.
    expect(point('TH-21')).not.toBeNull();
  });

  it('lists the indicators in the pickers and sets the axes in the store', () => {
    renderChart('th');
    const x = screen.getByRole('combobox', { name: 'แกนนอน' }) as HTMLSelectElement;
    expect([...x.options].map((o) => o.textContent)).toEqual(['ผลิตภัณฑ์ต่อหัว', 'ดัชนี HAI']);
    fireEvent.change(x, { target: { value: 'hai' } });
    expect(store.getState().doc.scatter).toEqual(['hai', 'hai']);
    fireEvent.change(screen.getByRole('combobox', { name: 'แกนตั้ง' }), { target: { value: 'gpp' } });
    expect(store.getState().doc.scatter).toEqual(['hai', 'gpp']);
  });

  it('hovers and selects through the store and shows the states, with a label on top', () => {
    renderChart();
    fireEvent.mouseOver(point('TH-12')!.querySelector('.point')!);
    expect(store.getState().session.hover).toBe('TH-12');
    expect(point('TH-12')?.classList.contains('is-hovered')).toBe(true);
    fireEvent.click(point('TH-12')!.querySelector('.point')!);
    expect(store.getState().doc.province).toEqual(['TH-12']);
    expect(point('TH-12')?.classList.contains('is-selected')).toBe(true);
    expect(document.querySelector('.marks-on-top .point-label')?.textContent).toBe('Nonthaburi');
    act(() => selectProvince('TH-12'));
    expect(point('TH-12')?.classList.contains('is-selected')).toBe(false);
  });

  it('dims points outside a highlight', () => {
    renderChart();
    act(() => setHighlight('brush', ['TH-10']));
    expect(point('TH-10')?.classList.contains('is-highlighted')).toBe(true);
    expect(point('TH-12')?.classList.contains('is-dimmed')).toBe(true);
  });

  it('describes the relation in its text alternative', () => {
    renderChart();
    const desc = document.querySelector('svg[data-chart="scatter"] desc')?.textContent;
    expect(desc).toBe('HAI, 2021 against GPP per head (baht), 2020: 10 provinces with both values; correlation r = 1.00.');
  });
});

describe('ScatterChart from the keyboard', () => {
  // A falling y, so the order along y differs from the order along x.
  const falling = makeIndicator('falling', { 2021: ramp(50, -2) }, { decimals: 0, label: { en: 'Falling', th: 'ลดลง' } });
  const file3 = makeIndicatorsFile(CHART_CODES, [gpp, hai, falling]);
  const renderFalling = () =>
    render(<ScatterChart file={file3} provinces={provinces} lang="en" axes={['gpp', 'falling']} year={null} pilots={pilots} learningCities={learningCities} width={380} height={320} />);
  const hover = () => store.getState().session.hover;

  it('is one tab stop after the axis pickers; ← → follow x, ↑ ↓ follow y', () => {
    renderFalling();
    expect(document.querySelectorAll('svg[data-chart="scatter"] [tabindex="0"]')).toHaveLength(1);
    pressTab(); // x picker
    pressTab(); // y picker
    expect(pressTab()).toBe(point('TH-10'));
    expect(hover()).toBe('TH-10');
    press('ArrowRight');
    press('ArrowRight');
    expect(focused()).toBe(point('TH-20'));
    expect(hover()).toBe('TH-20');
    // y falls as x rises: up is back towards the left.
    press('ArrowUp');
    expect(focused()).toBe(point('TH-12'));
    press('ArrowDown');
    press('ArrowDown');
    expect(focused()).toBe(point('TH-40'));
    expect(focused()?.getAttribute('aria-label')).toBe('Khon Kaen: GPP per head 150 baht; Falling 42');
    press('End');
    expect(focused()).toBe(point('TH-95'));
    expect(document.querySelector('svg[data-chart="scatter"] .focus-ring circle.focus-line')).not.toBeNull();
  });

  it('Enter selects (the point gets its label), Escape leaves the points and clears the hover', () => {
    renderChart();
    pressTab();
    pressTab();
    pressTab();
    press('ArrowRight');
    press('Enter');
    expect(store.getState().doc.province).toEqual(['TH-12']);
    expect(point('TH-12')?.getAttribute('aria-selected')).toBe('true');
    expect(document.querySelector('.chart-readout')?.textContent).toBe('Nonthaburi: GPP per head 120 baht; HAI 0.510');
    press('Escape');
    expect(hover()).toBeNull();
    expect(focused()).toBe(document.querySelector('svg[data-chart="scatter"]'));
    // The readout falls back to the selection.
    expect(document.querySelector('.chart-readout')?.textContent).toBe('Nonthaburi: GPP per head 120 baht; HAI 0.510');
  });
});
