// Unit tests of the runtime Data Packages' checks: the config, a descriptor (every field named
// with its package) and a CSV (aligned to the provinces; blank = null; bad rows named by line).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DataFileError } from '../../../src/data/atlasData';
import { packageIndicator, planPackage, readPackageConfig } from '../../../src/data/runtimePackage';

const fixture = (path: string): string => readFileSync(new URL(`../../fixtures/runtime-packages/${path}`, import.meta.url), 'utf8');
const eef = JSON.parse(fixture('eef/datapackage.json')) as { resources: Record<string, unknown>[] };
const PROVINCES = ['TH-10', 'TH-50', 'TH-56', 'TH-57'];
const error = (run: () => unknown): string => {
  try {
    run();
  } catch (e) {
    if (e instanceof DataFileError) return e.message;
    throw e;
  }
  throw new Error('did not throw');
};

describe('readPackageConfig', () => {
  it('reads the list of same-origin paths', () => {
    expect(readPackageConfig({ packages: ['eef/datapackage.json'] })).toEqual(['eef/datapackage.json']);
    expect(readPackageConfig({ packages: [] })).toEqual([]);
  });

  it('refuses other origins, absolute and parent paths, and a missing list', () => {
    for (const bad of ['https://evil.example/p.json', '//evil.example/p.json', '/abs/p.json', '../up/p.json', 'a/../../p.json', 'javascript:alert(1)']) {
      expect(error(() => readPackageConfig({ packages: [bad] }))).toBe('data-packages.json: packages[0] must be a path on this site, relative to the app');
    }
    expect(error(() => readPackageConfig({}))).toBe('data-packages.json: field "packages" must be a list of paths');
  });
});

describe('planPackage', () => {
  it('turns each resource into an indicator marked with its package', () => {
    const [plan] = planPackage('eef/datapackage.json', eef, new Set(['hai']));
    expect(plan?.path).toBe('tutors.csv');
    expect(plan?.meta).toMatchObject({
      id: 'eef-synthetic-tutors',
      unit: 'ratio',
      aggregation: { kind: 'none' },
      packageFrom: 'eef/datapackage.json',
      source: { organisation: { en: 'EEF (test fixture)' }, licence: 'CC0 1.0 (synthetic)', note: { en: 'Synthetic, not real data.' } },
    });
  });

  it('names the package and the field of each mistake', () => {
    expect(error(() => planPackage('b.json', JSON.parse(fixture('broken/datapackage.json')), new Set()))).toBe(
      'b.json: field resources[0].atlas.source.licence: is required (text)',
    );
    expect(error(() => planPackage('e.json', eef, new Set(['eef-synthetic-tutors'])))).toMatch(/field resources\[0\]\.name: "eef-synthetic-tutors" is already an indicator/);
    const edited = (edit: (r: Record<string, unknown>) => void) => {
      const copy = JSON.parse(JSON.stringify(eef)) as typeof eef;
      edit(copy.resources[0] as Record<string, unknown>);
      return () => planPackage('e.json', copy, new Set());
    };
    expect(error(edited((r) => (r['path'] = 'https://elsewhere.example/x.csv')))).toMatch(/field resources\[0\]\.path: must be a \.csv path on this site/);
    expect(error(edited((r) => ((r['atlas'] as Record<string, unknown>)['unit'] = 'furlongs')))).toMatch(/field resources\[0\]\.atlas\.unit: must be one of/);
    expect(error(() => planPackage('e.json', { resources: [] }, new Set()))).toBe('e.json: field resources: must be a non-empty list');
  });
});

describe('packageIndicator', () => {
  const [plan] = planPackage('eef/datapackage.json', eef, new Set());
  const build = (csv: string) => packageIndicator('eef → tutors.csv', plan!, csv, PROVINCES);

  it('aligns the values to the provinces: absent or blank is null, never 0', () => {
    const ind = build(fixture('eef/tutors.csv'));
    expect(ind.years).toEqual([2024]);
    expect(ind.values).toEqual({ '2024': [1.5, 4.25, 6, null] });
  });

  it('names the line and field of a wrong province, a repeated year and a non-number', () => {
    expect(error(() => build('iso,year,value\nTH-99,2024,1\n'))).toBe('eef → tutors.csv: line 2 field iso: "TH-99" is not a province code (TH-10 … TH-96)');
    expect(error(() => build('iso,year,value\nTH-10,2024,1\nTH-10,2024,2\n'))).toBe('eef → tutors.csv: line 3 field year: TH-10 2024 appears twice');
    expect(error(() => build('iso,year,value\nTH-10,2024,n/a\n'))).toBe('eef → tutors.csv: line 2 field value: "n/a" is not a number');
    expect(error(() => build('iso,value\nTH-10,1\n'))).toBe('eef → tutors.csv: line 1: no column "year"');
    expect(error(() => build('iso,year,value\nTH-10,2024,\n'))).toBe('eef → tutors.csv: file: has no values');
  });
});
