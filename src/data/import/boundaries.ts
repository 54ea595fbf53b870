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

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function provinceBoundaries(raw: readonly unknown[], index: ProvinceIndex, fileName: string): BoundarySet {
  const props = raw.map((f) => (isRecord(f) && isRecord(f.properties) ? f.properties : {}));
  const keys = [...new Set(props.flatMap((p) => Object.keys(p)))];
  const header = keys;
  const report = emptyReport(fileName, 'geojson', header);
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
  const features: ProvinceFeature[] = [];
  const seen = new Map<ProvinceCode, number>();
  raw.forEach((f, i) => {
    const line = i + 1;
    const p = props[i] as Record<string, unknown>;
    const cells = keys.map((k) => (p[k] === undefined || p[k] === null ? '' : String(p[k])));
    report.totalRows++;
    const geometry = isRecord(f) && isRecord(f.geometry) ? f.geometry : null;
    if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') || !Array.isArray(geometry.coordinates)) {
      report.rejected.push({ line, reason: 'bad-coordinates', detail: String(geometry?.type ?? 'no geometry'), cells });
      return;
    }
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
    features.push({ type: 'Feature', id: m.code, properties: {}, geometry: geometry as unknown as Polygon | MultiPolygon });
  });
  const missing = index.all.map((pr) => pr.iso).filter((c) => !seen.has(c));
  return { keyProperty, features, missing, report };
}

/** The built-in features with the user's boundaries in place of the provinces they cover. */
export function replaceBoundaries(builtIn: readonly ProvinceFeature[], user: readonly ProvinceFeature[]): ProvinceFeature[] {
  const byCode = new Map(user.map((f) => [f.id, f]));
  return builtIn.map((f) => byCode.get(f.id) ?? f);
}
