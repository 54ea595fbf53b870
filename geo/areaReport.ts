// Compares each province's geometry area with its official area and formats the build's table.
import turfArea from '@turf/area';
import type { Geometry } from 'geojson';

/** One province's official vs geometry area. */
export interface AreaComparison {
  iso: string;
  nameEn: string;
  /** Official area, km² (Royal Forest Department 2019). */
  officialKm2: number;
  /** Geodesic area of the boundary geometry, km² (@turf/area). */
  geometryKm2: number;
  /** (geometry − official) / official × 100; negative = geometry smaller. */
  diffPct: number;
}

/** Geodesic area of a GeoJSON geometry in km². Ring winding does not matter (@turf/area). */
export function areaKm2(geometry: Geometry): number {
  return turfArea(geometry) / 1e6;
}

/** Builds one comparison row. */
export function compareArea(iso: string, nameEn: string, officialKm2: number, geometryKm2: number): AreaComparison {
  return { iso, nameEn, officialKm2, geometryKm2, diffPct: ((geometryKm2 - officialKm2) / officialKm2) * 100 };
}

/** Median of a list of numbers (mean of the middle two for even lengths); NaN for an empty list. */
export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  if (s.length === 0) return Number.NaN;
  return s.length % 2 === 1 ? (s[mid] ?? Number.NaN) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/** Rows sorted by |difference|, largest first; ties broken by ISO code so the log is stable. */
export function sortByAbsDiff(rows: readonly AreaComparison[]): AreaComparison[] {
  return [...rows].sort((a, b) => Math.abs(b.diffPct) - Math.abs(a.diffPct) || (a.iso < b.iso ? -1 : a.iso > b.iso ? 1 : 0));
}

/** A plain-text table (ISO, English name, official km², geometry km², % difference) plus the median |error|. */
export function formatAreaTable(rows: readonly AreaComparison[]): string {
  const lines = sortByAbsDiff(rows).map(
    (r) =>
      `${r.iso.padEnd(6)} ${r.nameEn.padEnd(26)} ${String(r.officialKm2).padStart(8)} ` +
      `${r.geometryKm2.toFixed(0).padStart(9)} ${formatPct(r.diffPct).padStart(8)}`,
  );
  const header = `${'ISO'.padEnd(6)} ${'province'.padEnd(26)} ${'official'.padStart(8)} ${'geometry'.padStart(9)} ${'diff'.padStart(8)}`;
  const med = median(rows.map((r) => Math.abs(r.diffPct)));
  return [header, ...lines, `median |difference|: ${med.toFixed(2)} % over ${rows.length} provinces`].join('\n');
}

function formatPct(pct: number): string {
  return `${pct >= 0 ? '+' : ''}${pct.toFixed(1)} %`;
}
