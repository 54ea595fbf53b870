// Unit tests for the indicator build's rules on small synthetic fixtures: each rule can fail.
import { describe, expect, it } from 'vitest';
import { GeoCheckError } from '../../../geo/checks';
import { buildIndicators } from '../../../geo/indicators/buildIndicators';
import { parseCell, roundTo, yearFromHeader } from '../../../geo/indicators/cells';
import {
  checkIds,
  checkProvinceList,
  checkRatioValues,
  checkReferences,
  checkShape,
  checkSource,
  checkTableRows,
  checkWeights,
} from '../../../geo/indicators/checks';
import { findMissing, formatMissing, yearRanges } from '../../../geo/indicators/missingReport';
import type { IndicatorSpec } from '../../../geo/indicators/spec';
import type { Indicator } from '../../../src/data/indicatorTypes';
import { csv, makeIndicator, makeMeta, makeProvinceRows } from './indicatorFactories';

const byId = (...inds: Indicator[]): Map<string, Indicator> => new Map(inds.map((i) => [i.id, i]));

describe('cells', () => {
  it('reads a blank cell as null, never 0, and 0 as 0', () => {
    expect(parseCell('')).toEqual({ ok: true, value: null });
    expect(parseCell('  ')).toEqual({ ok: true, value: null });
    expect(parseCell('0')).toEqual({ ok: true, value: 0 });
  });

  it('rejects text that is not a plain decimal', () => {
    for (const bad of ['-', 'n/a', '1,234', '1e5', '12 %']) expect(parseCell(bad).ok).toBe(false);
  });

  it('rejects more digits than a double keeps', () => {
    expect(parseCell('1234567890.1234567').ok).toBe(false);
  });

  it('scales by powers of ten on the text, exactly', () => {
    expect(parseCell('8753.303', 3)).toEqual({ ok: true, value: 8753303 });
    expect(parseCell('0.5', 3)).toEqual({ ok: true, value: 500 });
    expect(parseCell('1.23456', 3)).toEqual({ ok: true, value: 1234.56 });
  });

  it('converts Buddhist Era headers to CE and ignores non-years', () => {
    expect(yearFromHeader('2553')).toEqual({ ce: 2010, era: 'BE' });
    expect(yearFromHeader('2010')).toEqual({ ce: 2010, era: 'CE' });
    expect(yearFromHeader('name_th')).toBeNull();
    expect(yearFromHeader('3000')).toBeNull();
  });

  it('rounds half away from zero', () => {
    expect(roundTo(3488.49, 0)).toBe(3488);
    expect(roundTo(2.345, 1)).toBe(2.3);
    expect(roundTo(-1.5, 0)).toBe(-2);
  });
});

describe('checkTableRows', () => {
  const provinces = new Map([['TH-10', { nameTh: 'กรุงเทพมหานคร' }], ['TH-11', { nameTh: 'สมุทรปราการ' }]]);
  const row = (iso: string, line: number, key = '', nameTh?: string) => ({ iso, line, key, nameTh });

  it('accepts known codes, once per year', () => {
    expect(checkTableRows('t.csv', [row('TH-10', 2, '2011'), row('TH-10', 3, '2012'), row('TH-11', 4, '2011')], provinces)).toEqual([]);
  });

  it('rejects a code not in geo/provinces.csv', () => {
    expect(checkTableRows('t.csv', [row('TH-99', 2)], provinces)).toEqual(['t.csv line 2 field iso_3166_2: "TH-99" is not a province code of geo/provinces.csv']);
  });

  it('accepts TH only where the table has a national row', () => {
    expect(checkTableRows('t.csv', [row('TH', 2)], provinces)).toHaveLength(1);
    expect(checkTableRows('t.csv', [row('TH', 2)], provinces, 'TH')).toEqual([]);
  });

  it('rejects a province twice in the same year', () => {
    expect(checkTableRows('t.csv', [row('TH-10', 2, '2011'), row('TH-10', 3, '2011')], provinces, undefined, 'year')).toEqual(['t.csv line 3 field year: TH-10 2011 already on line 2']);
  });

  it('rejects a Thai name that does not match the code (a shifted row)', () => {
    expect(checkTableRows('t.csv', [row('TH-10', 2, '', 'สมุทรปราการ')], provinces)).toHaveLength(1);
  });
});

describe('checkSource, checkIds, checkProvinceList', () => {
  it('requires organisation (th, en), title, year and licence', () => {
    expect(checkSource(makeIndicator())).toEqual([]);
    const bad = makeIndicator({ source: { organisation: { th: '', en: 'Agency' }, title: ' ', year: '2020', licence: '' } });
    expect(checkSource(bad)).toEqual(['things: source lacks organisation.th, title, licence']);
  });

  it('requires ids to be URL-safe and unique', () => {
    expect(checkIds([{ id: 'gpp-per-capita' }, { id: 'hai' }])).toEqual([]);
    expect(checkIds([{ id: 'GPP per capita' }, { id: 'a--b' }])).toHaveLength(2);
    expect(checkIds([{ id: 'hai' }, { id: 'hai' }])).toEqual(['id "hai" is used twice']);
  });

  it('requires the sorted province codes of the table', () => {
    expect(checkProvinceList(['TH-10', 'TH-11'], ['TH-11', 'TH-10'])).toEqual([]);
    expect(checkProvinceList(['TH-11', 'TH-10'], ['TH-11', 'TH-10'])).toHaveLength(1);
    expect(checkProvinceList(['TH-10'], ['TH-11', 'TH-10'])).toHaveLength(1);
  });
});

describe('checkShape', () => {
  it('passes a well-formed indicator', () => {
    expect(checkShape(makeIndicator(), 3)).toEqual([]);
  });

  it('rejects an array that is not one entry per province', () => {
    expect(checkShape(makeIndicator({ values: { '2020': [1, 2] } }), 3)).toEqual(['things: values[2020] has 2 entries, not 3']);
  });

  it('rejects NaN and Infinity', () => {
    expect(checkShape(makeIndicator({ values: { '2020': [1, Number.NaN, Number.POSITIVE_INFINITY] } }), 3)).toHaveLength(2);
  });

  it('rejects years out of order or not matching the values keys', () => {
    const twoYears = { '2020': [1, 2, 3], '2021': [1, 2, 3] };
    expect(checkShape(makeIndicator({ years: [2021, 2020], values: twoYears }), 3)).toEqual(['things: years not strictly ascending at 2020']);
    expect(checkShape(makeIndicator({ years: [2020], values: twoYears }), 3)).toHaveLength(1);
  });

  it('rejects national values for years the indicator does not have', () => {
    expect(checkShape(makeIndicator({ national: { '2019': 5 } }), 3)).toEqual(['things: national has year 2019 that is not in years']);
  });
});

describe('references and derived values', () => {
  const num = makeIndicator({ id: 'num', values: { '2020': [10, 20, null] } });
  const den = makeIndicator({ id: 'den', years: [2019], values: { '2019': [4, 8, 16] } });
  const ratio = (values: (number | null)[], derived = true): Indicator =>
    makeIndicator({
      id: 'ratio',
      decimals: 1,
      aggregation: { kind: 'ratio', numerator: 'num', denominator: 'den', denominatorYear: 2019 },
      values: { '2020': values },
      ...(derived ? { derivedFrom: ['num', 'den'] } : {}),
    });

  it('accepts a derived ratio equal to its formula within rounding', () => {
    expect(checkRatioValues(ratio([2.5, 2.5, null]), byId(num, den))).toEqual([]);
    expect(checkReferences(ratio([2.5, 2.5, null]), byId(num, den))).toEqual([]);
  });

  it('rejects a derived value that differs from its formula', () => {
    expect(checkRatioValues(ratio([2.5, 2.7, null]), byId(num, den))).toEqual(['ratio 2020 #1: 2.7 ≠ num/den = 2.5']);
  });

  it('rejects a value where an input has no data, and a derived null where both inputs do', () => {
    expect(checkRatioValues(ratio([2.5, 2.5, 0]), byId(num, den))).toHaveLength(1);
    expect(checkRatioValues(ratio([2.5, null, null]), byId(num, den))).toEqual(['ratio 2020 #1: null but the formula gives 2.5']);
  });

  it('rejects a derived value with more decimals than it states', () => {
    expect(checkRatioValues(ratio([2.5, 2.5001, null]), byId(num, den))).toContain('ratio 2020 #1: 2.5001 has more than 1 decimals');
  });

  it('rejects references to missing indicators or years', () => {
    const orphan = makeIndicator({ id: 'x', aggregation: { kind: 'ratio', numerator: 'nope', denominator: 'den' }, derivedFrom: ['nope'] });
    const problems = checkReferences(orphan, byId(den));
    expect(problems).toContain('x: numerator "nope" is not a shipped indicator');
    expect(problems).toContain('x: denominator "den" has no data for 2020');
    expect(problems).toContain('x: derivedFrom "nope" is not a shipped indicator');
  });

  it('requires a weight wherever a weighted mean has a value', () => {
    const weight = makeIndicator({ id: 'w', values: { '2020': [5, null, 7] } });
    const share = makeIndicator({ id: 's', aggregation: { kind: 'weighted-mean', weight: 'w' }, values: { '2020': [1, 2, null] } });
    expect(checkWeights(share, byId(weight))).toEqual(['s 2020 #1: value without a positive weight']);
  });
});

describe('missing report', () => {
  it('names provinces, and years when only some are missing', () => {
    const ind = makeIndicator({ id: 'pop', years: [2008, 2009, 2010], values: { '2008': [1, null, null], '2009': [1, null, null], '2010': [1, 2, null] } });
    const line = formatMissing(findMissing(ind, ['TH-10', 'TH-11', 'TH-12']), ind.years);
    expect(line).toBe('pop: 5 missing (TH-11 2008–2009, TH-12)');
    expect(formatMissing(findMissing(makeIndicator(), ['TH-10', 'TH-11', 'TH-12']), [2020])).toBe('things: 0 missing');
  });

  it('compresses years into ranges', () => {
    expect(yearRanges([2002, 2003, 2004, 2007, 2009, 2010])).toBe('2002–2004, 2007, 2009–2010');
  });
});

describe('buildIndicators on fixtures', () => {
  const provinces = makeProvinceRows(3);
  const header = ['iso_3166_2', 'name_th', '2552', '2553'];
  const spec = (overrides: Partial<IndicatorSpec> = {}): IndicatorSpec => ({
    meta: makeMeta('pop'),
    recipe: { kind: 'wide', file: 'population_registered_2002_2013.csv' },
    ...overrides,
  });
  const build = (tables: Record<string, string>, specs: IndicatorSpec[] = [spec()]) => {
    const log: string[] = [];
    return { file: buildIndicators(specs, { tables, provinces }, (t) => log.push(t)), log };
  };

  it('converts BE headers, turns blanks and absent provinces into null, and logs them', () => {
    const text = csv(header, [['TH-10', 'จังหวัด10', '', 5], ['TH-11', 'จังหวัด11', 0, 7]]);
    const { file, log } = build({ 'population_registered_2002_2013.csv': text });
    const pop = file.indicators[0];
    expect(pop?.years).toEqual([2009, 2010]);
    expect(pop?.values).toEqual({ '2009': [null, 0, null], '2010': [5, 7, null] });
    expect(log).toContain('  pop: 3 missing (TH-10 2009, TH-12)');
    expect(log.some((l) => l.includes('2552→2009'))).toBe(true);
  });

  it('fails loudly on an unknown code, a duplicate or a non-number', () => {
    const bad = csv(header, [['TH-10', 'จังหวัด10', 1, 2], ['TH-10', 'จังหวัด10', 1, 2], ['TH-99', 'x', 1, 2], ['TH-11', 'จังหวัด11', '-', 2]]);
    const run = () => build({ 'population_registered_2002_2013.csv': bad });
    expect(run).toThrow(GeoCheckError);
    expect(run).toThrow(/TH-10 already on line 2[\s\S]*TH-99[\s\S]*"-" is not a plain decimal/);
  });

  it('fails when a table is not provided', () => {
    expect(() => build({})).toThrow(/table not provided/);
  });

  it('reads national values only from the TH row of a table that has one', () => {
    const hai = csv(['iso_3166_2', '2021'], [['TH', 0.6], ['TH-10', 0.7], ['TH-11', 0.5], ['TH-12', 0.55]]);
    const { file } = build({ 'hai_2015_2021.csv': hai }, [spec({ meta: makeMeta('hai', { aggregation: { kind: 'none' } }), recipe: { kind: 'wide', file: 'hai_2015_2021.csv', national: true } })]);
    expect(file.indicators[0]?.national).toEqual({ '2021': 0.6 });
    expect(() => build({ 'population_registered_2002_2013.csv': hai.replace('2021', '2553') })).toThrow(/"TH" is not a province code/);
  });

  it('derives a ratio from two indicators by its aggregation, with derivedFrom', () => {
    const land = csv(['iso_3166_2', 'people', 'land'], [['TH-10', 1000, 100], ['TH-11', 2000, 200], ['TH-12', 3000, 300]]);
    const specs: IndicatorSpec[] = [
      spec({ meta: makeMeta('density', { decimals: 1, aggregation: { kind: 'ratio', numerator: 'people', denominator: 'land', denominatorYear: 2019 } }), recipe: { kind: 'derived-ratio' } }),
      spec({ meta: makeMeta('people'), recipe: { kind: 'column', file: 'land.csv', column: 'people', year: 2024 } }),
      spec({ meta: makeMeta('land'), recipe: { kind: 'column', file: 'land.csv', column: 'land', year: 2019 } }),
    ];
    const density = build({ 'land.csv': land }, specs).file.indicators[0];
    expect(density?.values).toEqual({ '2024': [10, 10, 10] });
    expect(density?.derivedFrom).toEqual(['people', 'land']);
  });
});
