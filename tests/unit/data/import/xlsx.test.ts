import { describe, expect, it } from 'vitest';
import { readFile } from '../../../../src/data/import/readFile';
import { guessMapping } from '../../../../src/data/import/mapping';
import { buildIndicators } from '../../../../src/data/import/buildIndicators';
import { makeXlsx } from '../../../fixtures/import/xlsx';
import { index, makeContext, valueOf } from './importContext';

describe('Excel .xlsx', () => {
  it('reads the first sheet, rows numbered as in Excel, numbers and Thai text intact', async () => {
    const bytes = makeXlsx([
      ['รายงานจำนวนนักเรียน', null],
      [null, null],
      ['จังหวัด', 'นักเรียน'],
      ['พะเยา', 1234.5],
      ['กทม.', '2,000'],
      ['ไม่มีจังหวัดนี้', 3],
    ]);
    const r = await readFile(bytes, 'students.xlsx');
    if (!r.ok || !('table' in r)) throw new Error(`not read: ${JSON.stringify(r)}`);
    expect(r.format).toBe('xlsx');
    // The title row above the header is skipped, and kept for the report.
    expect(r.table.header).toEqual(['จังหวัด', 'นักเรียน']);
    expect(r.table.headerLine).toBe(3);
    expect(r.table.aboveHeader).toEqual([{ line: 1, cells: ['รายงานจำนวนนักเรียน'] }]);
    expect(r.table.rows.map((x) => x.line)).toEqual([4, 5, 6]);
    const mapping = guessMapping(r.table, index, 2024);
    expect(mapping.province).toBe(0);
    const { indicators, report } = buildIndicators(r.table, { ...mapping, values: [1] }, index, makeContext(), 'xlsx');
    expect(valueOf(indicators[0]!.values, 2024, 'TH-56')).toBe(1234.5);
    expect(valueOf(indicators[0]!.values, 2024, 'TH-10')).toBe(2000);
    expect(report.rejected.map((x) => [x.line, x.reason])).toEqual([[6, 'unknown-province']]);
    expect(report.aboveHeader?.[0]?.cells[0]).toBe('รายงานจำนวนนักเรียน');
  });

  it('a zip that is not a workbook is refused with a reason', async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]);
    expect(await readFile(bytes, 'broken.xlsx')).toEqual({ ok: false, error: 'bad-xlsx' });
  });
});
