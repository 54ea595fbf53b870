import { describe, expect, it } from 'vitest';
import { totalKind } from '../../../../src/data/import/totalRows';
import { parseDelimited } from '../../../../src/data/import/delimited';
import { guessMapping } from '../../../../src/data/import/mapping';
import { buildIndicators } from '../../../../src/data/import/buildIndicators';
import { unmatchedNames } from '../../../../src/data/import/unmatched';
import { index, makeContext, provinces, valueOf } from './importContext';

describe('total rows (totalRows.ts)', () => {
  it('knows national totals in Thai and English, in any case and spacing', () => {
    for (const s of ['รวม', 'รวมทั้งสิ้น', 'รวมทั้งประเทศ', 'ทั่วประเทศ', 'ทั้งประเทศ', 'Total', 'GRAND TOTAL', 'Grand-total', 'Whole Kingdom', 'Thailand', 'ประเทศไทย', ' รวม ทั้งประเทศ ']) {
      expect(totalKind(s), s).toBe('national');
    }
  });

  it('knows region totals, with or without "รวม"/"total"', () => {
    for (const s of ['ภาคเหนือ', 'ภาคตะวันออกเฉียงเหนือ', 'รวมภาคใต้', 'ภาคกลาง รวม', 'Northern Region', 'Total North', 'Bangkok and Vicinities', 'กรุงเทพฯ และปริมณฑล']) {
      expect(totalKind(s), s).toBe('region');
    }
  });

  it('no province name of the 77, in Thai or English, is a total; nor are blanks and other text', () => {
    for (const p of provinces) {
      expect(totalKind(p.nameTh), p.nameTh).toBeNull();
      expect(totalKind(p.nameEn), p.nameEn).toBeNull();
    }
    for (const s of ['', 'กรุงเทพมหานคร', 'Bangkok', 'รวมใจ', 'North Korea', 'subtotal of schools']) expect(totalKind(s), s).toBeNull();
  });
});

describe('total rows in an import', () => {
  const csv = ['จังหวัด,นักเรียน,ครู', 'พะเยา,100,10', 'น่าน,200,20', 'ภาคเหนือ,300,30', 'ไม่มีจังหวัดนี้,5,1', 'รวมทั้งประเทศ,"1,234",99', 'Total,999,9'].join('\n');
  const table = parseDelimited(csv);

  it('are reported as "total row", never as unknown, never imported; the national one is the kingdom value', () => {
    const mapping = guessMapping(table, index, 2024);
    const { indicators, report } = buildIndicators(table, { ...mapping, values: [1, 2] }, index, makeContext(), 'csv');
    expect(report.rejected.map((x) => [x.line, x.reason, x.detail])).toEqual([
      [4, 'total-row', 'ภาคเหนือ'],
      [5, 'unknown-province', 'ไม่มีจังหวัดนี้'],
      [6, 'total-row', 'รวมทั้งประเทศ'],
      [7, 'total-row', 'Total'],
    ]);
    expect(report.importedRows + report.rejected.length).toBe(report.totalRows);
    expect(report.importedRows).toBe(2);
    // The first national total of a year is the file's kingdom figure, per column.
    expect(indicators.map((i) => i.national)).toEqual([{ 2024: 1234 }, { 2024: 99 }]);
    expect(valueOf(indicators[0]!.values, 2024, 'TH-56')).toBe(100);
  });

  it('a long table takes the national figure of each year from the total row of that year', () => {
    const long = parseDelimited(['province,year,value', 'น่าน,2562,1', 'รวม,2562,10', 'น่าน,2563,2', 'รวม,2563,20', 'รวม,ปีไหน,30'].join('\n'));
    const mapping = guessMapping(long, index, 2024);
    expect(mapping.shape).toBe('long');
    const { indicators } = buildIndicators(long, { ...mapping, values: [2] }, index, makeContext(), 'csv');
    expect(indicators[0]?.national).toEqual({ 2019: 10, 2020: 20 });
  });

  it('are not offered as names to fix in the preview', () => {
    expect(unmatchedNames(table, 0, index).map((u) => u.raw)).toEqual(['ไม่มีจังหวัดนี้']);
  });

  it('a file without a total row gets no national figure (the app computes one, if the indicator allows)', () => {
    const t = parseDelimited('จังหวัด,นักเรียน\nพะเยา,100\n');
    const { indicators } = buildIndicators(t, { ...guessMapping(t, index, 2024), values: [1] }, index, makeContext(), 'csv');
    expect(indicators[0]?.national).toBeUndefined();
  });
});
