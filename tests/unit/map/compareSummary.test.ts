import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareCounts, compareSummary } from '../../../src/map/compareSummary';
import { compareYearsOf } from '../../../src/map/compareYears';
import type { IndicatorsFile } from '../../../src/data/indicatorTypes';
import type { Province } from '../../../src/data/types';
import { indicatorViewOf, makeIndicatorViewOf } from '../../../src/state/indicatorView';
import { defaultDoc } from '../../../src/state/doc';

// The shipped data: the sentence's counts are checked against the real figures.
const read = <T>(name: string): T => JSON.parse(readFileSync(new URL(`../../../public/data/${name}`, import.meta.url), 'utf8')) as T;
const file = read<IndicatorsFile>('indicators.json');
const provinces = read<{ provinces: Province[] }>('provinces.json').provinces;
const byCode = (c: string) => provinces.find((p) => p.iso === c);

function views(indicator: string, before: number, after: number) {
  const doc = { ...defaultDoc('en'), indicator, year: after };
  return { before: makeIndicatorViewOf()(file, { ...doc, year: before })!, after: indicatorViewOf(file, doc)! };
}

/** Counts straight from the file's arrays, rounded as shown. */
function countsFromFile(id: string, y0: number, y1: number) {
  const ind = file.indicators.find((i) => i.id === id)!;
  const r = (v: number) => Number(v.toFixed(ind.decimals));
  let rose = 0;
  let fell = 0;
  ind.values[String(y1)]!.forEach((b, i) => {
    const a = ind.values[String(y0)]![i];
    if (a == null || b == null) return;
    if (r(r(b) - r(a)) > 0) rose++;
    else if (r(r(b) - r(a)) < 0) fell++;
  });
  return { rose, fell };
}

describe('compare summary (shipped data)', () => {
  it('HAI 2015 → 2021: 76 provinces rose, 1 fell, Chumphon rose most', () => {
    const { before, after } = views('hai', 2015, 2021);
    const c = compareCounts(file.provinces, before.values, after.values, 3);
    expect(c).toMatchObject({ rose: 76, fell: 1, same: 0, noData: 0 });
    expect(countsFromFile('hai', 2015, 2021)).toEqual({ rose: c.rose, fell: c.fell });
    expect(c.largestRise).toEqual({ code: 'TH-86', delta: 0.087 });
    expect(compareSummary(before, after, file.provinces, byCode, 'en')).toBe(
      `${after.indicator.label.en}, 2015 and 2021: 76 provinces rose, 1 fell; largest rise: Chumphon (+0.087).`,
    );
  });

  it('says it in Thai with Buddhist-Era years', () => {
    const { before, after } = views('hai', 2015, 2021);
    const s = compareSummary(before, after, file.provinces, byCode, 'th');
    expect(s).toContain('พ.ศ. 2558 และ พ.ศ. 2564');
    expect(s).toContain('เพิ่มขึ้น 76 จังหวัด ลดลง 1 จังหวัด');
    expect(s).toContain('เพิ่มขึ้นมากที่สุด: ชุมพร');
  });

  it('matches the file for every multi-year indicator and the first and last year', () => {
    for (const ind of file.indicators.filter((i) => i.years.length > 1)) {
      const y0 = ind.years[0]!;
      const y1 = ind.years[ind.years.length - 1]!;
      const { before, after } = views(ind.id, y0, y1);
      const c = compareCounts(file.provinces, before.values, after.values, ind.decimals);
      expect({ rose: c.rose, fell: c.fell }, ind.id).toEqual(countsFromFile(ind.id, y0, y1));
      expect(c.rose + c.fell + c.same + c.noData).toBe(77);
    }
  });

  it('a year back names the largest fall when nothing rose, and counts missing values', () => {
    const { before, after } = views('hai', 2021, 2015);
    const c = compareCounts(file.provinces, before.values, after.values, 3);
    expect(c).toMatchObject({ rose: 1, fell: 76 });
    const only = new Map([...after.values].slice(0, 5));
    const none = compareCounts(file.provinces, before.values, new Map([...only].map(([k, v]) => [k, v - 1])), 3);
    expect(none).toMatchObject({ rose: 0, fell: 5, noData: 72, largestRise: null });
    const s = compareSummary(before, { ...after, values: new Map([...only].map(([k, v]) => [k, v - 1])) }, file.provinces, byCode, 'en');
    expect(s).toContain('0 provinces rose, 5 fell; largest fall:');
    expect(s).toContain('72 provinces without data in one of the years');
  });
});

describe('compare years', () => {
  const doc = { ...defaultDoc('en'), indicator: 'hai' };
  const view = indicatorViewOf(file, doc);
  it('the comparison year and the document year in compare mode', () => {
    expect(compareYearsOf({ ...doc, compare: 2015 }, view)).toEqual({ before: 2015, after: view!.year });
  });
  it('none in the other modes or for a one-year indicator', () => {
    expect(compareYearsOf(doc, view)).toBeNull();
    expect(compareYearsOf({ ...doc, compare: 2015, change: 'diff' }, view)).toBeNull();
    const one = indicatorViewOf(file, { ...doc, indicator: 'area' });
    expect(compareYearsOf({ ...doc, compare: 2015 }, one)).toBeNull();
  });
  it('a year the indicator lacks shows as the default comparison year', () => {
    expect(compareYearsOf({ ...doc, compare: 1990 }, view)?.before).toBe(2015);
  });
});
