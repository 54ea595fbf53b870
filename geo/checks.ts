// Validation rules of the geo build: codes, table↔geometry join, polygon validity, areas.
// Each check returns a list of problems (empty = fine) so one run reports every problem at once;
// `assertNoProblems` turns them into one loud error.
import kinks from '@turf/kinks';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { AreaComparison } from './areaReport';

/** Province boundaries are polygons or multipolygons (islands). */
export type ProvinceGeometry = Polygon | MultiPolygon;

/** The columns of a province row the checks need. */
export interface CodedRow {
  iso: string;
  dopa: string;
  hasc: string;
}

/** Thrown by {@link assertNoProblems}; `problems` holds every problem found. */
export class GeoCheckError extends Error {
  constructor(
    readonly stage: string,
    readonly problems: readonly string[],
  ) {
    super(`geo check failed (${stage}), ${problems.length} problem(s):\n  - ${problems.join('\n  - ')}`);
    this.name = 'GeoCheckError';
  }
}

/** Throws a {@link GeoCheckError} naming `stage` when `problems` is not empty. */
export function assertNoProblems(stage: string, problems: readonly string[]): void {
  if (problems.length > 0) throw new GeoCheckError(stage, problems);
}

const ISO_PATTERN = /^TH-\d{2}$/;

/** Rows must each have a well-formed ISO 3166-2 code, and ISO, DOPA and HASC codes must be unique. */
export function checkCodes(rows: readonly CodedRow[]): string[] {
  const problems: string[] = [];
  rows.forEach((row, i) => {
    if (row.iso === '') problems.push(`row ${i + 1}: missing ISO code`);
    else if (!ISO_PATTERN.test(row.iso)) problems.push(`row ${i + 1}: malformed ISO code "${row.iso}"`);
  });
  for (const key of ['iso', 'dopa', 'hasc'] as const) {
    for (const code of duplicates(rows.map((r) => r[key]).filter((c) => c !== ''))) {
      problems.push(`duplicated ${key.toUpperCase()} code ${code}`);
    }
  }
  return problems;
}

/**
 * Every geometry id (HASC) must have a table row, every row a geometry, and no id may repeat.
 * @param geometryIds - HASC ids of the topology's province geometries (non-provinces already dropped)
 */
export function checkJoin(geometryIds: readonly string[], rows: readonly CodedRow[]): string[] {
  const problems: string[] = [];
  const rowHasc = new Set(rows.map((r) => r.hasc));
  const geomHasc = new Set(geometryIds);
  for (const id of duplicates(geometryIds)) problems.push(`HASC ${id} appears on more than one geometry`);
  for (const id of geometryIds) if (!rowHasc.has(id)) problems.push(`HASC ${id} in the topology has no row in the table`);
  for (const row of rows) if (!geomHasc.has(row.hasc)) problems.push(`${row.iso} (HASC ${row.hasc}) has no geometry`);
  return problems;
}

/**
 * Every ring must be closed and have at least 4 positions, and no edge may cross another
 * (@turf/kinks; a bow-tie or two rings touching count). `label` prefixes each problem.
 */
export function checkGeometry(label: string, geometry: ProvinceGeometry): string[] {
  const problems: string[] = [];
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  if (polygons.length === 0) problems.push(`${label}: empty geometry`);
  polygons.forEach((rings, p) => {
    if (rings.length === 0) problems.push(`${label}: polygon ${p} has no rings`);
    rings.forEach((ring, r) => {
      const where = `${label}: polygon ${p} ring ${r}`;
      if (ring.length < 4) problems.push(`${where} has ${ring.length} positions (< 4)`);
      else if (!samePosition(ring[0], ring[ring.length - 1])) problems.push(`${where} is not closed`);
    });
  });
  // kinks assumes closed rings of ≥ 4 positions; on malformed rings its answer means nothing.
  if (problems.length === 0) {
    const crossings = kinks(geometry).features;
    const first = crossings[0]?.geometry.coordinates;
    if (first !== undefined) {
      problems.push(`${label}: self-intersection(s) at ${crossings.length} point(s), first at [${first.join(', ')}]`);
    }
  }
  return problems;
}

/**
 * The geometry's area must be within `tolerance` (a fraction, default 0.30) of the official area.
 * Larger gaps mean a wrong join or a broken shape, not the usual generalisation error.
 */
export function checkAreas(comparisons: readonly AreaComparison[], tolerance = 0.3): string[] {
  return comparisons
    .filter((c) => !(Math.abs(c.diffPct) <= tolerance * 100))
    .map(
      (c) =>
        `${c.iso} ${c.nameEn}: geometry ${c.geometryKm2.toFixed(0)} km² vs official ${c.officialKm2} km² ` +
        `(${c.diffPct.toFixed(1)} %, limit ±${(tolerance * 100).toFixed(0)} %)`,
    );
}

/**
 * Simplification must not lose more than `maxChange` (fraction, default 0.02) of any province's
 * area, nor make a province disappear.
 * @param beforeKm2 - area by ISO code before simplification
 * @param afterKm2 - area by ISO code after simplification and quantization
 */
export function checkSimplification(
  beforeKm2: ReadonlyMap<string, number>,
  afterKm2: ReadonlyMap<string, number>,
  maxChange = 0.02,
): string[] {
  const problems: string[] = [];
  for (const [iso, before] of beforeKm2) {
    const after = afterKm2.get(iso);
    if (after === undefined || after <= 0) {
      problems.push(`${iso} disappeared in simplification`);
      continue;
    }
    const change = (after - before) / before;
    if (!(Math.abs(change) <= maxChange)) {
      problems.push(`${iso}: simplification changed the area by ${(change * 100).toFixed(2)} % (limit ±${maxChange * 100} %)`);
    }
  }
  return problems;
}

function samePosition(a: Position | undefined, b: Position | undefined): boolean {
  return a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1];
}

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const v of values) (seen.has(v) ? dup : seen).add(v);
  return [...dup].sort();
}
