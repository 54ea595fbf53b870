// Unit tests for the province table parser (geo/provinceTable.ts), on fixtures and on geo/provinces.csv.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProvinceTable, PROVINCE_COLUMNS, splitAltNames } from '../../../geo/provinceTable';

const HEADER = PROVINCE_COLUMNS.join(',');

function csv(...lines: string[]): string {
  return [HEADER, ...lines].join('\n');
}

describe('parseProvinceTable', () => {
  it('parses a row, splitting alt names and reading numbers', () => {
    const [row] = parseProvinceTable(
      csv('TH-10,10,BKK,TH.BM,กรุงเทพมหานคร,Bangkok,Bangkok Metropolis|Krung Thep,Central,Bangkok,Bangkok,1564,5456000'),
    );
    expect(row).toEqual({
      iso: 'TH-10',
      dopa: '10',
      hs: 'BKK',
      hasc: 'TH.BM',
      nameTh: 'กรุงเทพมหานคร',
      nameEn: 'Bangkok',
      altNamesEn: ['Bangkok Metropolis', 'Krung Thep'],
      region6: 'Central',
      regionNesdc: 'Bangkok',
      region4: 'Bangkok',
      areaKm2: 1564,
      population2024: 5456000,
    });
  });

  it('handles quoted fields with commas and an empty alt-name list', () => {
    const [row] = parseProvinceTable(csv('TH-11,11,SPK,TH.SP,สมุทรปราการ,"Samut Prakan, City",,Central,"Central (Except Bangkok)",Central,"1,947",1381000'));
    expect(row?.nameEn).toBe('Samut Prakan, City');
    expect(row?.altNamesEn).toEqual([]);
    expect(row?.areaKm2).toBe(1947);
  });

  it('rejects a non-numeric area with the line number', () => {
    expect(() => parseProvinceTable(csv('TH-11,11,SPK,TH.SP,x,y,,C,C,C,big,1'))).toThrow(/line 2: area_km2 "big" is not a number/);
  });

  it('rejects a missing column', () => {
    expect(() => parseProvinceTable('iso_3166_2,dopa_code\nTH-10,10')).toThrow(/missing column\(s\) hs_code/);
  });

  it('splits alt names on |, trimming blanks', () => {
    expect(splitAltNames(' Korat | |Nakhon Ratchasima ')).toEqual(['Korat', 'Nakhon Ratchasima']);
  });
});

describe('geo/provinces.csv', () => {
  const rows = parseProvinceTable(readFileSync(new URL('../../../geo/provinces.csv', import.meta.url), 'utf8'));

  it('has 77 provinces with unique ISO, DOPA and HASC codes', () => {
    expect(rows).toHaveLength(77);
    for (const key of ['iso', 'dopa', 'hasc'] as const) expect(new Set(rows.map((r) => r[key])).size).toBe(77);
    for (const r of rows) expect(r.iso).toBe(`TH-${r.dopa}`);
  });

  it('has positive numbers and split alt names', () => {
    for (const r of rows) {
      expect(r.areaKm2).toBeGreaterThan(0);
      expect(r.population2024).toBeGreaterThan(0);
    }
    expect(rows.find((r) => r.iso === 'TH-20')?.altNamesEn).toEqual(['Chon Buri']);
    expect(rows.find((r) => r.iso === 'TH-30')?.altNamesEn).toEqual(['Korat']);
  });
});
