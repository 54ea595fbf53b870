import { describe, expect, it } from 'vitest';
import { emptyReport, reportCounts, reportCsv, reportForPage, type ImportReport } from '../../../../src/data/import/report';

/** A report of `n` rows that were all rejected (a file whose province column matched nothing). */
function rejectedReport(n: number): ImportReport {
  const r = emptyReport('schools.csv', 'csv', ['school', 'province']);
  r.totalRows = n + 3;
  r.importedRows = 3;
  r.byRule = { thai: 3 };
  r.rejected = Array.from({ length: n }, (_, i) => ({ line: i + 2, reason: 'unknown-province' as const, detail: `x${i}`, cells: [`s${i}`, `x${i}`] }));
  r.cellProblems = Array.from({ length: n }, (_, i) => ({ line: i + 2, column: 'students', raw: 'abc' }));
  r.strayQuotes = Array.from({ length: n }, (_, i) => i + 2);
  return r;
}

describe('reportForPage', () => {
  it('keeps a small report as it is', () => {
    const r = rejectedReport(5);
    expect(reportForPage(r, 10)).toBe(r);
    expect(reportCounts(r)).toEqual({ rejected: 5, cellProblems: 5, strayQuotes: 5 });
  });

  it('cuts the lists of a big one to their first rows and keeps their full lengths', () => {
    const r = rejectedReport(1000);
    const cut = reportForPage(r, 10);
    expect(cut.rejected.map((x) => x.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(cut.cellProblems).toHaveLength(10);
    expect(cut.strayQuotes).toHaveLength(10);
    expect(reportCounts(cut)).toEqual({ rejected: 1000, cellProblems: 1000, strayQuotes: 1000 });
    expect(cut.totalRows).toBe(1003);
    // The original is untouched: the worker makes the complete CSV from it.
    expect(r.rejected).toHaveLength(1000);
    expect(reportForPage(cut, 10)).toEqual(cut);
  });
});

describe('reportCsv', () => {
  it('lists every rejected row with its line, reason and cells', () => {
    const csv = reportCsv(rejectedReport(1000)).split('\r\n');
    expect(csv).toContain('rows not imported,1000');
    expect(csv).toContain('2,unknown-province,x0,,s0,x0');
    expect(csv).toContain('1001,unknown-province,x999,,s999,x999');
    expect(csv.filter((l) => /^\d+,unknown-province,/.test(l))).toHaveLength(1000);
  });

  it('neutralises formulas in the user\'s cells', () => {
    const r = rejectedReport(1);
    (r.rejected[0] as { cells: string[] }).cells = ['=HYPERLINK("x")', '-5'];
    expect(reportCsv(r)).toContain(`'=HYPERLINK(""x"")",-5`);
  });
});
