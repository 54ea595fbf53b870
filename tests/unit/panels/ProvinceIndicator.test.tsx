// @vitest-environment jsdom
// The province panel's "Whole kingdom" row says where its figure comes from: the source's own
// national figure, an aggregate computed here, or — when a province is missing and the source
// data has no national figure — that there is none (never a sum over the other provinces).
// Runs on the shipped data, so it fails if a shipped national figure goes missing.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { ProvinceIndicator } from '../../../src/panels/ProvinceIndicator';
import { selectIndicatorView } from '../../../src/state/indicatorView';
import { setLang } from '../../../src/state/store';
import { defaultDoc } from '../../../src/state/doc';
import type { Lang } from '../../../src/state/doc';
import { shippedAtlasData } from '../../fixtures/shippedData';

const data = shippedAtlasData();
const doc = defaultDoc('en');
const nongKhai = data.provinces.find((p) => p.iso === 'TH-43');

function kingdomRow(indicator: string, year: number, lang: Lang = 'en'): HTMLElement {
  setLang(lang);
  const view = selectIndicatorView(data.indicators, indicator, year, doc.classify, doc.k, doc.breaks);
  if (!view || !nongKhai) throw new Error('fixture: view or province missing');
  expect(view.year).toBe(year);
  render(<ProvinceIndicator data={data} view={view} province={nongKhai} />);
  const dd = screen.getByTestId('province-indicator').querySelector('[data-field="national"]');
  if (!(dd instanceof HTMLElement)) throw new Error('no national row');
  return dd;
}

beforeAll(() => setLang('en'));
afterEach(cleanup);

describe('ProvinceIndicator: the whole-kingdom row', () => {
  it("shows the source's national figure, labelled, where Bueng Kan has no row (2008, DOPA)", () => {
    const dd = kingdomRow('population-registered', 2008);
    expect(dd.dataset.basis).toBe('source');
    expect(dd.textContent).toMatch(/63,389,730/);
    expect(dd.textContent).toContain("(the source's national figure)");
  });

  it('says there is no national figure in the source data, not a sum of 76 provinces (2005)', () => {
    const dd = kingdomRow('population-registered', 2005);
    expect(dd.dataset.basis).toBe('not-in-source');
    expect(dd.textContent).toBe('no national figure in the source data');
    expect(dd.textContent).not.toMatch(/\d/);
  });

  it('labels an aggregate computed here as such (2013, all 77 provinces)', () => {
    const dd = kingdomRow('population-registered', 2013);
    expect(dd.dataset.basis).toBe('computed');
    expect(dd.textContent).toContain('(computed here from the 77 provinces)');
  });

  it("uses NSO's national row for schooling in 2011, in Thai too", () => {
    const dd = kingdomRow('edu-upper-secondary-plus', 2011, 'th');
    expect(dd.dataset.basis).toBe('source');
    expect(dd.textContent).toContain('ตัวเลขระดับประเทศของแหล่งข้อมูล');
    cleanup();
    expect(kingdomRow('edu-upper-secondary-plus', 2011, 'en').textContent).toMatch(/28\.5/);
  });
});
