import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCell, parseYear } from '../../../../src/data/import/cells';

describe('parseCell', () => {
  it.each([
    ['1,234', 1234],
    ['1,234,567.5', 1234567.5],
    ['๒,๓๔๕', 2345],
    ['๘.๒', 8.2],
    ['12.5%', 12.5],
    [' 7 ', 7],
    ['-3', -3],
    ['\u22124.5', -4.5],
    ['(1,000)', -1000],
    ['1 234 567', 1234567],
    ['.5', 0.5],
    ['1e3', 1000],
  ])('%s → %s', (raw, value) => {
    expect(parseCell(raw)).toMatchObject({ kind: 'number', value });
  });

  it('remembers percent signs and decimals', () => {
    expect(parseCell('12.50%')).toEqual({ kind: 'number', value: 12.5, percent: true, decimals: 2 });
  });

  it.each(['', '  ', '-', '–', 'n/a', 'N/A', 'NA', '..', 'ไม่มีข้อมูล', '#N/A'])('%j is no data', (raw) => {
    expect(parseCell(raw)).toEqual({ kind: 'blank' });
  });

  it.each(['abc', '1,23', '12,34,567', '1.2.3', '1-2', '๑๒x', 'Infinity', '0x10'])('%j is not a number', (raw) => {
    expect(parseCell(raw).kind).toBe('invalid');
  });

  it('never throws and never returns a non-finite number', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const c = parseCell(s);
        if (c.kind === 'number') expect(Number.isFinite(c.value)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads every integer it formats with grouping and Thai digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (n) => {
        const thai = n.toLocaleString('th-TH-u-nu-thai');
        expect(parseCell(thai)).toMatchObject({ kind: 'number', value: n });
        expect(parseCell(n.toLocaleString('en-US'))).toMatchObject({ kind: 'number', value: n });
      }),
    );
  });
});

describe('parseYear', () => {
  it.each([
    ['2019', 2019],
    ['2562', 2019],
    ['พ.ศ. 2562', 2019],
    ['พ.ศ.2562', 2019],
    ['ปี 2563', 2020],
    ['๒๕๖๓', 2020],
    ['FY2021', 2021],
    ['2019 CE', 2019],
  ])('%s → %s', (raw, y) => expect(parseYear(raw)).toBe(y));
  it.each(['19', '1800', 'year', '2019-20', ''])('%j is not a year', (raw) => expect(parseYear(raw)).toBeUndefined());
});
