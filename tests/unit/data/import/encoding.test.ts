import { describe, expect, it } from 'vitest';
import { decodeBytes, detectEncoding, looksBinary, toEncodingName } from '../../../../src/data/import/encoding';
import { binaryBytes, csvText, THAI_ROWS } from '../../../fixtures/import/make';
import { fixture } from './importContext';

const thai = csvText(THAI_ROWS);

describe('encoding detection', () => {
  it.each([
    ['thai-windows-874.csv', 'windows-874', false],
    ['thai-tis-620.csv', 'windows-874', false],
    ['thai-utf8.csv', 'utf-8', false],
    ['thai-utf8-bom.csv', 'utf-8', true],
    ['thai-utf16le-bom.csv', 'utf-16le', true],
    ['thai-utf16be-bom.csv', 'utf-16be', true],
    ['thai-utf16le-nobom.tsv', 'utf-16le', false],
  ])('%s is %s', (name, encoding, bom) => {
    const bytes = fixture(name);
    const d = detectEncoding(bytes);
    expect(d).toMatchObject({ encoding, bom });
    const text = decodeBytes(bytes, d.encoding);
    expect(text).toBe(name.endsWith('.tsv') ? csvText(THAI_ROWS, '\t') : thai);
    expect(looksBinary(bytes, d)).toBe(false);
  });

  it('a wrong override shows as replacement characters, the right one as Thai', () => {
    const bytes = fixture('thai-windows-874.csv');
    expect(decodeBytes(bytes, 'utf-8')).toContain('\ufffd');
    expect(decodeBytes(bytes, 'windows-874')).toContain('เชียงใหม่');
  });

  it('flags a binary file renamed .csv', () => {
    const bytes = new Uint8Array(binaryBytes());
    expect(looksBinary(bytes, detectEncoding(bytes))).toBe(true);
  });

  it('reads encoding names users and tools give', () => {
    expect(toEncodingName('TIS-620')).toBe('windows-874');
    expect(toEncodingName('UTF-16LE')).toBe('utf-16le');
    expect(toEncodingName('latin9')).toBeUndefined();
  });
});
