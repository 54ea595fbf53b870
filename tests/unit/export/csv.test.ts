import { describe, expect, it } from 'vitest';
import { BOM, csvCell, indicatorCsvRows, toCsv } from '../../../src/export/csv';
import { exportFileName } from '../../../src/lib/exportFileName';
import { CHART_CODES, makeChartProvinces, makeIndicator, makeIndicatorsFile } from '../../fixtures/indicators';

describe('CSV cells', () => {
  it('quotes commas, quotes and newlines (RFC 4180)', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\rhere')).toBe('"cr\rhere"');
    expect(csvCell('เชียงใหม่')).toBe('เชียงใหม่');
  });

  it('neutralises formula prefixes in text so spreadsheets show them as text', () => {
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csvCell('+1+1')).toBe("'+1+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('\r=1')).toBe(`"'\r=1"`);
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('writes numbers as numbers (negative ones too) and null as empty', () => {
    expect(csvCell(-1.5)).toBe('-1.5');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(null)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('joins rows with CRLF behind a UTF-8 BOM', () => {
    expect(toCsv([['a', 1], ['ข', null]])).toBe(`${BOM}a,1\r\nข,\r\n`);
  });
});

describe('indicator CSV', () => {
  // Synthetic values (fixtures, not data): a gap in 2020 must stay a gap.
  const provinces = makeChartProvinces();
  const values = CHART_CODES.map((_, i) => (i === 3 ? null : 0.5 + i / 100));
  const indicator = makeIndicator('test', { 2019: values.map((v) => v && v - 0.1), 2020: values });
  const file = makeIndicatorsFile(CHART_CODES, [indicator]);

  it('has one row per province with value, rank and source columns; missing is empty, not 0', () => {
    const year = indicator.years.at(-1)!;
    const rows = indicatorCsvRows(file, indicator, null, provinces);
    expect(rows[4]![rows[0]!.indexOf('rank')]).toBeNull();
    expect(rows[12]![rows[0]!.indexOf('rank')]).toBe(1);
    expect(rows).toHaveLength(file.provinces.length + 1);
    const header = rows[0]!;
    const col = (name: string) => header.indexOf(name);
    for (const [i, code] of file.provinces.entries()) {
      const row = rows[i + 1]!;
      expect(row[col('iso_3166_2')]).toBe(code);
      expect(row[col('year')]).toBe(year);
      expect(row[col('value')]).toBe(values[i]);
      expect(row[col('province_th')]).toBe(provinces[i]!.nameTh);
      expect(row[col('source_organisation')]).toBe(indicator.source.organisation.en);
      expect(row[col('licence')]).toBe(indicator.source.licence);
    }
  });

  it('exports only the given codes, in their order', () => {
    const codes = [file.provinces[2]!, file.provinces[0]!];
    const rows = indicatorCsvRows(file, indicator, null, provinces, codes);
    expect(rows.slice(1).map((r) => r[0])).toEqual(codes);
  });

  it('names files safely', () => {
    expect(exportFileName('gpp-per-capita', 2020, 'csv')).toBe('atlas-gpp-per-capita-2020.csv');
    expect(exportFileName('../x y', 2020, 'png', '2x')).toBe('atlas-x-y-2020-2x.png');
  });
});
