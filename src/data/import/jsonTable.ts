// JSON and GeoJSON to a raw table: GeoJSON points become rows of their properties plus
// longitude/latitude columns (one row per point, MultiPoint expanded); a plain JSON array of
// objects or of arrays becomes rows. Polygon features are boundary sets (see boundaries.ts). Pure.
import type { RawRow, RawTable } from './rawTable';
import { tableFromRows } from './rawTable';
import { checkLimit } from './limits';

export const LON_COLUMN = 'longitude';
export const LAT_COLUMN = 'latitude';

export type JsonRead =
  | { kind: 'table'; table: RawTable }
  | { kind: 'points'; table: RawTable }
  | { kind: 'polygons'; features: unknown[] }
  | { kind: 'error'; error: 'not-json' | 'unsupported-json' };

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const cellText = (v: unknown) => (v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));

function pointsTable(features: readonly unknown[]): RawTable {
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const f of features) {
    if (!isObject(f) || !isObject(f.properties)) continue;
    for (const k of Object.keys(f.properties)) {
      if (!seen.has(k)) {
        seen.add(k);
        keys.push(k);
      }
    }
  }
  const header = [...keys, LON_COLUMN, LAT_COLUMN];
  checkLimit('columns', header.length);
  const rows: RawRow[] = [];
  features.forEach((f, i) => {
    const props = isObject(f) && isObject(f.properties) ? f.properties : {};
    const geom = isObject(f) && isObject(f.geometry) ? f.geometry : undefined;
    const base = keys.map((k) => cellText(props[k]));
    const coords: unknown[] =
      geom?.type === 'Point' ? [geom.coordinates] : geom?.type === 'MultiPoint' && Array.isArray(geom.coordinates) ? geom.coordinates : [null];
    for (const c of coords) {
      const [lon, lat] = Array.isArray(c) ? c : [];
      // Line = feature number (1-based): the user's file has no lines that mean more.
      rows.push({ line: i + 1, cells: [...base, cellText(lon), cellText(lat)] });
    }
  });
  return { header, headerLine: 0, rows, notes: [] };
}

/** Reads parsed JSON. Throws only `LimitError` (limits.ts). */
export function readJsonValue(value: unknown): JsonRead {
  const features = isObject(value) && value.type === 'FeatureCollection' && Array.isArray(value.features)
    ? value.features
    : isObject(value) && value.type === 'Feature'
      ? [value]
      : null;
  if (features) {
    const types = new Set(features.map((f) => (isObject(f) && isObject(f.geometry) ? String(f.geometry.type) : 'none')));
    if ([...types].some((t) => t === 'Polygon' || t === 'MultiPolygon')) return { kind: 'polygons', features };
    return { kind: 'points', table: pointsTable(features) };
  }
  if (Array.isArray(value) && value.length > 0) {
    if (value.every(Array.isArray)) {
      checkLimit('columns', (value as unknown[][]).reduce((n, r) => Math.max(n, r.length), 0));
      return { kind: 'table', table: tableFromRows(value as unknown[][]) };
    }
    if (value.every(isObject)) {
      const seen = new Set<string>();
      for (const o of value as object[]) {
        for (const k of Object.keys(o)) seen.add(k);
        checkLimit('columns', seen.size);
      }
      const keys = [...seen];
      const rows = value.map((o) => keys.map((k) => (o as Record<string, unknown>)[k]));
      const table = tableFromRows([keys, ...rows], 0);
      return { kind: 'table', table };
    }
  }
  return { kind: 'error', error: 'unsupported-json' };
}

export function readJsonText(text: string): JsonRead {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { kind: 'error', error: 'not-json' };
  }
  return readJsonValue(value);
}
