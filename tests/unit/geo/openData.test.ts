// The published open data (public/data/atlas-data/, served as data/atlas-data/): the descriptor
// validates against the Frictionless Data Package profile, lists every shipped indicator, and each
// CSV holds exactly the values of indicators.json, cell by cell (blank where null, never 0).
import { readdirSync, readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { compileSchema } from '../../../geo/indicators/jsonSchema';
import { buildOpenData } from '../../../geo/indicators/openData';
import { parseProvinceTable } from '../../../geo/provinceTable';
import type { IndicatorsFile } from '../../../src/data/indicatorTypes';

const read = (path: string): string => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
const file = JSON.parse(read('public/data/indicators.json')) as IndicatorsFile;
const provinces = parseProvinceTable(read('geo/provinces.csv'));
const descriptorText = read('public/data/atlas-data/datapackage.json');
const descriptor = JSON.parse(descriptorText) as { resources: { name: string; path: string; licence: string; sources: { path?: string }[] }[] };
const profile = JSON.parse(read('geo/schema/datapackage.json')) as object;

describe('data/atlas-data/datapackage.json', () => {
  it('validates against the Data Package profile', () => {
    expect(compileSchema(profile)(descriptor)).toEqual([]);
  });

  it('has a resource, with licence and source, for every shipped indicator, and no other file', () => {
    expect(descriptor.resources.map((r) => r.name)).toEqual(file.indicators.map((i) => i.id));
    expect(descriptor.resources.map((r) => r.path)).toEqual(file.indicators.map((i) => `${i.id}.csv`));
    for (const [i, r] of descriptor.resources.entries()) {
      expect(r.licence).toBe(file.indicators[i]?.source.licence);
      expect(r.sources[0]?.path).toBe(file.indicators[i]?.source.url);
    }
    expect(readdirSync(new URL('../../../public/data/atlas-data/', import.meta.url)).sort()).toEqual(
      ['datapackage.json', ...descriptor.resources.map((r) => r.path)].sort(),
    );
  });

  it('is what the build writes from indicators.json', () => {
    const built = buildOpenData(file, provinces);
    expect(built['atlas-data/datapackage.json']).toBe(descriptorText);
    for (const r of descriptor.resources) expect(built[`atlas-data/${r.path}`], r.path).toBe(read(`public/data/atlas-data/${r.path}`));
  });
});

describe('each published CSV', () => {
  const names = new Map(provinces.map((p) => [p.iso, p]));
  it.each(file.indicators.map((i) => [i.id, i] as const))('%s holds exactly the values of indicators.json', (id, ind) => {
    const parsed = Papa.parse<string[]>(read(`public/data/atlas-data/${id}.csv`), { skipEmptyLines: true });
    const [header, ...rows] = parsed.data;
    expect(header).toEqual(['iso', 'name_th', 'name_en', 'year', 'value']);
    expect(rows).toHaveLength(ind.years.length * file.provinces.length);
    let r = 0;
    for (const year of ind.years) {
      file.provinces.forEach((iso, i) => {
        const v = ind.values[String(year)]?.[i];
        const [cIso, cTh, cEn, cYear, cValue] = rows[r] ?? [];
        r += 1;
        expect([cIso, cTh, cEn, cYear], `${id} row ${r}`).toEqual([iso, names.get(iso)?.nameTh, names.get(iso)?.nameEn, String(year)]);
        if (v === null) expect(cValue, `${id} ${iso} ${year} is no data`).toBe('');
        else expect(Number(cValue), `${id} ${iso} ${year}`).toBe(v);
      });
    }
  });
});
