import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { changeOf, changeValues, divergingClassification } from '../../../src/data/change';
import { classOf, classRanges } from '../../../src/data/classify';
import { choropleth } from '../../../src/data/choropleth';
import { divergingPaletteFor } from '../../../src/lib/palettes';

describe('change between two years', () => {
  it('is later minus earlier, or the % change on the earlier value', () => {
    expect(changeOf(10, 12.5, 'diff')).toBe(2.5);
    expect(changeOf(10, 8, 'diff')).toBe(-2);
    expect(changeOf(200, 150, 'pct')).toBe(-25);
    expect(changeOf(-4, -2, 'pct')).toBe(50);
  });

  it('is no data (never zero) when either year is missing, or a % change from a zero base', () => {
    expect(changeOf(null, 5, 'diff')).toBeNull();
    expect(changeOf(5, undefined, 'diff')).toBeNull();
    expect(changeOf(0, 5, 'pct')).toBeNull();
    expect(changeOf(0, 5, 'diff')).toBe(5);
    expect(changeOf(3, 3, 'diff')).toBe(0);
  });

  it('leaves keys without both values out of the map', () => {
    const from = new Map([['a', 1], ['b', 0], ['c', 4]]);
    const to = new Map([['a', 3], ['b', 2], ['d', 9]]);
    expect([...changeValues(['a', 'b', 'c', 'd'], from, to, 'diff')]).toEqual([['a', 2], ['b', 2]]);
    expect([...changeValues(['a', 'b', 'c', 'd'], from, to, 'pct')]).toEqual([['a', 200]]);
  });
});

describe('diverging classes', () => {
  it('are symmetric around zero with a middle class that straddles it', () => {
    const c = divergingClassification([-3, -1, -0.2, 0, 0.1, 0.5, 1.5, 2, 4, 7], 5);
    expect(c.classes).toBe(5);
    expect(c.breaks).toEqual(c.breaks.map((b) => -b).reverse());
    expect(c.min).toBe(-7);
    expect(c.max).toBe(7);
    const middle = classRanges(c)[2] as [number, number];
    expect(middle[0]).toBeLessThan(0);
    expect(middle[1]).toBe(-middle[0]);
    expect(classOf(c, 0)).toBe(2);
  });

  it('stay symmetric and centred for any changes (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 80 }), fc.integer({ min: 3, max: 9 }), (vs, k) => {
        const c = divergingClassification(vs, k);
        expect(c.classes % 2).toBe(1);
        expect(c.breaks).toEqual(c.breaks.map((b) => -b).reverse());
        expect(c.min).toBe(-c.max);
        expect(classOf(c, 0)).toBe((c.classes - 1) / 2);
      }),
    );
  });

  it('stay centred for a change too small to halve (found by the property test)', () => {
    const c = divergingClassification([5e-324], 3);
    expect(classOf(c, 0)).toBe((c.classes - 1) / 2);
  });

  it('make one neutral class when nothing changed', () => {
    const c = divergingClassification([0, 0, 0], 5);
    expect(c.classes).toBe(1);
    expect(divergingPaletteFor('neutral', 1)).toEqual(['#f7f7f7']);
  });

  it('colour "better" purple whatever the polarity', () => {
    const up = divergingPaletteFor('higher-better', 5);
    const down = divergingPaletteFor('higher-worse', 5);
    expect(up[4]).toBe('#5e3c99'); // the largest rise where higher is better
    expect(down[0]).toBe('#5e3c99'); // the largest fall where higher is worse
    expect(down).toEqual([...up].reverse());
    expect(up[2]).toBe('#f7f7f7');
  });

  it('feed the choropleth: the map and the legend read the same diverging bins', () => {
    const values = new Map([['a', -2], ['b', 0], ['c', 3], ['d', 5]]);
    const ch = choropleth({ keys: ['a', 'b', 'c', 'd', 'e'], valueOf: (k) => values.get(k), classifyOver: values.values(), method: 'ckmeans', k: 5, polarity: 'higher-better', diverging: true });
    expect(ch.missing).toEqual(['e']);
    for (const b of ch.bins) for (const code of b.codes) expect(ch.hexOf(code)).toBe(b.color);
    expect(ch.hexOf('b')).toBe('#f7f7f7');
  });
});

describe('CSV of a change', async () => {
  const { changeCsvRows, CHANGE_CSV_HEADER } = await import('../../../src/export/changeCsv');
  const { makeIndicator, makeIndicatorsFile } = await import('../../fixtures/indicators');
  // Synthetic, test-only figures.
  const ind = makeIndicator('share', { 2015: [10, null, 0], 2016: [12.5, 3, 2] }, { unit: 'percent', decimals: 1 });
  const file = makeIndicatorsFile(['TH-10', 'TH-50', 'TH-56'], [ind]);
  const provinces = [{ iso: 'TH-10', nameTh: 'กรุงเทพมหานคร', nameEn: 'Bangkok' }] as never[];

  it('has both years, the change in points and its rank; no data stays empty', () => {
    const rows = changeCsvRows(file, ind, 2015, 2016, 'diff', provinces);
    expect(rows[0]).toEqual([...CHANGE_CSV_HEADER]);
    expect(rows[1]?.slice(6, 13)).toEqual([2015, 10, 2016, 12.5, 2.5, 'difference_percentage_points', 1]);
    expect(rows[2]?.slice(6, 13)).toEqual([2015, null, 2016, 3, null, 'difference_percentage_points', null]);
    expect(rows[3]?.slice(10, 13)).toEqual([2, 'difference_percentage_points', 2]);
  });
});
