import { describe, expect, it } from 'vitest';
import { sortRows, type TableRow } from '../../../src/panels/tableRows';

const row = (code: string, name: string, value: number | null, rank: number | null, region = 'R'): TableRow =>
  ({ code, name, value, rank, region }) as TableRow;
const rows = [row('TH-10', 'Bangkok', 3, 1), row('TH-51', 'Lamphun', null, null), row('TH-56', 'Phayao', 1, 2)];

describe('data table sorting', () => {
  it('sorts by value either way with "no data" always last', () => {
    expect(sortRows(rows, { key: 'value', ascending: true }, 'en').map((r) => r.code)).toEqual(['TH-56', 'TH-10', 'TH-51']);
    expect(sortRows(rows, { key: 'value', ascending: false }, 'en').map((r) => r.code)).toEqual(['TH-10', 'TH-56', 'TH-51']);
    expect(sortRows(rows, { key: 'rank', ascending: false }, 'en').map((r) => r.code)).toEqual(['TH-56', 'TH-10', 'TH-51']);
  });
  it('sorts names with the locale’s collation', () => {
    const thai = [row('a', 'พะเยา', 1, 1), row('b', 'กรุงเทพมหานคร', 1, 1), row('c', 'ลำพูน', 1, 1)];
    expect(sortRows(thai, { key: 'name', ascending: true }, 'th').map((r) => r.name)).toEqual(['กรุงเทพมหานคร', 'พะเยา', 'ลำพูน']);
  });
});
