import { describe, expect, it } from 'vitest';
import { readFile } from '../../../../src/data/import/readFile';
import { parseDelimited } from '../../../../src/data/import/delimited';
import { fixture } from './importContext';

describe('reading files', () => {
  it('keeps the file line of each row, across quoted newlines and blank lines', () => {
    const t = parseDelimited('a,b\n1,"x\ny"\n\n3,4\r\n');
    expect(t.header).toEqual(['a', 'b']);
    expect(t.rows).toEqual([
      { line: 2, cells: ['1', 'x\ny'] },
      { line: 5, cells: ['3', '4'] },
    ]);
  });

  it('skips title rows above the header of a CSV and keeps them', () => {
    const t = parseDelimited('สรุปข้อมูลปี 2566,,\nหน่วยงาน: สพฐ.,,\nจังหวัด,โรงเรียน,นักเรียน\nพะเยา,1,2\n');
    expect(t.header).toEqual(['จังหวัด', 'โรงเรียน', 'นักเรียน']);
    expect(t.headerLine).toBe(3);
    expect(t.aboveHeader?.map((r) => r.line)).toEqual([1, 2]);
    expect(t.rows).toEqual([{ line: 4, cells: ['พะเยา', '1', '2'] }]);
  });

  it('guesses tab and semicolon delimiters', () => {
    expect(parseDelimited('p\tq\n1\t2\n').rows[0]?.cells).toEqual(['1', '2']);
    expect(parseDelimited('p;q\n"1,5";2\n').rows[0]?.cells).toEqual(['1,5', '2']);
  });

  it('a stray quote does not swallow the rest of a 2-column file', async () => {
    const r = await readFile(fixture('stray-quote.csv'), 'stray-quote.csv');
    if (!r.ok || !('table' in r)) throw new Error('not read');
    expect(r.table.rows.map((x) => x.line)).toEqual([2, 3, 4, 5]);
    expect(r.table.rows.map((x) => x.cells[0])).toEqual(['TH-56', '"TH-50', 'TH-57', 'TH-58']);
    expect(r.table.notes.map((n) => n.line)).toContain(3);
  });

  it('refuses an empty file, a binary file and a file with no header', async () => {
    expect(await readFile(fixture('empty.csv'), 'empty.csv')).toEqual({ ok: false, error: 'empty' });
    expect(await readFile(fixture('binary-renamed.csv'), 'photo.csv')).toEqual({ ok: false, error: 'binary' });
    expect(await readFile(new TextEncoder().encode('\n\n  \n'), 'blank.csv')).toEqual({ ok: false, error: 'empty' });
  });

  it('a file with only a header has no rows', async () => {
    const r = await readFile(fixture('header-only.csv'), 'header-only.csv');
    if (!r.ok || !('table' in r)) throw new Error('not read');
    expect(r.table.header).toEqual(['province', 'value']);
    expect(r.table.rows).toEqual([]);
  });

  it('reads a Windows-874 file as Thai and a UTF-16 TSV as tab-separated', async () => {
    const w = await readFile(fixture('thai-windows-874.csv'), 'x.csv');
    if (!w.ok || !('table' in w)) throw new Error('not read');
    expect(w.encoding?.used).toBe('windows-874');
    expect(w.table.header).toEqual(['จังหวัด', 'เด็กนอกระบบ', 'ร้อยละยากจน']);
    const u = await readFile(fixture('thai-utf16le-nobom.tsv'), 'x.tsv');
    if (!u.ok || !('table' in u)) throw new Error('not read');
    expect(u.format).toBe('tsv');
    expect(u.table.rows[1]?.cells).toEqual(['จังหวัดเชียงใหม่', '๒,๓๔๕', '๘.๒%']);
  });

  it('the encoding override wins', async () => {
    const r = await readFile(fixture('thai-windows-874.csv'), 'x.csv', { encoding: 'utf-8' });
    if (!r.ok || !('table' in r)) throw new Error('not read');
    expect(r.encoding).toMatchObject({ encoding: 'windows-874', used: 'utf-8' });
    expect(r.table.header[0]).toContain('\ufffd');
  });

  it('reads GeoJSON points as rows with coordinates, one row per point', async () => {
    const gj = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { name: 'a', n: 1 }, geometry: { type: 'Point', coordinates: [99.9, 19.2] } },
        { type: 'Feature', properties: { name: 'b' }, geometry: { type: 'MultiPoint', coordinates: [[98.9, 18.8], [98.95, 18.8]] } },
        { type: 'Feature', properties: { name: 'c' }, geometry: null },
      ],
    };
    const r = await readFile(new TextEncoder().encode(JSON.stringify(gj)), 'p.geojson');
    if (!r.ok || !('table' in r)) throw new Error('not read');
    expect(r.points).toBe(true);
    expect(r.table.header).toEqual(['name', 'n', 'longitude', 'latitude']);
    expect(r.table.rows.map((x) => [x.line, ...x.cells])).toEqual([
      [1, 'a', '1', '99.9', '19.2'],
      [2, 'b', '', '98.9', '18.8'],
      [2, 'b', '', '98.95', '18.8'],
      [3, 'c', '', '', ''],
    ]);
  });

  it('reads a JSON array of objects as a table; rejects other JSON', async () => {
    const r = await readFile(new TextEncoder().encode('[{"province":"TH-56","v":1},{"province":"TH-50","v":"2"}]'), 'x.json');
    if (!r.ok || !('table' in r)) throw new Error('not read');
    expect(r.table.header).toEqual(['province', 'v']);
    expect(r.table.rows).toEqual([
      { line: 1, cells: ['TH-56', '1'] },
      { line: 2, cells: ['TH-50', '2'] },
    ]);
    expect(await readFile(new TextEncoder().encode('{"a":1}'), 'x.json')).toEqual({ ok: false, error: 'unsupported-json' });
    expect(await readFile(new TextEncoder().encode('{"a":'), 'x.json')).toEqual({ ok: false, error: 'not-json' });
  });
});
