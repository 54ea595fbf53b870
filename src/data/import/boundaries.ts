// A user's province boundary set (e.g. OCHA/RTSD admin-1 GeoJSON keyed by ADM1_PCODE "TH56") as
// province features keyed by ISO code, to draw instead of the built-in boundaries. The key
// property is the one whose values match most provinces; every feature is matched or reported.
// Pure.
import type { MultiPolygon, Polygon } from 'geojson';
import type { ProvinceIndex } from '../provinceMatch';
import type { ProvinceCode, ProvinceFeature } from '../types';
import { emptyReport, type ImportReport } from './report';

/** Property names that usually hold the province key, preferred on equal match rates. */
const PREFERRED = ['ADM1_PCODE', 'ADM1_TH', 'ADM1_EN', 'iso', 'ISO', 'pcode', 'name_th', 'name'];

export interface BoundarySet {
  /** The property the provinces were matched on, or null when none matched. */
  keyProperty: string | null;
  features: ProvinceFeature[];
  /** Provinces the file has no boundary for: they keep the built-in one. */
  missing: ProvinceCode[];
  report: ImportReport;
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * The property whose values match the most provinces (ties go to the usual key names), and how
 * many features it matched; `null` when none matches. `skip` leaves properties out (a district
 * set's own names, which can equal a province's).
 */
export function bestProvinceKey(
  props: readonly Record<string, unknown>[],
  index: ProvinceIndex,
  skip: (key: string) => boolean = () => false,
): { key: string | null; hits: number } {
  const keys = [...new Set(props.flatMap((p) => Object.keys(p)))].filter((k) => !skip(k));
  let keyProperty: string | null = null;
  let best = 0;
  for (const k of keys) {
    const hits = props.filter((p) => typeof p[k] === 'string' || typeof p[k] === 'number').filter((p) => index.match(String(p[k])) !== undefined).length;
    const better = hits > best || (hits === best && hits > 0 && PREFERRED.indexOf(k) !== -1 && (keyProperty === null || PREFERRED.indexOf(k) < PREFERRED.indexOf(keyProperty) || PREFERRED.indexOf(keyProperty) === -1));
    if (better) {
      best = hits;
      keyProperty = k;
    }
  }
  return { key: keyProperty, hits: best };
}

/** A feature's polygon geometry, or what it has instead ("Point", "no geometry"). */
export function polygonGeometry(f: unknown): Polygon | MultiPolygon | string {
  const g = isRecord(f) && isRecord(f.geometry) ? f.geometry : null;
  if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon') || !Array.isArray(g.coordinates)) return String(g?.type ?? 'no geometry');
  return g as unknown as Polygon | MultiPolygon;
}

/** Each feature's properties (an empty object when it has none). */
export function featureProps(raw: readonly unknown[]): Record<string, unknown>[] {
  return raw.map((f) => (isRecord(f) && isRecord(f.properties) ? f.properties : {}));
}

export interface PolygonFeatureRow {
  line: number;
  props: Record<string, unknown>;
  /** The feature's properties as text, under `keys` (the report's header). */
  cells: string[];
  geometry: Polygon | MultiPolygon;
}

/** Counts every feature in the report, reports one without a polygon, and hands each other to `use`. */
export function forEachPolygon(
  raw: readonly unknown[],
  props: readonly Record<string, unknown>[],
  keys: readonly string[],
  report: ImportReport,
  use: (row: PolygonFeatureRow) => void,
): void {
  raw.forEach((f, i) => {
    const line = i + 1;
    const p = props[i] as Record<string, unknown>;
    const cells = keys.map((k) => (p[k] === undefined || p[k] === null ? '' : String(p[k])));
    report.totalRows++;
    const geometry = polygonGeometry(f);
    if (typeof geometry === 'string') report.rejected.push({ line, reason: 'bad-coordinates', detail: geometry, cells });
    else use({ line, props: p, cells, geometry });
  });
}

export function provinceBoundaries(raw: readonly unknown[], index: ProvinceIndex, fileName: string): BoundarySet {
  const props = featureProps(raw);
  const keys = [...new Set(props.flatMap((p) => Object.keys(p)))];
  const header = keys;
  const report = emptyReport(fileName, 'geojson', header);
  const { key: keyProperty } = bestProvinceKey(props, index);
  const features: ProvinceFeature[] = [];
  const seen = new Map<ProvinceCode, number>();
  forEachPolygon(raw, props, keys, report, ({ line, props: p, cells, geometry }) => {
    const key = keyProperty === null ? '' : String(p[keyProperty] ?? '');
    const m = key === '' ? undefined : index.match(key);
    if (!m) {
      const suggestion = key === '' ? undefined : index.suggest(key);
      report.rejected.push({
        line,
        reason: key === '' ? 'no-province' : 'unknown-province',
        detail: key,
        ...(suggestion ? { suggestion } : {}),
        cells,
      });
      return;
    }
    const earlier = seen.get(m.code);
    if (earlier !== undefined) {
      report.rejected.push({ line, reason: 'duplicate', detail: key, duplicateOf: earlier, cells });
      return;
    }
    seen.set(m.code, line);
    report.importedRows++;
    report.byRule[m.rule] = (report.byRule[m.rule] ?? 0) + 1;
    features.push({ type: 'Feature', id: m.code, properties: {}, geometry });
  });
  const missing = index.all.map((pr) => pr.iso).filter((c) => !seen.has(c));
  return { keyProperty, features, missing, report };
}

/** The built-in features with the user's boundaries in place of the provinces they cover. */
export function replaceBoundaries(builtIn: readonly ProvinceFeature[], user: readonly ProvinceFeature[]): ProvinceFeature[] {
  const byCode = new Map(user.map((f) => [f.id, f]));
  return builtIn.map((f) => byCode.get(f.id) ?? f);
}
