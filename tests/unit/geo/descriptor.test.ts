// Unit tests of the indicators' Data Package descriptor: the shipped one is valid, and each kind
// of mistake a deployer can make is reported with the file, the line and the field.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readIndicatorPackage } from '../../../geo/indicators/descriptor';
import { checkTable } from '../../../geo/indicators/tableSchema';

const read = (path: string): string => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
const schemas = { datapackage: JSON.parse(read('geo/schema/datapackage.json')) as object, indicators: JSON.parse(read('geo/schema/atlas-indicators.json')) as object };
const shipped = read('geo/datapackage.json');

/** A one-resource, one-indicator descriptor, pretty-printed so each property has its own line. */
function descriptor(edit: (d: { resources: Record<string, unknown>[]; indicators: Record<string, unknown>[] }) => void = () => {}): string {
  const d = {
    resources: [{ name: 'things', path: 'indicators/things.csv', schema: { fields: [{ name: 'iso_3166_2', type: 'string' }, { name: 'year', type: 'year' }, { name: 'value', type: 'number' }] } }],
    indicators: [
      {
        id: 'things',
        title: { th: 'สิ่งของ', en: 'Things' },
        description: { th: 'จำนวนสิ่งของ', en: 'Number of things.' },
        unit: 'count',
        polarity: 'neutral',
        decimals: 0,
        aggregation: { kind: 'sum' },
        source: { publisher: { th: 'หน่วยงาน', en: 'Agency' }, title: 'Things', year: '2020', licence: 'CC0 1.0' },
        values: { resource: 'things', field: 'value' },
      },
    ],
  };
  edit(d);
  return JSON.stringify(d, null, 2);
}
const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('readIndicatorPackage', () => {
  it('accepts the shipped descriptor: 22 indicators, every table a resource', () => {
    const { pkg, problems } = readIndicatorPackage('geo/datapackage.json', shipped, schemas);
    expect(problems).toEqual([]);
    expect(pkg.specs).toHaveLength(22);
    expect(pkg.resources.map((r) => r.path)).toContain('geo/indicators/hai_2015_2021.csv');
    expect(pkg.specs.find((s) => s.meta.id === 'density')?.meta.aggregation).toEqual({ kind: 'ratio', numerator: 'population', denominator: 'area', denominatorYear: 2019 });
  });

  it('reads a long table by its year field, paths relative to the descriptor', () => {
    const { pkg, problems } = readIndicatorPackage('x/datapackage.json', descriptor(), schemas);
    expect(problems).toEqual([]);
    expect(pkg.specs[0]?.recipe).toEqual({ kind: 'long', file: 'x/indicators/things.csv', column: 'value', yearColumn: 'year' });
  });

  it('names the line and field of a missing licence', () => {
    const text = descriptor((d) => {
      delete (d.indicators[0]?.source as Record<string, unknown>)['licence'];
    });
    expect(readIndicatorPackage('p.json', text, schemas).problems).toEqual([`p.json line ${lineOf(text, '"source"')} field indicators[0].source.licence ("things"): is required`]);
  });

  it('names an unknown unit, a misspelt property and a resource that does not exist', () => {
    const text = descriptor((d) => {
      const ind = d.indicators[0] as Record<string, unknown>;
      ind['unit'] = 'furlongs';
      ind['licnece'] = 'CC0';
      ind['values'] = { resource: 'nothing', field: 'value' };
    });
    expect(readIndicatorPackage('p.json', text, schemas).problems).toEqual([
      `p.json line ${lineOf(text, '"licnece"')} field indicators[0].licnece ("things"): is not a property the schema allows (a typo?)`,
      `p.json line ${lineOf(text, 'furlongs')} field indicators[0].unit ("things"): must be one of "people", "km2", "people-per-km2", "index", "baht", "million-baht", "percent", "count", "ratio"`,
      `p.json line ${lineOf(text, '"nothing"')} field indicators[0].values.resource ("things"): no resource named "nothing" in this package`,
    ]);
  });

  it('checks the Data Package profile itself (a resource needs a path or data)', () => {
    const text = descriptor((d) => {
      delete d.resources[0]?.['path'];
    });
    const problems = readIndicatorPackage('p.json', text, schemas).problems;
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.startsWith('p.json line '))).toBe(true);
    expect(problems.some((p) => p.includes('field resources[0]'))).toBe(true);
  });

  it('turns a formula into a derived ratio and refuses an aggregation beside it', () => {
    const ok = readIndicatorPackage('p.json', descriptor((d) => {
      const ind = d.indicators[0] as Record<string, unknown>;
      delete ind['aggregation'];
      ind['values'] = { formula: 'a / b[2019] * 100' };
    }), schemas);
    expect(ok.problems).toEqual([]);
    expect(ok.pkg.specs[0]?.meta.aggregation).toEqual({ kind: 'ratio', numerator: 'a', denominator: 'b', scale: 100, denominatorYear: 2019 });
    const both = readIndicatorPackage('p.json', descriptor((d) => {
      (d.indicators[0] as Record<string, unknown>)['values'] = { formula: 'a / b' };
    }), schemas);
    expect(both.problems).toEqual([expect.stringMatching(/field indicators\[0\]\.aggregation \("things"\): a derived indicator takes its aggregation from values\.formula/)]);
  });

  it('reports broken JSON', () => {
    expect(readIndicatorPackage('p.json', '{"resources": [', schemas).problems).toEqual([expect.stringMatching(/^p\.json: not valid JSON/)]);
  });
});

describe('checkTable (Table Schema)', () => {
  const schema = {
    fields: [
      { name: 'iso_3166_2', type: 'string', constraints: { required: true, pattern: 'TH-[0-9]{2}' } },
      { name: 'year', type: 'year' },
      { name: 'value', type: 'number' },
    ],
  };

  it('accepts a good table, blanks as missing values', () => {
    expect(checkTable('t.csv', 'iso_3166_2,year,value\nTH-10,2020,1.5\nTH-11,2020,\n', schema)).toEqual([]);
  });

  it('names line and field of each bad cell', () => {
    expect(checkTable('t.csv', 'iso_3166_2,year,value\nTH-10,2020,1,5\nX,20,n/a\n,2020,1\n', schema)).toEqual([
      't.csv line 3 field iso_3166_2: "X" does not match TH-[0-9]{2}',
      't.csv line 3 field year: "20" is not a four-digit year',
      't.csv line 3 field value: "n/a" is not a plain decimal number',
      't.csv line 4 field iso_3166_2: is required (blank)',
    ]);
  });

  it('checks the header against the fields, in order', () => {
    expect(checkTable('t.csv', 'iso_3166_2,value,year\nTH-10,1,2020\n', schema)).toEqual([
      "t.csv line 1: the header must be exactly the schema's fields in order (iso_3166_2, year, value); it is iso_3166_2, value, year",
    ]);
  });
});
