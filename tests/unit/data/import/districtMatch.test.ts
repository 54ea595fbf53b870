// Matching table rows to districts: codes, Thai and English names with and without prefixes,
// เมือง names told apart by a province column, ambiguity reported (never guessed).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDistrictIndex, districtKey, guessDistrictColumn, matchDistrictRows } from '../../../../src/data/import/districtMatch';
import type { DistrictProps } from '../../../../src/data/import/districts';
import { parseDelimited } from '../../../../src/data/import/delimited';
import { DISTRICT_CSV, syntheticDistricts } from '../../../fixtures/syntheticDistricts';
import { index } from './importContext';

const { districts: synthetic } = syntheticDistricts();
const props: DistrictProps[] = synthetic.map((d) => ({ code: d.code, nameTh: d.nameTh, nameEn: d.nameEn, province: d.province }));
const at = (code: string) => props.findIndex((p) => p.code === code);
const dIndex = buildDistrictIndex(props);

describe('districtKey', () => {
  it('drops อำเภอ/อ./เขต/Amphoe/District/Khet, case and spaces, and spells Mueang one way', () => {
    expect(districtKey('อำเภอเมืองพะเยา')).toBe(districtKey('เมืองพะเยา'));
    expect(districtKey('อ. เมืองพะเยา')).toBe(districtKey('เมืองพะเยา'));
    expect(districtKey('เขตพระนคร')).toBe(districtKey('พระนคร'));
    expect(districtKey('Amphoe Muang Phayao')).toBe(districtKey('Mueang Phayao'));
    expect(districtKey('mueang phayao district')).toBe(districtKey('Mueang Phayao'));
    expect(districtKey('Khet Phra Nakhon')).toBe(districtKey('Phra Nakhon'));
  });
});

describe('district index', () => {
  it('matches codes with and without TH, and names in both languages', () => {
    expect(dIndex.match('TH5601')).toEqual({ kind: 'match', index: at('TH5601'), rule: 'district-code' });
    expect(dIndex.match('5701')).toEqual({ kind: 'match', index: at('TH5701'), rule: 'district-code' });
    expect(dIndex.match('เมืองเชียงราย')).toEqual({ kind: 'match', index: at('TH5701'), rule: 'thai' });
    expect(dIndex.match('amphoe mueang lamphun')).toEqual({ kind: 'match', index: at('TH5101'), rule: 'english' });
    expect(dIndex.match('TH9999')).toEqual({ kind: 'unknown' });
    expect(dIndex.match('ไม่มี')).toEqual({ kind: 'unknown' });
  });

  it('reports a เมือง or other repeated name as ambiguous unless the province tells them apart', () => {
    expect(dIndex.match('เมือง')).toEqual({ kind: 'ambiguous', candidates: [at('TH5601'), at('TH5701'), at('TH5101')] });
    expect(dIndex.match('อำเภอเมือง', 'TH-57')).toEqual({ kind: 'match', index: at('TH5701'), rule: 'thai' });
    expect(dIndex.match('Mueang', 'TH-51')).toEqual({ kind: 'match', index: at('TH5101'), rule: 'english' });
    expect(dIndex.match('Synthetic B').kind).toBe('ambiguous');
    expect(dIndex.match('Synthetic B', 'TH-56')).toEqual({ kind: 'match', index: at('TH5602'), rule: 'english' });
    // The right name in the wrong province is not that district.
    expect(dIndex.match('เมืองพะเยา', 'TH-57')).toEqual({ kind: 'unknown' });
    expect(dIndex.match('TH5601', 'TH-57')).toEqual({ kind: 'unknown' });
  });
});

describe('matchDistrictRows', () => {
  const table = parseDelimited(DISTRICT_CSV);
  const mapping = { district: guessDistrictColumn(table.header), province: 1, values: [2] };
  const { indicators, report } = matchDistrictRows(table, mapping, props, index, 'district.csv', 'csv');

  it('imports what it can match, Thai digits included', () => {
    expect(mapping.district).toBe(0);
    expect(guessDistrictColumn(['จังหวัด', 'ชื่ออำเภอ', 'ค่า'])).toBe(1);
    expect(guessDistrictColumn(['province', 'value'])).toBe(-1);
    expect(indicators).toHaveLength(1);
    const v = indicators[0]?.values ?? [];
    expect(indicators[0]?.name).toBe('ครูต่อนักเรียน');
    expect(v[at('TH5601')]).toBe(12);
    expect(v[at('TH5701')]).toBe(30);
    expect(v[at('TH5102')]).toBe(42);
    expect(v[at('TH5603')]).toBe(88);
    expect(v.filter((x) => x !== null)).toHaveLength(4);
    expect(report.byRule).toEqual({ thai: 3, 'district-code': 1 });
  });

  it('reports every other row with its line and reason', () => {
    expect(report.rejected.map((r) => [r.line, r.reason, r.detail])).toEqual([
      [4, 'ambiguous-district', 'เมือง'],
      [6, 'ambiguous-district', 'สังเคราะห์ข'],
      [7, 'unknown-district', 'ไม่มีอำเภอนี้ (พะเยา)'],
      [8, 'unknown-province', 'ไม่มีจังหวัด'],
    ]);
    expect(report.importedRows + report.rejected.length).toBe(report.totalRows);
  });

  it('without a province column the เมือง row with a province is ambiguous too', () => {
    const r = matchDistrictRows(table, { ...mapping, province: -1 }, props, index, 'd.csv', 'csv').report;
    expect(r.rejected.filter((x) => x.reason === 'ambiguous-district').map((x) => x.line)).toEqual([3, 4, 5, 6, 8]);
  });

  it('reports a second row for the same district as a duplicate', () => {
    const t = parseDelimited('district,value\nTH5601,1\nMueang Phayao,2\n');
    const r = matchDistrictRows(t, { district: 0, province: -1, values: [1] }, props, index, 'd.csv', 'csv');
    expect(r.report.rejected).toMatchObject([{ line: 3, reason: 'duplicate', duplicateOf: 2 }]);
    expect(r.indicators[0]?.values[at('TH5601')]).toBe(1);
  });

  it('imports or reports every row of any table (property)', () => {
    const cell = fc.oneof(fc.constantFrom('เมือง', 'TH5601', 'Synthetic B', 'พะเยา', '', '-', '๑๒', 'x,y'), fc.string({ maxLength: 8 }));
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell, cell), { maxLength: 30 }), (rows) => {
        const t = { header: ['a', 'b', 'c'], headerLine: 1, notes: [], rows: rows.map((cells, i) => ({ line: i + 2, cells: [...cells] })) };
        const r = matchDistrictRows(t, { district: 0, province: 1, values: [2] }, props, index, 'p.csv', 'csv').report;
        expect(r.importedRows + r.rejected.length).toBe(rows.length);
      }),
      { numRuns: 300 },
    );
  });
});
