// A user's district boundary set (e.g. OCHA/RTSD admin-2 GeoJSON: ADM2_PCODE "TH5601", ADM2_TH,
// ADM2_EN, ADM1_PCODE): telling it apart from a province set, and turning its features into
// districts with an id, names, their province and their numeric properties as indicators.
// Every feature is imported or reported with its line and reason. Pure.
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { ProvinceIndex } from '../provinceMatch';
import type { ProvinceCode } from '../types';
import { bestProvinceKey, featureProps, forEachPolygon, polygonGeometry } from './boundaries';
import { parseCell } from './cells';
import { emptyReport, type ImportReport } from './report';

export interface DistrictProps {
  /** The file's district code (ADM2_PCODE …), '' when it has none. */
  code: string;
  nameTh: string;
  nameEn: string;
  province: ProvinceCode;
}

export interface DistrictFeature {
  type: 'Feature';
  /** Stable id: the code when the file's codes are unique, else `L<line>`. */
  id: string;
  properties: DistrictProps;
  geometry: Polygon | MultiPolygon;
}

export interface DistrictIndicator {
  /** Column (property) name, shown as the user wrote it. */
  name: string;
  /** Aligned with the set's features; null = no data. */
  values: (number | null)[];
  percent: boolean;
  decimals: number;
  /** The file it came from (the boundary file itself, or a table matched to it). */
  fileName: string;
}

export interface DistrictSet {
  features: DistrictFeature[];
  /** Numeric properties of the boundary file. */
  indicators: DistrictIndicator[];
}

/** Table values matched to another dataset's district set (the dataset id). */
export interface DistrictValues {
  setId: string;
  indicators: DistrictIndicator[];
}

const ADM2 = /^(adm2|amphoe|amp_|district|khet)/i;
const CODE_KEYS = ['ADM2_PCODE', 'ADM2_CODE', 'AMP_CODE', 'amphoe_idn', 'pcode', 'code', 'CODE'];
const TH_KEYS = ['ADM2_TH', 'ADM2_NAME_TH', 'AMP_NAME_T', 'amphoe_t', 'name_th', 'NAME_TH'];
const EN_KEYS = ['ADM2_EN', 'ADM2_NAME', 'AMP_NAME_E', 'amphoe_e', 'name_en', 'NAME_EN', 'NAME_2', 'name', 'NAME'];
/** Numeric properties that describe the shape or the record, not the district. */
const NOT_INDICATOR = /^(shape_(leng|length|area)|objectid|fid|id|gid|ogc_fid|.*_(pcode|code|id))$/i;

/** How the file's polygons are meant: as provinces, or as districts below them. */
export type BoundaryKind = 'provinces' | 'districts';

/**
 * District when a property is named like an admin-2 field, or when there are clearly more
 * features than provinces they match (many districts share one ADM1 code); else provinces.
 */
export function boundaryKind(raw: readonly unknown[], index: ProvinceIndex): BoundaryKind {
  const props = featureProps(raw);
  if (props.some((p) => Object.keys(p).some((k) => ADM2.test(k)))) return 'districts';
  const { key } = bestProvinceKey(props, index);
  if (key === null) return 'districts';
  const distinct = new Set(props.flatMap((p) => index.match(String(p[key] ?? ''))?.code ?? []));
  return raw.length > distinct.size * 1.5 ? 'districts' : 'provinces';
}

/** First of `keys` the properties have as a non-empty string. */
function firstString(p: Record<string, unknown>, keys: readonly string[]): string {
  for (const k of keys) {
    const v = p[k];
    if ((typeof v === 'string' && v.trim() !== '') || typeof v === 'number') return String(v).trim();
  }
  return '';
}

function ringArea(r: readonly Position[]): number {
  let a = 0;
  for (let i = 0; i + 1 < r.length; i++) a += (r[i]?.[0] as number) * (r[i + 1]?.[1] as number) - (r[i + 1]?.[0] as number) * (r[i]?.[1] as number);
  return Math.abs(a / 2);
}

/**
 * A point inside the polygon (not its centroid, which can fall outside a crescent-shaped
 * district): the middle of the widest span of the largest part's outer ring along the line
 * half-way up its extent. Holes are ignored (a district with a hole in its middle is rare).
 */
export function interiorPoint(g: Polygon | MultiPolygon): [number, number] | null {
  const parts = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  let ring: Position[] | undefined;
  let area = -1;
  for (const part of parts) {
    const outer = part[0];
    if (outer && outer.length >= 4 && ringArea(outer) > area) {
      area = ringArea(outer);
      ring = outer;
    }
  }
  if (!ring) return null;
  // A loop, not Math.min(...ys): spreading a ring of a few hundred thousand vertices overflows the stack.
  let lo = Infinity;
  let hi = -Infinity;
  for (const p of ring) {
    const py = p[1] as number;
    if (py < lo) lo = py;
    if (py > hi) hi = py;
  }
  const y = (lo + hi) / 2;
  const xs: number[] = [];
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x1, y1] = ring[i] as [number, number];
    const [x2, y2] = ring[i + 1] as [number, number];
    if ((y1 > y) !== (y2 > y)) xs.push(x1 + ((y - y1) / (y2 - y1)) * (x2 - x1));
  }
  xs.sort((a, b) => a - b);
  let best: [number, number] | null = null;
  let width = -1;
  for (let i = 0; i + 1 < xs.length; i += 2) {
    const w = (xs[i + 1] as number) - (xs[i] as number);
    if (w > width) {
      width = w;
      best = [((xs[i] as number) + (xs[i + 1] as number)) / 2, y];
    }
  }
  return best;
}

/** Finds the province a point lies in (the import worker's point-in-province locator). */
export type LocateProvince = (lon: number, lat: number) => ProvinceCode | null;

export interface BuiltDistricts {
  set: DistrictSet;
  /** The property the province came from, or null when every one was located by its shape. */
  provinceKey: string | null;
  report: ImportReport;
}

/** Numeric properties as indicators: a property is one when most of its filled values are numbers. */
function propertyIndicators(
  props: readonly Record<string, unknown>[],
  lines: readonly number[],
  skip: ReadonlySet<string>,
  fileName: string,
  report: ImportReport,
): DistrictIndicator[] {
  const keys = [...new Set(props.flatMap((p) => Object.keys(p)))].filter((k) => !skip.has(k) && !NOT_INDICATOR.test(k));
  const out: DistrictIndicator[] = [];
  for (const k of keys) {
    const cells = props.map((p) => {
      const v = p[k];
      if (typeof v === 'number') return Number.isFinite(v) ? ({ kind: 'number', value: v, percent: false, decimals: decimalsOf(v) } as const) : ({ kind: 'blank' } as const);
      return typeof v === 'string' ? parseCell(v) : ({ kind: 'blank' } as const);
    });
    const numbers = cells.filter((c) => c.kind === 'number').length;
    const invalid = cells.filter((c) => c.kind === 'invalid').length;
    if (numbers === 0 || invalid > numbers) continue;
    cells.forEach((c, i) => {
      if (c.kind === 'invalid') report.cellProblems.push({ line: lines[i] as number, column: k, raw: c.raw });
    });
    out.push({
      name: k,
      values: cells.map((c) => (c.kind === 'number' ? c.value : null)),
      percent: cells.some((c) => c.kind === 'number' && c.percent),
      decimals: Math.min(3, Math.max(0, ...cells.map((c) => (c.kind === 'number' ? c.decimals : 0)))),
      fileName,
    });
  }
  return out;
}

function decimalsOf(v: number): number {
  const s = String(v);
  const dot = s.indexOf('.');
  return dot === -1 || /e/i.test(s) ? 0 : s.length - dot - 1;
}

/**
 * The districts of a polygon GeoJSON. A feature's province comes from the property matching the
 * most provinces (ADM1_PCODE …), else from where its interior point lies; one in no province, or
 * with no polygon, is reported.
 */
export function buildDistricts(raw: readonly unknown[], index: ProvinceIndex, locate: LocateProvince, fileName: string): BuiltDistricts {
  const props = featureProps(raw);
  const keys = [...new Set(props.flatMap((p) => Object.keys(p)))];
  const report = emptyReport(fileName, 'geojson', keys);
  const { key: provinceKey } = bestProvinceKey(props, index, (k) => ADM2.test(k));
  const codeKey = CODE_KEYS.find((k) => {
    const vs = props.map((p) => p[k]).filter((v) => typeof v === 'string' || typeof v === 'number');
    return vs.length === props.length && new Set(vs.map(String)).size === vs.length;
  });
  const features: DistrictFeature[] = [];
  const kept: Record<string, unknown>[] = [];
  const lines: number[] = [];
  forEachPolygon(raw, props, keys, report, ({ line, props: p, cells, geometry }) => {
    const keyText = provinceKey ? String(p[provinceKey] ?? '') : '';
    const m = keyText ? index.match(keyText) : undefined;
    let province = m?.code ?? null;
    if (!province) {
      const at = interiorPoint(geometry);
      province = at ? locate(at[0], at[1]) : null;
      if (!province) {
        report.rejected.push({ line, reason: 'outside-provinces', detail: at ? `${at[1].toFixed(4)},${at[0].toFixed(4)}` : '', cells });
        return;
      }
    }
    const rule = m ? m.rule : 'point';
    report.byRule[rule] = (report.byRule[rule] ?? 0) + 1;
    const code = codeKey ? String(p[codeKey]) : '';
    features.push({
      type: 'Feature',
      id: code || `L${line}`,
      properties: { code, nameTh: firstString(p, TH_KEYS), nameEn: firstString(p, EN_KEYS), province },
      geometry,
    });
    kept.push(p);
    lines.push(line);
    report.importedRows++;
  });
  const skip = new Set([...CODE_KEYS, ...TH_KEYS, ...EN_KEYS, ...(provinceKey ? [provinceKey] : [])]);
  return { set: { features, indicators: propertyIndicators(kept, lines, skip, fileName, report) }, provinceKey, report };
}

function validIndicator(x: unknown, n: number): boolean {
  const i = x as Partial<DistrictIndicator> | null;
  return (
    typeof i === 'object' &&
    i !== null &&
    typeof i.name === 'string' &&
    typeof i.fileName === 'string' &&
    typeof i.percent === 'boolean' &&
    typeof i.decimals === 'number' &&
    Array.isArray(i.values) &&
    i.values.length === n &&
    i.values.every((v) => v === null || (typeof v === 'number' && Number.isFinite(v)))
  );
}

/** Checks a district set read back from storage. */
export function validDistrictSet(x: unknown): x is DistrictSet {
  const s = x as Partial<DistrictSet> | null;
  if (typeof s !== 'object' || s === null || !Array.isArray(s.features) || !Array.isArray(s.indicators)) return false;
  const ok = s.features.every((f) => {
    const d = f as Partial<DistrictFeature> | null;
    const p = d?.properties;
    return (
      typeof d?.id === 'string' &&
      typeof p?.nameTh === 'string' &&
      typeof p.nameEn === 'string' &&
      typeof p.code === 'string' &&
      typeof p.province === 'string' &&
      /^TH-\d{2}$/.test(p.province) &&
      typeof polygonGeometry(d) !== 'string'
    );
  });
  return ok && s.indicators.every((i) => validIndicator(i, s.features?.length ?? 0));
}

/** Checks table values matched to a district set, read back from storage. */
export function validDistrictValues(x: unknown, features: number | undefined): x is DistrictValues {
  const v = x as Partial<DistrictValues> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.setId === 'string' &&
    features !== undefined &&
    Array.isArray(v.indicators) &&
    v.indicators.every((i) => validIndicator(i, features))
  );
}
