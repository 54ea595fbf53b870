// Unit tests for the geo build's validation rules (geo/checks.ts).
import { describe, expect, it } from 'vitest';
import { areaKm2, compareArea, median } from '../../../geo/areaReport';
import { assertNoProblems, checkAreas, checkCodes, checkGeometry, checkJoin, checkSimplification, GeoCheckError } from '../../../geo/checks';
import { makeBowTie, makeIslands, makeRow, makeRows, makeSquare, makeUnclosed } from './factories';

describe('checkCodes', () => {
  it('accepts unique, well-formed codes', () => {
    expect(checkCodes(makeRows(5))).toEqual([]);
  });

  it('rejects a duplicated ISO code', () => {
    const rows = [...makeRows(2), makeRow(7, { iso: 'TH-10' })];
    expect(checkCodes(rows)).toEqual(['duplicated ISO code TH-10']);
  });

  it('rejects a missing or malformed ISO code', () => {
    const problems = checkCodes([makeRow(0, { iso: '' }), makeRow(1, { iso: 'TH10' })]);
    expect(problems).toEqual(['row 1: missing ISO code', 'row 2: malformed ISO code "TH10"']);
  });

  it('rejects duplicated DOPA and HASC codes', () => {
    const rows = [makeRow(0), makeRow(1, { dopa: '10', hasc: 'TH.AA' })];
    expect(checkCodes(rows)).toEqual(['duplicated DOPA code 10', 'duplicated HASC code TH.AA']);
  });
});

describe('checkJoin', () => {
  const rows = makeRows(2);
  const ids = rows.map((r) => r.hasc);

  it('passes when every id has a row and every row an id', () => {
    expect(checkJoin(ids, rows)).toEqual([]);
  });

  it('rejects a HASC id with no row', () => {
    expect(checkJoin([...ids, 'TH.ZZ'], rows)).toEqual(['HASC TH.ZZ in the topology has no row in the table']);
  });

  it('rejects a row with no geometry', () => {
    expect(checkJoin(ids.slice(1), rows)).toEqual([`TH-10 (HASC ${rows[0]?.hasc}) has no geometry`]);
  });

  it('rejects a geometry id used twice', () => {
    expect(checkJoin([...ids, ids[0] ?? ''], rows)).toEqual([`HASC ${ids[0]} appears on more than one geometry`]);
  });
});

describe('checkGeometry', () => {
  it('passes a square and a multipolygon of separate squares', () => {
    expect(checkGeometry('good', makeSquare())).toEqual([]);
    expect(checkGeometry('islands', makeIslands())).toEqual([]);
  });

  it('rejects a bow-tie (self-intersection)', () => {
    const problems = checkGeometry('bow', makeBowTie());
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^bow: self-intersection/);
  });

  it('rejects an unclosed ring', () => {
    expect(checkGeometry('open', makeUnclosed())).toEqual(['open: polygon 0 ring 0 is not closed']);
  });

  it('rejects a ring with fewer than 4 positions', () => {
    const triangle = { type: 'Polygon' as const, coordinates: [[[0, 0], [1, 1], [0, 0]]] };
    expect(checkGeometry('short', triangle)).toEqual(['short: polygon 0 ring 0 has 3 positions (< 4)']);
  });
});

describe('checkAreas', () => {
  const official = areaKm2(makeSquare());

  it('passes a geometry close to the official area', () => {
    expect(checkAreas([compareArea('TH-10', 'Good', Math.round(official), official)])).toEqual([]);
  });

  it('rejects a geometry 40 % off the official area', () => {
    const problems = checkAreas([compareArea('TH-11', 'Off', 1000, 600)]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^TH-11 Off: .*-40\.0 %/);
  });

  it('accepts 29 % and rejects 31 %', () => {
    expect(checkAreas([compareArea('TH-12', 'A', 1000, 1290)])).toEqual([]);
    expect(checkAreas([compareArea('TH-12', 'A', 1000, 1310)])).toHaveLength(1);
  });
});

describe('checkSimplification', () => {
  it('rejects a province that lost more than 2 % or disappeared', () => {
    const before = new Map([['TH-10', 100], ['TH-11', 100], ['TH-12', 100]]);
    const after = new Map([['TH-10', 99], ['TH-11', 97]]);
    expect(checkSimplification(before, after)).toEqual([
      'TH-11: simplification changed the area by -3.00 % (limit ±2 %)',
      'TH-12 disappeared in simplification',
    ]);
  });
});

describe('assertNoProblems', () => {
  it('throws one GeoCheckError listing every problem', () => {
    expect(() => assertNoProblems('stage', ['a', 'b'])).toThrow(GeoCheckError);
    expect(() => assertNoProblems('stage', ['a', 'b'])).toThrow(/stage.*2 problem\(s\):\n {2}- a\n {2}- b/);
    expect(() => assertNoProblems('stage', [])).not.toThrow();
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });
});
