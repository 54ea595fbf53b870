import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFile } from '../../../../src/data/import/readFile';
import { guessMapping, type ImportMapping } from '../../../../src/data/import/mapping';
import { buildIndicators } from '../../../../src/data/import/buildIndicators';
import { parseDelimited } from '../../../../src/data/import/delimited';
import type { RawTable } from '../../../../src/data/import/rawTable';
import { fixture, index, makeContext, valueOf } from './importContext';

async function table(name: string): Promise<RawTable> {
  const r = await readFile(fixture(name), name);
  if (!r.ok || !('table' in r)) throw new Error(`${name} not read`);
  return r.table;
}

function build(t: RawTable, over: Partial<ImportMapping> = {}) {
  const mapping = { ...guessMapping(t, index, 2024), ...over };
  return { mapping, ...buildIndicators(t, mapping, index, makeContext(), 'csv') };
}

describe('a Thai Windows-874 export', () => {
  it('matches Thai names and short forms, parses Thai digits and percents, reports the rest', async () => {
    const { mapping, indicators, report } = build(await table('thai-windows-874.csv'));
    expect(mapping).toMatchObject({ shape: 'wide', province: 0, values: [1, 2], duplicates: 'report' });
    const [kids, poor] = indicators;
    expect(kids?.label.th).toBe('เด็กนอกระบบ');
    expect(kids?.years).toEqual([2024]);
    expect(valueOf(kids!.values, 2024, 'TH-10')).toBe(1234);
    expect(valueOf(kids!.values, 2024, 'TH-50')).toBe(2345);
    expect(valueOf(kids!.values, 2024, 'TH-56')).toBeNull(); // "-" is no data, not zero
    expect(valueOf(kids!.values, 2024, 'TH-30')).toBeNull(); // "abc": kept as no data, reported
    expect(poor?.unit).toBe('percent');
    expect(valueOf(poor!.values, 2024, 'TH-50')).toBeCloseTo(8.2);
    expect(report.totalRows).toBe(7);
    expect(report.importedRows).toBe(5);
    expect(report.byRule).toEqual({ thai: 5 });
    expect(report.rejected.map((r) => [r.line, r.reason, r.detail])).toEqual([
      [4, 'duplicate', 'กทม.'],
      [7, 'unknown-province', 'เชียงใม่'],
    ]);
    expect(report.rejected[0]?.duplicateOf).toBe(2);
    // The typo is offered, not applied.
    expect(report.rejected[1]?.suggestion).toBe('TH-50');
    expect(report.rejected[1]?.cells).toEqual(['เชียงใม่', '10', '1']);
    expect(report.cellProblems).toEqual([{ line: 8, column: 'เด็กนอกระบบ', raw: 'abc' }]);
  });

  it('a confirmed suggestion is imported, by the "confirmed" rule', async () => {
    const t = await table('thai-windows-874.csv');
    const { report } = build(t, { confirmed: { เชียงใม่: 'TH-50' } });
    // Chiang Mai is then on two rows: the second is a duplicate, and says so.
    expect(report.byRule.confirmed).toBeUndefined();
    expect(report.rejected.find((r) => r.line === 7)).toMatchObject({ reason: 'duplicate', duplicateOf: 3 });
    const summed = build(t, { confirmed: { เชียงใม่: 'TH-50' }, duplicates: 'sum' });
    expect(summed.report.byRule.confirmed).toBe(1);
    expect(valueOf(summed.indicators[0]!.values, 2024, 'TH-50')).toBe(2355);
  });
});

describe('name forms', () => {
  it('ISO, DOPA and every English romanisation', async () => {
    const { indicators, report } = build(await table('names-english.csv'), { duplicates: 'report' });
    expect(report.byRule).toEqual({ english: 5, iso: 2, dopa: 1 }); // two more English rows are duplicates
    expect(report.rejected.map((r) => [r.line, r.reason])).toEqual([
      [3, 'duplicate'], // buriram = Buri Ram
      [6, 'duplicate'], // Phra Nakhon Si Ayutthaya Province = Ayutthaya
    ]);
    const v = indicators[0]!.values;
    expect(valueOf(v, 2024, 'TH-31')).toBe(10);
    expect(valueOf(v, 2024, 'TH-30')).toBe(12);
    expect(valueOf(v, 2024, 'TH-14')).toBe(13);
    expect(valueOf(v, 2024, 'TH-50')).toBe(16);
    expect(valueOf(v, 2024, 'TH-57')).toBe(17);
    expect(valueOf(v, 2024, 'TH-20')).toBe(18);
    expect(valueOf(v, 2024, 'TH-10')).toBe(19);
  });
});

describe('table shapes', () => {
  it('long: province, year (CE or BE), value; bad years and duplicates reported', async () => {
    const { mapping, indicators, report } = build(await table('long.csv'));
    expect(mapping).toMatchObject({ shape: 'long', province: 0, year: 1, values: [2] });
    const ind = indicators[0]!;
    expect(ind.years).toEqual([2019, 2020]);
    expect(valueOf(ind.values, 2019, 'TH-56')).toBe(1.5);
    expect(valueOf(ind.values, 2020, 'TH-56')).toBe(1.7);
    expect(valueOf(ind.values, 2020, 'TH-50')).toBeNull();
    expect(report.rejected.map((r) => [r.line, r.reason])).toEqual([
      [6, 'bad-year'],
      [7, 'duplicate'],
    ]);
  });

  it('wide by year: one column per year, BE headers, Thai digits', async () => {
    const { mapping, indicators } = build(await table('wide-years.csv'));
    expect(mapping).toMatchObject({ shape: 'wide-years', values: [1, 2, 3] });
    expect(indicators).toHaveLength(1);
    const ind = indicators[0]!;
    expect(ind.years).toEqual([2019, 2020, 2021]);
    expect(valueOf(ind.values, 2019, 'TH-56')).toBe(10);
    expect(valueOf(ind.values, 2020, 'TH-55')).toBeNull();
    expect(valueOf(ind.values, 2021, 'TH-55')).toBe(22);
  });

  it('broken rows: short, long, blank province, unknown names — all accounted for', async () => {
    const { report, indicators } = build(await table('broken-rows.csv'));
    expect(report.totalRows).toBe(5);
    expect(report.importedRows).toBe(3);
    expect(report.rejected.map((r) => [r.line, r.reason])).toEqual([
      [6, 'no-province'],
      [7, 'unknown-province'],
    ]);
    expect(valueOf(indicators[0]!.values, 2024, 'TH-50')).toBeNull();
    expect(valueOf(indicators[0]!.values, 2024, 'TH-57')).toBe(3);
  });

  it('many rows per province (schools): summed, averaged or counted', () => {
    const t = parseDelimited('province,students\nTH-56,10\nTH-56,20\nTH-56,30\nTH-50,5\nTH-50,\nTH-50,7\n');
    expect(guessMapping(t, index, 2024).duplicates).toBe('sum');
    expect(valueOf(build(t).indicators[0]!.values, 2024, 'TH-56')).toBe(60);
    expect(valueOf(build(t, { duplicates: 'mean' }).indicators[0]!.values, 2024, 'TH-50')).toBe(6);
    const counted = build(t, { duplicates: 'count' }).indicators[0]!;
    expect(valueOf(counted.values, 2024, 'TH-50')).toBe(3);
    expect(valueOf(counted.values, 2024, 'TH-10')).toBeNull();
  });
});

describe('properties', () => {
  const cell = fc.oneof(
    fc.constantFrom('TH-56', 'พะเยา', 'กทม.', 'Korat', '57', '', '-', 'n/a', '1,234', '๑๒', '12%', '"', ',', '\n', 'x'),
    fc.string(),
  );
  const csv = fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 30 }).map((rows) =>
    rows.map((r) => r.join(',')).join('\n'),
  );

  it('the reader never throws, and every row is imported or reported', () => {
    fc.assert(
      fc.property(csv, fc.constantFrom('report', 'sum', 'mean', 'count'), (text, duplicates) => {
        const t = parseDelimited(text);
        const mapping = { ...guessMapping(t, index, 2024), duplicates } as ImportMapping;
        const { report } = buildIndicators(t, mapping, index, makeContext(), 'csv');
        expect(report.totalRows).toBe(t.rows.length);
        expect(report.importedRows + report.rejected.length).toBe(report.totalRows);
        expect(new Set(report.rejected.map((r) => r.line)).size).toBe(report.rejected.length);
      }),
      { numRuns: 500 },
    );
  });

  it('no line of text is lost by the delimited reader: non-blank lines end up in a row', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z0-9",;\t ]{0,12}$/), { maxLength: 20 }), (lines) => {
        const t = parseDelimited(lines.join('\n'));
        const covered = new Set([t.headerLine, ...t.rows.map((r) => r.line), ...(t.aboveHeader ?? []).map((r) => r.line)]);
        lines.forEach((l, i) => {
          // A line inside a quoted multi-line cell belongs to the row that started above it.
          if (l.trim() !== '' && !l.includes('"') && !lines.slice(0, i).some((p) => p.includes('"'))) {
            const cells = l.split(t.delimiter ?? ',');
            if (cells.some((c) => c.trim() !== '')) expect(covered.has(i + 1)).toBe(true);
          }
        });
      }),
      { numRuns: 500 },
    );
  });
});

describe('column guesses', () => {
  it('identifier columns are not offered as values', () => {
    const t = parseDelimited('school_id,รหัสโรงเรียน,province,students\n1001,5001,TH-56,10\n1002,5002,TH-50,20\n');
    expect(guessMapping(t, index, 2024)).toMatchObject({ province: 2, values: [3] });
  });
});
