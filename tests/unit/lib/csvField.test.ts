import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { csvField, guardFormula } from '../../../src/lib/csvField';
import { csvCell } from '../../../src/export/csv';
import { emptyReport, reportCsv } from '../../../src/data/import/report';

describe('the one formula guard (lib/csvField)', () => {
  it('neutralises text starting with = + - @ tab or CR, including a minus-and-digit start', () => {
    expect(guardFormula('-1+HYPERLINK("https://evil.example","x")')).toBe(`'-1+HYPERLINK("https://evil.example","x")`);
    expect(guardFormula('=1+1')).toBe("'=1+1");
    expect(guardFormula('+1+1')).toBe("'+1+1");
    expect(guardFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(guardFormula('\t=1')).toBe("'\t=1");
    expect(guardFormula('\r=1')).toBe("'\r=1");
    expect(guardFormula('-2 คน')).toBe("'-2 คน");
  });

  it('leaves plain numbers and ordinary text alone', () => {
    for (const s of ['-12.5', '+3', '-0.001', '1e-3', '-4E+2', '12', 'เชียงใหม่', 'a=b', '']) expect(guardFormula(s)).toBe(s);
  });

  it('property: a guarded cell never starts with a formula character unless it is a plain number', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const g = guardFormula(s);
        expect(/^[=+\-@\t\r]/.test(g) ? /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(g) : true).toBe(true);
      }),
    );
  });

  it('is the guard of both the indicator export and the import report CSV', () => {
    const evil = '-1+HYPERLINK("https://evil.example","x")';
    expect(csvCell(evil)).toBe(csvField(evil));
    const r = { ...emptyReport('f.csv', 'csv', ['province']), rejected: [{ line: 2, reason: 'unknown-province' as const, detail: evil, cells: [evil] }] };
    const csv = reportCsv(r);
    expect(csv).toContain(csvField(evil));
    expect(csv).not.toContain(`,"-1+HYPERLINK`);
    expect(csvCell('-5')).toBe('-5');
  });
});
