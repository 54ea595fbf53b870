// Point data (rows with latitude/longitude, GeoJSON points): the points as flat typed arrays for
// the map, each assigned to a province, and their per-province aggregates as new indicators:
// count, per 100,000 people (the shipped population figure), and the sum and mean of each value
// column. Points outside every province and rows without coordinates are reported. Pure.
import type { Indicator } from '../indicatorTypes';
import type { ProvinceCode } from '../types';
import { parseCell } from './cells';
import type { ImportMapping } from './mapping';
import type { ProvinceLocator } from './pointInProvince';
import type { RawTable } from './rawTable';
import { tableReport, type ImportReport } from './report';
import { baseName, fillBilingual, userIndicator, type BuildContext } from './userIndicator';

/** The points of one dataset as the map draws them. */
export interface PointSet {
  /** Dataset id (the same as its indicators'). */
  id: string;
  fileName: string;
  /** lon, lat interleaved, degrees. */
  positions: Float32Array;
  /** Province of each point, as an index into `BuildContext.provinces`; −1 never occurs here. */
  province: Int16Array;
}

export interface PointsResult {
  points: PointSet;
  indicators: Indicator[];
  report: ImportReport;
}

export interface PointsOptions {
  locator: ProvinceLocator;
  /** Province code of each locator feature index. */
  featureCodes: readonly ProvinceCode[];
  /** Population by `ctx.provinces` slot (the shipped indicator's latest year); null = unknown. */
  population: readonly (number | null)[];
  populationYear: number;
  onProgress?: (fraction: number) => void;
}

export function buildPoints(table: RawTable, mapping: ImportMapping, ctx: BuildContext, opts: PointsOptions, format: string): PointsResult {
  const report = tableReport(ctx.fileName, format, table);
  const slot = new Map(ctx.provinces.map((c, i) => [c, i]));
  const rows = table.rows;
  const positions = new Float32Array(rows.length * 2);
  const kept: number[] = [];
  report.totalRows = rows.length;
  rows.forEach((row, r) => {
    const lat = parseCell(row.cells[mapping.lat] ?? '');
    const lon = parseCell(row.cells[mapping.lon] ?? '');
    const ok =
      lat.kind === 'number' && lon.kind === 'number' && Math.abs(lat.value) <= 90 && Math.abs(lon.value) <= 180;
    if (!ok) {
      report.rejected.push({
        line: row.line,
        reason: 'bad-coordinates',
        detail: `${row.cells[mapping.lat] ?? ''},${row.cells[mapping.lon] ?? ''}`,
        cells: row.cells,
      });
      return;
    }
    positions[kept.length * 2] = lon.value;
    positions[kept.length * 2 + 1] = lat.value;
    kept.push(r);
  });
  const located = opts.locator.assign(positions.subarray(0, kept.length * 2), opts.onProgress);

  const n = ctx.provinces.length;
  const count = new Float64Array(n);
  const sums = mapping.values.map(() => new Float64Array(n));
  const counts = mapping.values.map(() => new Uint32Array(n));
  const decimals = mapping.values.map(() => 0);
  const inside: number[] = [];
  const insideSlot: number[] = [];
  kept.forEach((r, k) => {
    const row = rows[r] as RawTable['rows'][number];
    const f = located[k] as number;
    const code = f === -1 ? undefined : opts.featureCodes[f];
    const s = code === undefined ? undefined : slot.get(code);
    if (s === undefined) {
      report.rejected.push({
        line: row.line,
        reason: 'outside-provinces',
        detail: `${row.cells[mapping.lat] ?? ''},${row.cells[mapping.lon] ?? ''}`,
        cells: row.cells,
      });
      return;
    }
    inside.push(k);
    insideSlot.push(s);
    count[s] = (count[s] as number) + 1;
    mapping.values.forEach((col, v) => {
      const cell = parseCell(row.cells[col] ?? '');
      if (cell.kind === 'invalid') report.cellProblems.push({ line: row.line, column: table.header[col] ?? '', raw: cell.raw });
      if (cell.kind !== 'number') return;
      (sums[v] as Float64Array)[s] = ((sums[v] as Float64Array)[s] as number) + cell.value;
      (counts[v] as Uint32Array)[s] = ((counts[v] as Uint32Array)[s] as number) + 1;
      if (cell.decimals > (decimals[v] as number)) decimals[v] = Math.min(3, cell.decimals);
    });
  });
  report.rejected.sort((a, b) => a.line - b.line);
  report.importedRows = inside.length;
  report.byRule = { point: inside.length };

  const finalPositions = new Float32Array(inside.length * 2);
  inside.forEach((k, i) => {
    finalPositions[i * 2] = positions[k * 2] as number;
    finalPositions[i * 2 + 1] = positions[k * 2 + 1] as number;
  });

  const file = baseName(ctx.fileName);
  const year = mapping.defaultYear;
  const one = (values: (number | null)[]) => new Map([[year, values]]);
  const indicators: Indicator[] = [
    userIndicator(ctx, {
      n: 1,
      label: fillBilingual(ctx.names.points, { file }),
      column: file,
      unit: 'count',
      decimals: 0,
      aggregation: { kind: 'sum' },
      // A province with no point of the file has zero of them: the points were located, not listed.
      values: one(Array.from(count)),
    }),
    userIndicator(ctx, {
      n: 2,
      label: fillBilingual(ctx.names.per100k, { file }),
      column: `${file} (population ${opts.populationYear})`,
      unit: 'count',
      decimals: 2,
      aggregation: { kind: 'none' },
      values: one(Array.from(count, (c, i) => {
        const pop = opts.population[i];
        return pop ? (c / pop) * 100_000 : null;
      })),
    }),
  ];
  mapping.values.forEach((col, v) => {
    const column = table.header[col] ?? '';
    const s = sums[v] as Float64Array;
    const c = counts[v] as Uint32Array;
    indicators.push(
      userIndicator(ctx, {
        n: 3 + v * 2,
        label: fillBilingual(ctx.names.sumOf, { column, file }),
        column,
        unit: 'count',
        decimals: decimals[v] as number,
        aggregation: { kind: 'sum' },
        values: one(Array.from(s, (x, i) => ((c[i] as number) === 0 ? null : x))),
      }),
      userIndicator(ctx, {
        n: 4 + v * 2,
        label: fillBilingual(ctx.names.meanOf, { column, file }),
        column,
        unit: 'count',
        decimals: Math.min(3, (decimals[v] as number) + 1),
        aggregation: { kind: 'none' },
        values: one(Array.from(s, (x, i) => ((c[i] as number) === 0 ? null : x / (c[i] as number)))),
      }),
    );
  });
  return {
    points: { id: ctx.datasetId, fileName: ctx.fileName, positions: finalPositions, province: Int16Array.from(insideSlot) },
    indicators,
    report,
  };
}
