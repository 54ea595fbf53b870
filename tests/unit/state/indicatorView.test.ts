import { describe, expect, it } from 'vitest';
import { indicatorViewOf } from '../../../src/state/indicatorView';
import { defaultDoc } from '../../../src/state/doc';
import { makeIndicator, makeIndicatorsFile } from '../../fixtures/indicators';
import { NO_DATA_HEX, paletteFor } from '../../../src/lib/palettes';
import type { ProvinceCode } from '../../../src/data/types';

// Synthetic, test-only figures.
const codes: ProvinceCode[] = ['TH-10', 'TH-50', 'TH-56', 'TH-95', 'TH-41', 'TH-51'];
const worse = makeIndicator('poor', { 2018: [null, 5, 10, 20, 30, 40] }, { polarity: 'higher-worse' });
const index = makeIndicator('idx', { 2015: [1, 2, 3, 4, 5, 6], 2016: [7, 8, 9, 10, 11, 12] });
const file = makeIndicatorsFile(codes, [index, worse]);
const doc = { ...defaultDoc('en'), indicator: 'poor', k: 3 };

describe('indicator view (the one selector behind map, legend and charts)', () => {
  it('puts every province in a bin or in "no data", never both, never zero', () => {
    const v = indicatorViewOf(file, doc);
    expect(v?.missing).toEqual(['TH-10']);
    const binned = v?.bins.flatMap((b) => b.codes) ?? [];
    expect(binned.sort()).toEqual(codes.filter((c) => c !== 'TH-10').sort());
    expect(v?.hexOf('TH-10')).toBe(NO_DATA_HEX);
  });

  it('colours by the polarity palette, the same colour for the map and the legend', () => {
    const v = indicatorViewOf(file, doc);
    const palette = paletteFor('higher-worse', v?.classification.classes ?? 0);
    for (const b of v?.bins ?? []) {
      expect(b.color).toBe(palette[b.index]);
      for (const c of b.codes) expect(v?.hexOf(c)).toBe(b.color);
    }
  });

  it('falls back to the first indicator for an unknown id and to the latest year', () => {
    const v = indicatorViewOf(file, { ...doc, indicator: 'nope' });
    expect(v?.indicator.id).toBe('idx');
    expect(v?.year).toBe(2016);
  });

  it('classifies over all years so the legend stays put while years change', () => {
    const a = indicatorViewOf(file, { ...doc, indicator: 'idx', year: 2015, classify: 'equal', k: 4 });
    const b = indicatorViewOf(file, { ...doc, indicator: 'idx', year: 2016, classify: 'equal', k: 4 });
    expect(a?.classification.breaks).toEqual(b?.classification.breaks);
    expect(a?.bins[0]?.codes.length).toBeGreaterThan(0);
    expect(b?.bins[0]?.codes.length).toBe(0);
  });

  it('returns the same object while its inputs are unchanged (memoised)', () => {
    expect(indicatorViewOf(file, doc)).toBe(indicatorViewOf(file, { ...doc }));
  });
});
