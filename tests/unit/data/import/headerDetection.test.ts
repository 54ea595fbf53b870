import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDelimited } from '../../../../src/data/import/delimited';
import { headerIndex } from '../../../../src/data/import/rawTable';
import { readFile } from '../../../../src/data/import/readFile';
import { makeXlsx } from '../../../fixtures/import/xlsx';

// Labels: words that are neither numbers nor years, some with a comma (then quoted in the file).
const WORDS = ['จังหวัด', 'province', 'ชื่อโรงเรียน', 'นักเรียน', 'ครู', 'students, total', 'ISO', 'ภาค', 'name', 'อำเภอ', 'value', 'ร้อยละ'];
const label = fc.constantFrom(...WORDS);
const number = fc.oneof(fc.integer({ min: -5000, max: 200_000 }).map(String), fc.double({ min: 0, max: 1000, noNaN: true }).map((x) => x.toFixed(2)), fc.constant('1,234'));
const year = fc.integer({ min: 2550, max: 2570 }).map(String);

/** One CSV cell as a spreadsheet writes it: quoted when it holds a comma, a quote or a newline. */
const csvCell = (s: string, delimiter: string) => (/[",\n\t]/.test(s) || s.includes(delimiter) ? `"${s.replace(/"/g, '""')}"` : s);

const table = fc
  .record({
    width: fc.integer({ min: 2, max: 6 }),
    titles: fc.array(fc.record({ text: fc.constantFrom('รายงานจำนวนนักเรียน ปีการศึกษา 2567', 'School list', 'ข้อมูล ณ วันที่ 10 มิ.ย.', 'สำนักงานเขตพื้นที่'), at: fc.nat(5), pad: fc.boolean() }), { maxLength: 3 }),
    yearHeader: fc.boolean(),
    delimiter: fc.constantFrom(',', '\t'),
  })
  .chain((t) =>
    fc.record({
      t: fc.constant(t),
      header: fc.uniqueArray(label, { minLength: t.width, maxLength: t.width }).chain((names) =>
        t.yearHeader ? fc.uniqueArray(year, { minLength: t.width - 1, maxLength: t.width - 1 }).map((ys) => [names[0] as string, ...ys]) : fc.constant(names),
      ),
      rows: fc.array(
        fc.record({
          name: label,
          // Ragged: shorter or longer than the header.
          cells: fc.array(fc.option(number, { nil: '' }), { minLength: Math.max(0, t.width - 3), maxLength: t.width + 3 }),
          broken: fc.nat(9),
        }),
        { minLength: 1, maxLength: 15 },
      ),
    }),
  );

describe('header detection (rawTable.headerIndex)', () => {
  it('any table with 0–3 title rows and ragged, quoted and broken data rows yields its true header', () => {
    fc.assert(
      fc.property(table, ({ t, header, rows }) => {
        const d = t.delimiter;
        const lines = [
          ...t.titles.map((x) => {
            const cells = Array.from({ length: x.pad ? t.width : x.at % t.width + 1 }, () => '');
            cells[x.at % cells.length] = x.text;
            return cells.map((c) => csvCell(c, d)).join(d);
          }),
          header.map((c) => csvCell(c, d)).join(d),
          ...rows.map((r) => {
            const cells = [r.name, ...r.cells].map((c) => csvCell(c, d));
            // A broken row: a quote opened in its last cell and never closed.
            if (r.broken === 0) cells[cells.length - 1] = `"${cells[cells.length - 1] as string}`;
            return cells.join(d);
          }),
        ];
        const parsed = parseDelimited(lines.join('\n'));
        expect(parsed.header).toEqual(header);
        expect(parsed.headerLine).toBe(t.titles.length + 1);
        expect(parsed.aboveHeader?.map((r) => r.line) ?? []).toEqual(t.titles.map((_, i) => i + 1));
      }),
      { numRuns: 300 },
    );
  });

  it('a row with more columns below the header is a data row, reported by line — not the header', () => {
    const t = parseDelimited(['province,value', 'น่าน,1', 'พะเยา,2', 'ลำพูน,3,14,15,16', 'แพร่,4'].join('\n'));
    expect(t.header).toEqual(['province', 'value']);
    expect(t.rows.map((r) => r.line)).toEqual([2, 3, 4, 5]);
    expect(t.aboveHeader).toBeUndefined();
    expect(t.extraCells).toEqual([4]);
  });

  it('an Excel sheet with a title row and the header on row 3 (blank row 2) has the header on row 3', async () => {
    const r = await readFile(makeXlsx([['บัญชีโรงเรียน สพฐ. 2567'], [], ['ชื่อโรงเรียน', 'จังหวัด', 'นักเรียน'], ['บ้านนา', 'น่าน', 120]]), 'schools.xlsx');
    if (!r.ok || !('table' in r)) throw new Error('not read');
    expect([r.table.header, r.table.headerLine]).toEqual([['ชื่อโรงเรียน', 'จังหวัด', 'นักเรียน'], 3]);
  });

  it('a table without any label row keeps its first row as the header', () => {
    expect(headerIndex([{ line: 1, cells: ['1', '2'] }, { line: 2, cells: ['3', '4'] }])).toBe(0);
    expect(headerIndex([{ line: 1, cells: ['Title'] }, { line: 2, cells: ['จังหวัด', '2562', '2563'] }])).toBe(1);
  });
});
