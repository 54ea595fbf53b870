// A raw table and the user's column choices → indicators by province and year, and the report
// that accounts for every row: imported (by which matching rule) or not (why, with its cells).
// Matching order: ISO → DOPA → Thai name → English name (provinceMatch), then only the fuzzy
// suggestions the user confirmed. Pure.
import type { ProvinceIndex, ProvinceMatch } from '../provinceMatch';
import type { Unit } from '../indicatorTypes';
import type { Indicator } from '../indicatorTypes';
import type { ProvinceCode } from '../types';
import { parseCell, parseYear } from './cells';
import type { ImportMapping } from './mapping';
import type { RawTable } from './rawTable';
import { tableReport, type ImportReport, type ReportRule } from './report';
import { baseName, fillBilingual, userIndicator, type BuildContext } from './userIndicator';
import { totalKind } from './totalRows';

const PERCENT_HEADER = /%|ร้อยละ|percent|pct/i;
const MAX_DECIMALS = 3;

/** Sums, counts and formatting hints of one output series, per year. */
class SeriesAcc {
  readonly sums = new Map<number, Float64Array>();
  readonly counts = new Map<number, Uint32Array>();
  numbers = 0;
  percents = 0;
  decimals = 0;
  constructor(private readonly size: number) {}
  year(y: number): { sums: Float64Array; counts: Uint32Array } {
    let sums = this.sums.get(y);
    let counts = this.counts.get(y);
    if (!sums || !counts) {
      sums = new Float64Array(this.size);
      counts = new Uint32Array(this.size);
      this.sums.set(y, sums);
      this.counts.set(y, counts);
    }
    return { sums, counts };
  }
}

/** Province matcher with a cache per distinct cell text (big files repeat 77 names). */
export function cachedMatcher(index: ProvinceIndex, confirmed: ImportMapping['confirmed']) {
  type Matched = { code: ProvinceCode; rule: ReportRule };
  const cache = new Map<string, Matched | null>();
  return (raw: string): Matched | null => {
    const key = raw.trim();
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const exact: ProvinceMatch | undefined = index.match(key);
    const ok = confirmed[key];
    const m: Matched | null = exact ?? (ok && index.byCode(ok) ? { code: ok, rule: 'confirmed' } : null);
    cache.set(key, m);
    return m;
  };
}

export interface BuildResult {
  indicators: Indicator[];
  report: ImportReport;
}

/**
 * Builds the indicators of a table (`wide`, `wide-years`, `long`; points go through
 * aggregatePoints). Every row ends up either counted in `importedRows` or listed in `rejected`.
 */
export function buildIndicators(
  table: RawTable,
  mapping: ImportMapping,
  index: ProvinceIndex,
  ctx: BuildContext,
  format: string,
): BuildResult {
  const report = tableReport(ctx.fileName, format, table);
  const slot = new Map(ctx.provinces.map((c, i) => [c, i]));
  const matchProvince = cachedMatcher(index, mapping.confirmed);
  const suggestions = new Map<string, ProvinceCode | undefined>();
  const wideYears = mapping.shape === 'wide-years';
  const yearOfColumn = new Map(mapping.values.map((c) => [c, parseYear(table.header[c] ?? '') ?? mapping.defaultYear]));
  const countOnly = mapping.duplicates === 'count';
  const seriesCount = countOnly ? 1 : wideYears ? 1 : mapping.values.length;
  const series = Array.from({ length: seriesCount }, () => new SeriesAcc(ctx.provinces.length));
  const seenAt = new Map<string, number>();
  const byRule: Partial<Record<ReportRule, number>> = {};
  // The file's national total row(s): per series, CE year → figure; the first row of a year wins.
  const nationals = series.map(() => new Map<number, number>());
  const recordNational = (cells: readonly string[]) => {
    if (countOnly) return;
    const rowYear = mapping.shape === 'long' ? (mapping.year === -1 ? undefined : parseYear(cells[mapping.year] ?? '')) : mapping.defaultYear;
    mapping.values.forEach((col, k) => {
      const y = wideYears ? (yearOfColumn.get(col) as number) : rowYear;
      const cell = parseCell(cells[col] ?? '');
      const into = nationals[wideYears ? 0 : k] as Map<number, number>;
      if (y !== undefined && cell.kind === 'number' && !into.has(y)) into.set(y, cell.value);
    });
  };

  for (const row of table.rows) {
    report.totalRows++;
    const rawProvince = mapping.province === -1 ? '' : (row.cells[mapping.province] ?? '');
    if (rawProvince.trim() === '') {
      report.rejected.push({ line: row.line, reason: 'no-province', detail: '', cells: row.cells });
      continue;
    }
    const m = matchProvince(rawProvince);
    const i = m ? slot.get(m.code) : undefined;
    if (!m || i === undefined) {
      const key = rawProvince.trim();
      const total = totalKind(key);
      if (total) {
        report.rejected.push({ line: row.line, reason: 'total-row', detail: key, cells: row.cells });
        if (total === 'national') recordNational(row.cells);
        continue;
      }
      if (!suggestions.has(key)) suggestions.set(key, index.suggest(key));
      const suggestion = suggestions.get(key);
      report.rejected.push({
        line: row.line,
        reason: 'unknown-province',
        detail: key,
        ...(suggestion ? { suggestion } : {}),
        cells: row.cells,
      });
      continue;
    }
    let rowYear = mapping.defaultYear;
    if (mapping.shape === 'long') {
      const y = mapping.year === -1 ? undefined : parseYear(row.cells[mapping.year] ?? '');
      if (y === undefined) {
        report.rejected.push({ line: row.line, reason: 'bad-year', detail: row.cells[mapping.year] ?? '', cells: row.cells });
        continue;
      }
      rowYear = y;
    }
    if (mapping.duplicates === 'report') {
      const key = `${m.code}|${rowYear}`;
      const earlier = seenAt.get(key);
      if (earlier !== undefined) {
        report.rejected.push({ line: row.line, reason: 'duplicate', detail: rawProvince.trim(), duplicateOf: earlier, cells: row.cells });
        continue;
      }
      seenAt.set(key, row.line);
    }
    report.importedRows++;
    byRule[m.rule] = (byRule[m.rule] ?? 0) + 1;

    if (countOnly) {
      const { sums, counts } = (series[0] as SeriesAcc).year(rowYear);
      sums[i] = (sums[i] as number) + 1;
      counts[i] = (counts[i] as number) + 1;
      continue;
    }
    mapping.values.forEach((col, k) => {
      const acc = series[wideYears ? 0 : k] as SeriesAcc;
      const y = wideYears ? (yearOfColumn.get(col) as number) : rowYear;
      const { sums, counts } = acc.year(y);
      const cell = parseCell(row.cells[col] ?? '');
      if (cell.kind === 'invalid') {
        report.cellProblems.push({ line: row.line, column: table.header[col] ?? String(col + 1), raw: cell.raw });
        return;
      }
      if (cell.kind === 'blank') return;
      acc.numbers++;
      if (cell.percent) acc.percents++;
      if (cell.decimals > acc.decimals) acc.decimals = Math.min(MAX_DECIMALS, cell.decimals);
      sums[i] = (sums[i] as number) + cell.value;
      counts[i] = (counts[i] as number) + 1;
    });
  }
  report.byRule = byRule;

  const file = baseName(ctx.fileName);
  const indicators = series.map((acc, k) => {
    const col = countOnly ? -1 : wideYears ? -1 : (mapping.values[k] as number);
    const column = col === -1 ? (countOnly ? '' : mapping.values.map((c) => table.header[c]).join(', ')) : (table.header[col] ?? '');
    const mean = mapping.duplicates === 'mean';
    const values = new Map<number, (number | null)[]>();
    const years = wideYears && !countOnly ? [...new Set(yearOfColumn.values())] : [...acc.sums.keys()];
    for (const y of years) {
      const { sums, counts } = acc.year(y);
      values.set(y, Array.from(sums, (s, j) => ((counts[j] as number) === 0 ? null : mean ? s / (counts[j] as number) : s)));
    }
    const header = col === -1 ? file : (table.header[col] ?? file);
    const percent = !countOnly && (acc.percents * 2 >= Math.max(1, acc.numbers) || PERCENT_HEADER.test(header));
    const unit: Unit = countOnly ? 'count' : percent ? 'percent' : 'count';
    const label = countOnly
      ? fillBilingual(ctx.names.rows, { file })
      : mapping.duplicates === 'sum'
        ? fillBilingual(ctx.names.sumOf, { column: header, file })
        : mean
          ? fillBilingual(ctx.names.meanOf, { column: header, file })
          : { th: header, en: header };
    return userIndicator(ctx, {
      n: k + 1,
      label,
      column: column || file,
      unit,
      decimals: mean ? Math.min(MAX_DECIMALS, acc.decimals + 1) : acc.decimals,
      aggregation: countOnly || (mapping.duplicates === 'sum' && !percent) ? { kind: 'sum' } : { kind: 'none' },
      values,
      national: nationals[k] as Map<number, number>,
    });
  });
  return { indicators: indicators.filter((ind) => ind.years.length > 0), report };
}
