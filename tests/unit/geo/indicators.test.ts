// Tests of the committed public/data/indicators.json: every rule of the build, every table-backed
// value against its curated CSV (blank ↔ null, never 0), and spot checks of real figures.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { checkIndicatorsFile } from '../../../geo/indicators/checks';
import { serializeIndicators } from '../../../geo/indicators/serialize';
import { parseProvinceTable } from '../../../geo/provinceTable';
import type { Indicator, IndicatorsFile } from '../../../src/data/indicatorTypes';

const ROOT = new URL('../../../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, ROOT), 'utf8');
const committed = read('public/data/indicators.json');
const descriptor = JSON.parse(read('geo/datapackage.json')) as { indicators: { id: string }[] };
const file = JSON.parse(committed) as IndicatorsFile;
const provinces = parseProvinceTable(read('geo/provinces.csv'));
const codes = provinces.map((p) => p.iso).sort();

const indicator = (id: string): Indicator => {
  const found = file.indicators.find((i) => i.id === id);
  if (found === undefined) throw new Error(`no indicator ${id}`);
  return found;
};
/** Value of indicator `id` for province `iso` in `year`. */
const value = (id: string, iso: string, year: number): number | null | undefined => indicator(id).values[String(year)]?.[codes.indexOf(iso)];
const table = (name: string): Record<string, string>[] =>
  Papa.parse<Record<string, string>>(read(`geo/indicators/${name}`), { header: true, skipEmptyLines: 'greedy' }).data;

describe('public/data/indicators.json', () => {
  it('passes every build rule', () => {
    expect(checkIndicatorsFile(file, codes)).toEqual([]);
  });

  it('lists the 77 provinces sorted and the indicators in the descriptor\'s order', () => {
    expect(file.provinces).toHaveLength(77);
    expect(file.provinces).toEqual(codes);
    expect(file.indicators.map((i) => i.id)).toEqual(descriptor.indicators.map((i) => i.id));
    expect(file.indicators).toHaveLength(22);
  });

  it('gives every value a province, a year and a source', () => {
    for (const ind of file.indicators) {
      expect(ind.years.length, ind.id).toBeGreaterThan(0);
      expect(Object.keys(ind.values).map(Number), ind.id).toEqual(ind.years);
      for (const row of Object.values(ind.values)) expect(row, ind.id).toHaveLength(77);
      expect(ind.source.title && ind.source.licence && ind.source.year && ind.source.organisation.th, ind.id).toBeTruthy();
    }
  });

  it('is written in its canonical form (re-serialising gives the same bytes)', () => {
    expect(serializeIndicators(file)).toBe(committed);
  });
});

describe('values against the curated CSVs', () => {
  /** [indicator id, file, column or year columns, exact ×10ⁿ] for every table-backed indicator. */
  const wide: [string, string, number][] = [
    ['population-registered', 'population_registered_2002_2013.csv', 0],
    ['hai', 'hai_2015_2021.csv', 0],
    ['gpp-per-capita', 'gpp_per_capita_baht_2016-2020.csv', 0],
    ['gpp', 'gpp_current_million_baht_2016-2020.csv', 0],
    ['gpp-population', 'gpp_population_thousand_2016-2020.csv', 3],
    ['education-gva', 'gpp_education_sector_gva_million_baht_2016-2020.csv', 0],
  ];
  it.each(wide)('%s equals every cell of %s (blank = null)', (id, name, pow) => {
    const ind = indicator(id);
    const rows = table(name).filter((r) => r['iso_3166_2'] !== 'TH');
    expect(rows).toHaveLength(77);
    for (const row of rows) {
      for (const year of ind.years) {
        const cell = row[String(year)] ?? '';
        // The thousands → persons column has 3 decimals, so × 1000 is a whole number.
        const expected = cell.trim() === '' ? null : pow === 0 ? Number(cell) : Math.round(Number(cell) * 10 ** pow);
        expect(value(id, row['iso_3166_2'] ?? '', year), `${id} ${row['iso_3166_2']} ${year}`).toBe(expected);
      }
    }
  });

  const columns: [string, string, string, number][] = [
    ['obec-schools', 'obec_school_count_2022.csv', 'schools_total', 2022],
    ['obec-students', 'obec_teachers_students_2018.csv', 'students', 2018],
    ['obec-teachers', 'obec_teachers_students_2018.csv', 'teachers', 2018],
    ['students-per-teacher', 'obec_teachers_students_2018.csv', 'students_per_teacher', 2018],
    ['targeted-poor-pct', 'tpmap_targeted_poor_2018.csv', 'targeted_poor_pct_of_surveyed', 2018],
    ['targeted-poor-persons', 'tpmap_targeted_poor_2018.csv', 'targeted_poor_persons', 2018],
    ['tpmap-surveyed-persons', 'tpmap_targeted_poor_2018.csv', 'surveyed_persons', 2018],
    ['targeted-poor-education', 'tpmap_targeted_poor_2018.csv', 'targeted_poor_deprived_education', 2018],
  ];
  it.each(columns)('%s equals %s → %s (blank = null)', (id, name, column, year) => {
    for (const row of table(name)) {
      const cell = (row[column] ?? '').trim();
      expect(value(id, row['iso_3166_2'] ?? '', year), `${id} ${row['iso_3166_2']}`).toBe(cell === '' ? null : Number(cell));
    }
  });

  const lfs: [string, string][] = [
    ['edu-upper-secondary-plus', 'pct_upper_secondary_or_higher'],
    ['edu-university', 'pct_university'],
    ['edu-no-education', 'pct_no_education'],
    ['lfs-pop15plus', 'pop15plus'],
  ];
  it.each(lfs)('%s equals the LFS shares table → %s, one row per province and year', (id, column) => {
    const rows = table('lfs_edu_attainment_shares_pop15plus_2011-2019.csv');
    let nonNull = 0;
    for (const row of rows) {
      expect(value(id, row['iso_3166_2'] ?? '', Number(row['year']))).toBe(Number(row[column]));
      nonNull += 1;
    }
    const cells = Object.values(indicator(id).values).flat();
    expect(cells.filter((v) => v !== null)).toHaveLength(nonNull);
  });

  it('population and area are the columns of geo/provinces.csv', () => {
    for (const p of provinces) {
      expect(value('population', p.iso, 2024)).toBe(p.population2024);
      expect(value('area', p.iso, 2019)).toBe(p.areaKm2);
    }
  });
});

describe('spot checks', () => {
  it('HAI Phayao 2021 and the whole kingdom', () => {
    expect(value('hai', 'TH-56', 2021)).toBe(0.650946689);
    expect(indicator('hai').national?.['2021']).toBe(0.641076697);
  });

  it("national figures where a province is missing are the source's own, checked against the provinces", () => {
    const sum = (id: string, year: number) => (indicator(id).values[String(year)] ?? []).reduce<number>((a, v) => a + (v ?? 0), 0);
    const pop = indicator('population-registered');
    // DOPA's announcements: the 76 provinces (Bueng Kan inside Nong Khai) add up to them exactly
    // in 2002 and 2007; in 2008 the table's provinces add up to 728 more (documented, not hidden).
    expect(pop.national).toEqual({ '2002': 62799872, '2007': 63038247, '2008': 63389730 });
    expect(sum('population-registered', 2002)).toBe(62799872);
    expect(sum('population-registered', 2007)).toBe(63038247);
    expect(sum('population-registered', 2008) - 63389730).toBe(728);
    // NSO's 2011 national row: 15+ population equal to the 76 provincial totals; shares from its counts.
    expect(indicator('lfs-pop15plus').national).toEqual({ '2011': 54195391 });
    expect(sum('lfs-pop15plus', 2011)).toBe(54195391);
    expect(indicator('edu-upper-secondary-plus').national?.['2011']).toBe(Number((((5734245 + 1899334 + 57606 + 4421540 + 2394549 + 943123) / 54195391) * 100).toFixed(2)));
    expect(indicator('edu-university').national?.['2011']).toBe(Number((((4421540 + 2394549 + 943123) / 54195391) * 100).toFixed(2)));
    expect(indicator('edu-no-education').national?.['2011']).toBe(Number(((2266738 / 54195391) * 100).toFixed(2)));
  });

  it('density of Bangkok = 5,456,000 / 1,564 rounded', () => {
    expect(value('density', 'TH-10', 2024)).toBe(Math.round(5456000 / 1564));
    expect(indicator('density').derivedFrom).toEqual(['population', 'area']);
  });

  it('Bueng Kan has registered population only from 2010', () => {
    for (let y = 2002; y <= 2009; y += 1) expect(value('population-registered', 'TH-38', y)).toBeNull();
    expect(value('population-registered', 'TH-38', 2010)).toBe(403542);
    expect(value('population-registered', 'TH-43', 2009)).toBe(907250);
  });

  it('Bangkok has no TPMAP data; OBEC staff data lacks cluster 5', () => {
    for (const id of ['targeted-poor-pct', 'targeted-poor-persons', 'tpmap-surveyed-persons', 'targeted-poor-education']) {
      expect(value(id, 'TH-10', 2018)).toBeNull();
    }
    for (const iso of ['TH-74', 'TH-75', 'TH-76', 'TH-77']) expect(value('students-per-teacher', iso, 2018)).toBeNull();
    expect(value('students-per-teacher', 'TH-60', 2018)).toBe(16.26);
  });

  it('NESDC population is shipped in persons, exactly', () => {
    expect(value('gpp-population', 'TH-10', 2020)).toBe(8998732);
    // Khon Kaen 2020, the sidecar's own spot check (208,472.36 m baht / 1,713.728 k persons).
    expect(value('gpp-per-capita', 'TH-40', 2020)).toBe(121648.451);
  });

  it('education share of GPP is its formula, rounded to 2 decimals', () => {
    const share = value('education-gva-share', 'TH-10', 2020);
    expect(share).toBe(Math.round((120048.1416 / 5270460.168) * 10000) / 100);
  });

  it('no zero appears where a source cell is blank', () => {
    const zeros = file.indicators.flatMap((ind) => Object.entries(ind.values).flatMap(([y, row]) => row.flatMap((v, i) => (v === 0 ? [`${ind.id} ${y} ${codes[i]}`] : []))));
    expect(zeros).toEqual([]);
  });
});
