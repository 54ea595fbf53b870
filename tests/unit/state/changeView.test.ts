import { describe, expect, it } from 'vitest';
import { isChangeView, mapViewOf } from '../../../src/state/changeView';
import { indicatorViewOf } from '../../../src/state/indicatorView';
import { defaultDoc, type Doc } from '../../../src/state/doc';
import { makeIndicator, makeIndicatorsFile } from '../../fixtures/indicators';
import type { ProvinceCode } from '../../../src/data/types';
import { changeSummary } from '../../../src/map/changeSummary';
import { mapSummary } from '../../../src/map/mapSummary';
import { formatChange } from '../../../src/i18n/changeFormat';
import { shippedAtlasData } from '../../fixtures/shippedData';

// Synthetic, test-only figures.
const codes: ProvinceCode[] = ['TH-10', 'TH-50', 'TH-56', 'TH-95'];
const share = makeIndicator('share', { 2015: [10, 20, null, 0], 2016: [12, 15, 5, 1], 2017: [1, 1, 1, 1] }, { unit: 'percent', decimals: 1 });
const count = makeIndicator('count', { 2015: [100, 0, 50, 40], 2016: [150, 10, 50, 20] }, { unit: 'count', decimals: 0 });
const once = makeIndicator('once', { 2018: [1, 2, 3, 4] });
const file = makeIndicatorsFile(codes, [share, count, once]);
const doc = (over: Partial<Doc>): Doc => ({ ...defaultDoc('en'), ...over });

describe('the view the map shows', () => {
  it('is the one-year view outside change mode', () => {
    const d = doc({ indicator: 'share', year: 2016, compare: 2015 });
    expect(mapViewOf(file, d)).toBe(indicatorViewOf(file, d));
  });

  it('holds the change later − earlier in change mode, missing either year = no data', () => {
    const v = mapViewOf(file, doc({ indicator: 'share', year: 2016, compare: 2015, change: 'diff' }));
    if (!isChangeView(v)) throw new Error('expected a change view');
    expect([...v.values]).toEqual([['TH-10', 2], ['TH-50', -5], ['TH-95', 1]]);
    expect(v.missing).toEqual(['TH-56']);
    expect(v.change).toMatchObject({ kind: 'diff', fromYear: 2015, toYear: 2016, rose: ['TH-10', 'TH-95'], fell: ['TH-50'], unchanged: [] });
    expect(v.ranks.get('TH-10')).toBe(1);
    expect(v.ranks.get('TH-50')).toBe(3);
    expect(v.change.from.get('TH-50')).toBe(20);
  });

  it('orders the years: a compared year after the shown one is still later − earlier', () => {
    const v = mapViewOf(file, doc({ indicator: 'share', year: 2015, compare: 2016, change: 'diff' }));
    expect(isChangeView(v) && v.change.fromYear).toBe(2015);
    expect(v?.values.get('TH-50')).toBe(-5);
  });

  it('gives % change only to counts, with a zero base as no data', () => {
    const pct = mapViewOf(file, doc({ indicator: 'count', year: 2016, compare: 2015, change: 'pct' }));
    expect(isChangeView(pct) && pct.change.kind).toBe('pct');
    expect([...(pct?.values ?? [])]).toEqual([['TH-10', 50], ['TH-56', 0], ['TH-95', -50]]);
    expect(pct?.missing).toEqual(['TH-50']);
    const shareAsPct = mapViewOf(file, doc({ indicator: 'share', year: 2016, compare: 2015, change: 'pct' }));
    expect(isChangeView(shareAsPct) && shareAsPct.change.kind).toBe('diff');
  });

  it('falls back to the single map for an indicator with one year', () => {
    const v = mapViewOf(file, doc({ indicator: 'once', compare: 2015, change: 'diff' }));
    expect(isChangeView(v)).toBe(false);
  });

  it('returns the same object until an input changes (the store selector must be stable)', () => {
    const d = doc({ indicator: 'share', year: 2016, compare: 2015, change: 'diff' });
    expect(mapViewOf(file, d)).toBe(mapViewOf(file, { ...d }));
  });

  it('formats a change with its sign and unit: points for shares, % for % change', () => {
    expect(formatChange(2, share, 'diff', 'en')).toBe('+2.0 pp');
    expect(formatChange(-5, share, 'diff', 'th')).toBe('−5.0 จุดร้อยละ');
    expect(formatChange(-50, count, 'pct', 'en')).toBe('−50.0%');
    expect(formatChange(0, count, 'diff', 'en')).toBe('0');
    expect(formatChange(undefined, count, 'diff', 'en')).toBe('No data');
  });
});

describe('the change map in words', () => {
  const data = shippedAtlasData();
  const d = doc({ indicator: 'edu-university', year: 2019, compare: 2011, change: 'diff' });
  const v = mapViewOf(data.indicators, d);
  if (!isChangeView(v)) throw new Error('expected a change view');
  const ind = data.indicators.indicators.find((i) => i.id === 'edu-university');
  if (!ind) throw new Error('edu-university is shipped');
  // Counted here from the shipped table, independently of the view.
  let rose = 0;
  let fell = 0;
  let missing = 0;
  let best: [string, number] = ['', -Infinity];
  data.indicators.provinces.forEach((code, i) => {
    const a = ind.values['2011']?.[i];
    const b = ind.values['2019']?.[i];
    if (a === null || a === undefined || b === null || b === undefined) return void missing++;
    if (b > a) rose++;
    if (b < a) fell++;
    if (b - a > best[1]) best = [code, b - a];
  });
  const top = data.index.byCode(best[0] as ProvinceCode);

  it('counts rises, falls and no-data provinces from the data', () => {
    expect(missing).toBeGreaterThan(0);
    const en = changeSummary(v, data.index.byCode, 'en');
    expect(en).toContain(`, 2011 and 2019: ${rose} provinces rose, ${fell} fell`);
    expect(en).toContain(`largest rise: ${top?.nameEn} (`);
    expect(en).toContain(`${missing} ${missing === 1 ? 'province has' : 'provinces have'} no data for one of the years`);
    expect(mapSummary(v, data.index.byCode, null, 'en')).toBe(en);
  });

  it('says the same in Thai, in Buddhist-Era years', () => {
    const th = changeSummary(v, data.index.byCode, 'th');
    expect(th).toContain('พ.ศ. 2554 และ พ.ศ. 2562');
    expect(th).toContain(`เพิ่มขึ้น ${rose} จังหวัด ลดลง ${fell} จังหวัด`);
    expect(th).toContain(`เพิ่มขึ้นมากที่สุด: ${top?.nameTh}`);
    expect(th).toContain(`ไม่มีข้อมูลปีใดปีหนึ่ง ${missing} จังหวัด`);
  });
});
