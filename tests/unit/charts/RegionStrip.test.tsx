// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { RegionStrip } from '../../../src/charts/regions/RegionStrip';
import type { ProvinceCode } from '../../../src/data/types';
import { defaultDoc } from '../../../src/state/doc';
import { indicatorViewOf } from '../../../src/state/indicatorView';
import { hoverProvince, initialState, setHighlight, store } from '../../../src/state/store';
import { CHART_CODES, makeChartProvinces, makeIndicator, makeIndicatorsFile } from '../../fixtures/indicators';
import { focused, press, pressTab } from './keys';

const provinces = makeChartProvinces();
// A share with a population weight, so regions get weighted-mean aggregates; TH-41 has no value.
const pop = makeIndicator('pop', { 2020: CHART_CODES.map(() => 1000) }, { unit: 'people', decimals: 0, aggregation: { kind: 'sum' } });
const share = makeIndicator(
  'share',
  { 2020: [40, 30, 20, 22, 10, null, 15, 16, 17, 25, 26, 12] },
  { unit: 'percent', decimals: 1, aggregation: { kind: 'weighted-mean', weight: 'pop' }, label: { en: 'Share', th: 'สัดส่วน' } },
);
const file = makeIndicatorsFile(CHART_CODES, [share, pop]);
const view = indicatorViewOf(file, { ...defaultDoc('en'), indicator: 'share' })!;
const popView = indicatorViewOf(file, { ...defaultDoc('en'), indicator: 'pop' })!;
const none = new Set<ProvinceCode>();

function renderStrip(lang: 'en' | 'th' = 'en', v = view) {
  return render(<RegionStrip view={v} file={file} provinces={provinces} lang={lang} pilots={new Set(['TH-95'])} learningCities={none} width={380} />);
}
const dot = (code: string) => document.querySelector(`svg[data-chart="regions"] [data-code="${code}"]`);

beforeEach(() => store.setState(initialState('en'), true));
afterEach(cleanup);

describe('RegionStrip', () => {
  it('draws the seven NESDC regions in order with their provinces as dots', () => {
    renderStrip();
    const regions = [...document.querySelectorAll('[data-region]')].map((g) => g.getAttribute('data-region'));
    expect(regions).toEqual([
      'Bangkok',
      'Central (Except Bangkok)',
      'Eastern',
      'Northern',
      'Northeastern',
      'Southern (11)',
      '3 Southernmost Provinces',
    ]);
    expect(document.querySelectorAll('svg[data-chart="regions"] [data-code]')).toHaveLength(11);
    const northern = screen.getByRole('group', { name: /^Northern · / });
    expect(within(northern).getAllByRole('option')).toHaveLength(3);
    expect(dot('TH-41')).toBeNull();
  });

  it('labels regions with their aggregate and missing count, and draws aggregate ticks', () => {
    renderStrip();
    expect(screen.getByText('Eastern · 21.0%')).toBeTruthy();
    expect(screen.getByText(/no data for 1/)).toBeTruthy();
    // Northeastern lacks TH-41, so it has no honest weighted mean; the other six do.
    expect(document.querySelectorAll('.region-aggregate')).toHaveLength(6);
    // Nor is there a national mean while a province lacks data (aggregate() is honest).
    expect(document.querySelector('svg[data-chart="regions"] .national')).toBeNull();
  });

  it('draws no totals for sums (they are not comparable with provinces)', () => {
    renderStrip('en', popView);
    expect(document.querySelectorAll('.region-aggregate')).toHaveLength(0);
    expect(document.querySelector('svg[data-chart="regions"] .national')).toBeNull();
  });

  it('colours dots like the map and marks pilots by shape', () => {
    renderStrip();
    // The colour is on the dot's group, which its shape inherits (no colour of its own).
    expect(dot('TH-10')?.getAttribute('fill')).toBe(view.hexOf('TH-10'));
    expect(dot('TH-10')?.querySelector('.point[data-shape="disc"]')?.hasAttribute('fill')).toBe(false);
    expect(dot('TH-95')?.querySelector('.point[data-shape="pilot"]')).not.toBeNull();
  });

  it('links hover, click and highlight through the store', () => {
    renderStrip();
    fireEvent.mouseOver(dot('TH-50')!.querySelector('.point')!);
    expect(dot('TH-50')?.classList.contains('is-hovered')).toBe(true);
    fireEvent.click(dot('TH-50')!.querySelector('.point')!, { metaKey: true });
    expect(store.getState().doc.province).toEqual(['TH-50']);
    expect(dot('TH-50')?.classList.contains('is-selected')).toBe(true);
    act(() => {
      hoverProvince(null);
      setHighlight('legend', ['TH-12']);
    });
    expect(dot('TH-50')?.classList.contains('is-hovered')).toBe(false);
    expect(dot('TH-50')?.classList.contains('is-dimmed')).toBe(true);
    expect(dot('TH-12')?.classList.contains('is-highlighted')).toBe(true);
  });

  it('summarises each region in Thai', () => {
    renderStrip('th');
    const desc = document.querySelector('svg[data-chart="regions"] desc')?.textContent ?? '';
    expect(desc.startsWith('สัดส่วน พ.ศ. 2563 แยกตามภาคของ สศช.: กรุงเทพมหานคร: ค่าของทั้งภาค 40.0%')).toBe(true);
    expect(desc).toContain(' ภาคตะวันออกเฉียงเหนือ: 10.0% ภาคใต้ (11 จังหวัด): ค่าของทั้งภาค');
  });
});

describe('RegionStrip from the keyboard', () => {
  const hover = () => store.getState().session.hover;

  it('is one tab stop; ← → move within a region by value, ↑ ↓ to the region above or below', () => {
    renderStrip();
    expect(document.querySelectorAll('svg[data-chart="regions"] [tabindex="0"]')).toHaveLength(1);
    expect(pressTab()).toBe(dot('TH-10'));
    expect(hover()).toBe('TH-10');
    press('ArrowDown'); // Central: one province
    expect(focused()).toBe(dot('TH-12'));
    press('ArrowDown'); // Eastern: 20.0% and 22.0%; the nearer to 30.0% is Rayong
    expect(focused()).toBe(dot('TH-21'));
    press('ArrowLeft');
    expect(focused()).toBe(dot('TH-20'));
    expect(focused()?.getAttribute('aria-label')).toBe('Chon Buri (Eastern): 20.0%');
    press('ArrowDown'); // Northern: 15, 16, 17; nearest to 20 is Phayao
    expect(focused()).toBe(dot('TH-56'));
    press('Home');
    expect(focused()).toBe(dot('TH-50'));
    press('ArrowRight');
    expect(focused()).toBe(dot('TH-51'));
    expect(hover()).toBe('TH-51');
    expect(document.querySelector('svg[data-chart="regions"] .focus-ring circle.focus-line')).not.toBeNull();
  });

  it('Enter selects, Shift+Enter adds, Escape clears the hover', () => {
    renderStrip();
    pressTab();
    press('ArrowDown');
    press('Enter');
    expect(store.getState().doc.province).toEqual(['TH-12']);
    expect(dot('TH-12')?.getAttribute('aria-selected')).toBe('true');
    press('ArrowUp');
    press('Enter', { shiftKey: true });
    expect(store.getState().doc.province).toEqual(['TH-12', 'TH-10']);
    press('Escape');
    expect(hover()).toBeNull();
    expect(focused()).toBe(document.querySelector('svg[data-chart="regions"]'));
  });

  it('a tap on the dot’s target selects it', () => {
    renderStrip();
    fireEvent.click(dot('TH-56')!.querySelector('circle.hit')!);
    expect(store.getState().doc.province).toEqual(['TH-56']);
  });
});
