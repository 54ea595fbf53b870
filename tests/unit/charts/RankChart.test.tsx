// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { RankChart } from '../../../src/charts/rank/RankChart';
import type { ProvinceCode } from '../../../src/data/types';
import { defaultDoc } from '../../../src/state/doc';
import { indicatorViewOf } from '../../../src/state/indicatorView';
import { hoverProvince, initialState, selectProvince, setHighlight, store } from '../../../src/state/store';
import { CHART_CODES, makeChartProvinces, makeIndicator, makeIndicatorsFile } from '../../fixtures/indicators';
import { focused, press, pressTab } from './keys';

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
/** Options in reading order: rows stay in province order in the DOM, aria-posinset gives the rank order. */
const inReadingOrder = (options: readonly Element[]) => {
  const places = options.map((o) => Number(o.getAttribute('aria-posinset')));
  expect([...places].sort((a, b) => a - b)).toEqual(places.map((_, i) => i + 1));
  return [...options].sort((a, b) => Number(a.getAttribute('aria-posinset')) - Number(b.getAttribute('aria-posinset')));
};
/** The y of a row's top: rows are placed by a translate. */
const rowTop = (el: Element) => Number(/translate\(0,([-\d.]+)\)/.exec(el.getAttribute('transform') ?? '')?.[1]);

beforeEach(() => store.setState(initialState('en'), true));
afterEach(cleanup);

describe('RankChart', () => {
  it('draws one bar per province with data, highest first, then the no-data list', () => {
    renderChart();
    const svg = document.querySelector('svg[data-chart="rank"]') as SVGSVGElement;
    // One listbox: the bars by rank, then a group of the provinces without data.
    const list = within(svg as unknown as HTMLElement).getByRole('listbox', { name: 'Provinces by rank' });
    const missing = within(list).getByRole('group', { name: 'No data (2)' });
    const items = within(list).getAllByRole('option').filter((o) => !missing.contains(o));
    expect(items).toHaveLength(10);
    const ranked = inReadingOrder(items);
    expect(ranked.map((i) => i.getAttribute('data-code'))).toEqual(['TH-10', 'TH-12', 'TH-20', 'TH-21', 'TH-50', 'TH-40', 'TH-90', 'TH-51', 'TH-56', 'TH-95']);
    // Drawn top to bottom in that order.
    const tops = ranked.map(rowTop);
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
    expect(svg.querySelectorAll('rect.rank-bar')).toHaveLength(10);
    const noData = inReadingOrder(within(missing).getAllByRole('option'));
    expect(noData.map((i) => i.getAttribute('data-code'))).toEqual(['TH-92', 'TH-41']);
    expect(noData.every((i) => i.querySelector('rect.rank-bar') === null)).toBe(true);
    expect(screen.getByText('No data (2)')).toBeTruthy();
  });

  it('names every mark, with rank, value and the pilot / learning-city notes', () => {
    renderChart();
    expect(screen.getByRole('option', { name: 'Bangkok: 0.680, rank 1' })).toBeTruthy();
    expect(screen.getByRole('option', { name: 'Yala: 0.500, rank 10, EEF pilot, UNESCO learning city' })).toBeTruthy();
    expect(screen.getByRole('option', { name: /^Udon Thani: / })).toBeTruthy();
    // The glyphs that apply, and no others.
    const shown = (code: string) => [...row(code).querySelectorAll('.glyph:not([display="none"])')].map((g) => g.getAttribute('class'));
    expect(shown('TH-95')).toEqual(['glyph glyph-pilot', 'glyph glyph-lc']);
    expect(shown('TH-10')).toEqual([]);
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
    expect(screen.getByRole('option', { name: 'กรุงเทพมหานคร: 0.680 อันดับ 1' })).toBeTruthy();
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

describe('RankChart from the keyboard', () => {
  const hover = () => store.getState().session.hover;

  it('is one tab stop: Tab lands on the first bar, the others are out of the tab order', () => {
    renderChart();
    const svg = document.querySelector('svg[data-chart="rank"]')!;
    expect(svg.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
    expect(svg.querySelectorAll('[role="option"][tabindex="-1"]')).toHaveLength(11);
    expect(pressTab()).toBe(row('TH-10'));
    expect(hover()).toBe('TH-10');
  });

  it('↓ twice focuses the third bar, which becomes the hover; Enter selects it, Shift+Enter adds', () => {
    renderChart();
    pressTab();
    press('ArrowDown');
    press('ArrowDown');
    expect(focused()).toBe(row('TH-20'));
    expect(focused()?.getAttribute('aria-label')).toBe('Chon Buri: 0.620, rank 3');
    expect(hover()).toBe('TH-20');
    expect(row('TH-20').classList.contains('is-hovered')).toBe(true);
    expect(row('TH-20').getAttribute('tabindex')).toBe('0');
    expect(row('TH-10').getAttribute('tabindex')).toBe('-1');
    press('Enter');
    expect(store.getState().doc.province).toEqual(['TH-20']);
    expect(row('TH-20').getAttribute('aria-selected')).toBe('true');
    press('ArrowUp');
    press(' ', { shiftKey: true });
    expect(store.getState().doc.province).toEqual(['TH-20', 'TH-12']);
  });

  it('keeps each province in its own element when a new year re-ranks the rows: focus stays, rows move', () => {
    // Synthetic: 2020 reverses the order of 2021, so every province changes rank.
    const twoYears = makeIndicatorsFile(CHART_CODES, [
      makeIndicator('hai', {
        2020: [0.5, 0.55, 0.57, 0.58, 0.59, null, 0.6, 0.61, 0.62, 0.64, null, 0.68],
        2021: [0.68, 0.65, 0.62, 0.62, 0.6, null, 0.61, 0.57, 0.55, 0.59, null, 0.5],
      }),
    ]);
    const at = (year: number) => indicatorViewOf(twoYears, { ...defaultDoc('en'), indicator: 'hai', year })!;
    const props = { provinces, lang: 'en' as const, pilots, learningCities, width: 400 };
    const { rerender } = render(<RankChart view={at(2021)} {...props} />);
    pressTab();
    press('ArrowDown');
    expect(focused()?.getAttribute('data-code')).toBe('TH-12');
    const element = focused()!;
    const label = element.querySelector('.rank-label');
    const domOrder = () => [...document.querySelectorAll('svg[data-chart="rank"] .rank-row')].map((r) => r.getAttribute('data-code'));
    const before = domOrder();
    const topBefore = rowTop(element);
    act(() => rerender(<RankChart view={at(2020)} {...props} />));
    // The same element, name and glyphs untouched, moved down and renamed with its new rank.
    expect(focused()).toBe(element);
    expect(element.querySelector('.rank-label')).toBe(label);
    expect(rowTop(element)).toBeGreaterThan(topBefore);
    expect(element.getAttribute('aria-label')).toMatch(/^Nonthaburi: 0\.550, rank \d+/);
    expect(element.getAttribute('aria-posinset')).toBe('9');
    // Nothing moved in the DOM; the reading order is the new ranking.
    expect(domOrder()).toEqual(before);
    const rows = inReadingOrder([...document.querySelectorAll('svg[data-chart="rank"] .rank-row:not(.is-missing)')]);
    expect(rows.map((r) => r.getAttribute('data-code')).slice(0, 2)).toEqual(['TH-95', 'TH-90']);
  });

  it('draws a focus ring around the focused row and names it in the readout', () => {
    renderChart();
    pressTab();
    press('ArrowDown');
    const ring = document.querySelector('svg[data-chart="rank"] .focus-ring rect.focus-line');
    expect(ring).not.toBeNull();
    const bar = row('TH-12').querySelector('rect.rank-bar')!;
    const barTop = rowTop(row('TH-12')) + Number(bar.getAttribute('y'));
    const top = Number(ring!.getAttribute('y'));
    expect(top).toBeLessThanOrEqual(barTop);
    expect(top + Number(ring!.getAttribute('height'))).toBeGreaterThanOrEqual(barTop + Number(bar.getAttribute('height')));
    expect(document.querySelector('.chart-readout')?.textContent).toBe('Nonthaburi: 0.650, rank 2');
  });

  it('draws no ring when a pointer put the focus there, until a key is pressed', () => {
    renderChart();
    fireEvent.pointerDown(row('TH-21'));
    act(() => row('TH-21').focus());
    expect(hover()).toBe('TH-21');
    expect(document.querySelector('.focus-ring')).toBeNull();
    press('ArrowDown');
    expect(focused()).toBe(row('TH-50'));
    expect(document.querySelector('.focus-ring')).not.toBeNull();
  });

  it('Home and End reach the first bar and the last province without data', () => {
    renderChart();
    pressTab();
    press('End');
    expect(focused()).toBe(row('TH-41'));
    press('ArrowUp');
    expect(focused()).toBe(row('TH-92'));
    press('Home');
    expect(focused()).toBe(row('TH-10'));
  });

  it('Escape leaves the bars for the chart, clears the hover and keeps the selection', () => {
    renderChart();
    act(() => selectProvince('TH-56'));
    const onWindowKey = vi.fn();
    window.addEventListener('keydown', onWindowKey);
    // With a selection, Tab lands on the selected bar.
    expect(pressTab()).toBe(row('TH-56'));
    press('Escape');
    window.removeEventListener('keydown', onWindowKey);
    expect(hover()).toBeNull();
    expect(focused()).toBe(document.querySelector('svg[data-chart="rank"]'));
    expect(document.querySelector('.focus-ring')).toBeNull();
    // The panels' window-level Escape (clear the selection) does not see this one.
    expect(onWindowKey).not.toHaveBeenCalled();
    expect(store.getState().doc.province).toEqual(['TH-56']);
    // Tab from the chart goes back to the bar last focused.
    expect(pressTab()).toBe(row('TH-56'));
  });

  it('clears the hover when focus leaves, unless the pointer has hovered another province since', () => {
    render(
      <>
        <RankChart view={view} provinces={provinces} lang="en" pilots={pilots} learningCities={learningCities} width={400} />
        <button type="button">after</button>
      </>,
    );
    pressTab();
    pressTab();
    expect(focused()?.textContent).toBe('after');
    expect(hover()).toBeNull();
    pressTab(); // wraps to the chart
    act(() => hoverProvince('TH-95'));
    pressTab();
    expect(hover()).toBe('TH-95');
  });

  it('a tap selects, as a click does', () => {
    renderChart();
    const hit = row('TH-51').querySelector('rect.hit')!;
    fireEvent.click(hit);
    expect(store.getState().doc.province).toEqual(['TH-51']);
  });
});
