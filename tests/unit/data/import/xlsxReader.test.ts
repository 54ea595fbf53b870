import { describe, expect, it } from 'vitest';
import { readXlsxRows, columnNumber, xmlText } from '../../../../src/data/import/xlsx';
import { readFile } from '../../../../src/data/import/readFile';
import { LIMITS } from '../../../../src/data/import/limits';
import { declareSize, makeXlsx, makeXlsxParts } from '../../../fixtures/import/xlsx';

const SST = (strings: string[]) =>
  `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}">${strings.map((s) => `<si>${s}</si>`).join('')}</sst>`;

describe('the .xlsx reader (xlsx.ts)', () => {
  it('reads shared strings (rich text runs joined, phonetic runs left out), booleans, errors and formula results', () => {
    const bytes = makeXlsxParts(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>' +
        '<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="b"><v>1</v></c><c r="C2" t="e"><v>#N/A</v></c><c r="D2" t="str"><f>A2</f><v>x &amp; y</v></c></row>',
      { 'xl/sharedStrings.xml': SST(['<t>จังหวัด</t>', '<r><t>ค่า</t></r><r><t xml:space="preserve"> 2567</t></r>', '<t>น่าน</t><rPh><t>nan</t></rPh>']) },
    );
    expect(readXlsxRows(bytes)).toEqual([
      { line: 1, cells: ['จังหวัด', 'ค่า 2567'] },
      { line: 2, cells: ['น่าน', 'TRUE', '#N/A', 'x & y'] },
    ]);
  });

  it('shows date-formatted numbers as dates (built-in and custom formats, 1900 and 1904 systems), other numbers as numbers', () => {
    const styles = `<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs></styleSheet>`;
    const sheet = '<row r="1"><c r="A1" s="0"><v>45292</v></c><c r="B1" s="1"><v>45292</v></c><c r="C1" s="2"><v>45292.5</v></c></row>';
    expect(readXlsxRows(makeXlsxParts(sheet, { 'xl/styles.xml': styles }))[0]?.cells).toEqual(['45292', '2024-01-01', '2024-01-01']);
    const in1904 = readXlsxRows(makeXlsxParts(sheet, { 'xl/styles.xml': styles }, '<workbookPr date1904="1"/>'));
    expect(in1904[0]?.cells[1]).toBe('2028-01-02');
  });

  it('numbers rows as the sheet does, fills gaps inside a row, and allocates nothing for empty rows', () => {
    const bytes = makeXlsxParts('<row r="2"><c r="C2"><v>3</v></c></row><row r="1048576"><c r="A1048576" t="inlineStr"><is><t>last</t></is></c></row>');
    expect(readXlsxRows(bytes)).toEqual([
      { line: 2, cells: ['', '', '3'] },
      { line: 1048576, cells: ['last'] },
    ]);
  });

  it('reads cells without references in order, and namespaced (x:) parts', () => {
    const bytes = makeXlsxParts('<x:row><x:c t="inlineStr"><x:is><x:t>a</x:t></x:is></x:c><x:c><x:v>2</x:v></x:c></x:row><x:row><x:c><x:v>1</x:v></x:c></x:row>');
    expect(readXlsxRows(bytes)).toEqual([
      { line: 1, cells: ['a', '2'] },
      { line: 2, cells: ['1'] },
    ]);
  });

  it('decodes XML entities and OOXML _xHHHH_ escapes; column letters to numbers', () => {
    expect(xmlText('a&lt;b&#3585;&#x0E01;_x000D_')).toBe('a<bกก\r');
    expect([columnNumber('A'), columnNumber('Z'), columnNumber('AA'), columnNumber('XFD')]).toEqual([1, 26, 27, 16384]);
  });
});

describe('import limits', () => {
  it('a workbook whose last cell is XFD1048576 is refused at once by its columns, not filled in', async () => {
    const bytes = makeXlsxParts('<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>1</v></c></row>');
    const t0 = performance.now();
    const r = await readFile(bytes, 'hostile.xlsx');
    expect(performance.now() - t0).toBeLessThan(500);
    expect(r).toEqual({ ok: false, error: 'limit', hit: { limit: 'columns', max: LIMITS.columns, found: 16384 } });
  });

  it('a part declaring more than the entry limit is refused before it is inflated', async () => {
    const bytes = declareSize(makeXlsx([['จังหวัด', 'ค่า'], ['น่าน', 1]]), 'xl/worksheets/sheet1.xml', 0xfffffff0);
    expect(await readFile(bytes, 'bomb.xlsx')).toEqual({ ok: false, error: 'limit', hit: { limit: 'entry-bytes', max: LIMITS['entry-bytes'], found: 0xfffffff0 } });
  });

  it('a part declaring less than it holds is cut at its declared size, never grown', async () => {
    const bytes = declareSize(makeXlsx([['จังหวัด', 'ค่า'], ['น่าน', 1]]), 'xl/worksheets/sheet1.xml', 10);
    // Ten bytes of XML hold no row: the sheet reads as empty instead of inflating past its size.
    expect(await readFile(bytes, 'lying.xlsx')).toEqual({ ok: false, error: 'no-header' });
  });

  it('a CSV wider than the column limit is refused with its width, found on the first row that wide', async () => {
    const wide = Array.from({ length: 200_000 }, (_, i) => `c${i}`).join(',');
    const r = await readFile(new TextEncoder().encode(`${wide}\n1,2\n`), 'wide.csv');
    expect(r).toEqual({ ok: false, error: 'limit', hit: { limit: 'columns', max: LIMITS.columns, found: 200_000 } });
    const ok = await readFile(new TextEncoder().encode(`${Array.from({ length: LIMITS.columns }, (_, i) => `c${i}`).join(',')}\n`), 'ok.csv');
    expect(ok.ok).toBe(true);
  });

  it('JSON rows and GeoJSON properties wider than the column limit are refused', async () => {
    const obj = Object.fromEntries(Array.from({ length: LIMITS.columns + 5 }, (_, i) => [`k${i}`, i]));
    const rows = await readFile(new TextEncoder().encode(JSON.stringify([obj])), 'rows.json');
    expect(rows).toMatchObject({ ok: false, error: 'limit', hit: { limit: 'columns', found: LIMITS.columns + 5 } });
    const points = await readFile(
      new TextEncoder().encode(JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: obj, geometry: { type: 'Point', coordinates: [100, 15] } }] })),
      'points.geojson',
    );
    expect(points).toMatchObject({ ok: false, error: 'limit', hit: { limit: 'columns', found: LIMITS.columns + 7 } });
  });

  it('any file over the size limit is refused by its size, whatever its format', async () => {
    const big = new Uint8Array(LIMITS['file-bytes'] + 1).fill(0x31);
    expect(await readFile(big, 'big.csv')).toEqual({ ok: false, error: 'limit', hit: { limit: 'file-bytes', max: LIMITS['file-bytes'], found: LIMITS['file-bytes'] + 1 } });
  });
});
