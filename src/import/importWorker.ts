// The import worker: reads, decodes, parses and matches files off the main thread so the page
// stays responsive with a 50 MB file. The last table read stays here between the preview and the
// import; only the preview rows, the indicators, the points and the report cross to the page —
// the report with its first rejected rows only, and complete as a CSV file (a Blob crosses by
// reference, not by copying its cells). Progress goes out a few times a second, not per chunk.
import * as Comlink from 'comlink';
import { buildProvinceIndex, type ProvinceIndex } from '../data/provinceMatch';
import type { Province, ProvinceCode, ProvinceFeature } from '../data/types';
import { readFile, type FileFormat, type ReadError } from '../data/import/readFile';
import type { DetectedEncoding, TextEncodingName } from '../data/import/encoding';
import { replacementCount } from '../data/import/encoding';
import { guessMapping, type ImportMapping } from '../data/import/mapping';
import type { RawRow, RawTable } from '../data/import/rawTable';
import { buildIndicators } from '../data/import/buildIndicators';
import { buildPoints, type PointSet } from '../data/import/points';
import { buildLocator, type ProvinceLocator } from '../data/import/pointInProvince';
import { unmatchedNames, type Unmatched } from '../data/import/unmatched';
import type { BuildContext } from '../data/import/userIndicator';
import type { Indicator } from '../data/indicatorTypes';
import { reportCsv, reportForPage, type ImportReport } from '../data/import/report';
import { throttleProgress } from '../data/import/throttleProgress';
import { LIMITS, type LimitHit } from '../data/import/limits';
import { csvBlob } from './download';
import { provinceBoundaries, type BoundarySet } from '../data/import/boundaries';
import { boundaryKind, buildDistricts, type BuiltDistricts, type DistrictIndicator, type DistrictProps } from '../data/import/districts';
import { matchDistrictRows, type DistrictMapping } from '../data/import/districtMatch';

export interface WorkerInit {
  provinces: Province[];
  features: ProvinceFeature[];
  population: (number | null)[];
  populationYear: number;
}

export type Preview =
  | {
      ok: true;
      format: FileFormat;
      encoding?: DetectedEncoding & { used: TextEncodingName };
      /** U+FFFD in the decoded text: the encoding is probably wrong. */
      replacements: number;
      header: string[];
      rows: RawRow[];
      totalRows: number;
      mapping: ImportMapping;
      unmatched: Unmatched[];
    }
  | { ok: true; boundaries: { keyProperty: string; matched: number; total: number; missing: number } }
  | { ok: true; districts: { matched: number; total: number; provinces: number; indicators: number } }
  | { ok: false; error: Exclude<ReadError, 'limit'> | 'polygons' }
  | { ok: false; error: 'limit'; hit: LimitHit };

export interface Built {
  indicators: Indicator[];
  points?: PointSet;
  /** The report cut to its first `REPORT_ROWS` rejected rows (`reportForPage`). */
  report: ImportReport;
  /** The complete report as CSV. */
  reportFile: Blob;
}

const PREVIEW_ROWS = 8;
/** Rejected rows (and cell problems) the page gets in the report: what it shows, and some. */
export const REPORT_ROWS = 200;

const thinned = (onProgress?: (fraction: number) => void) =>
  onProgress ? { onProgress: throttleProgress(onProgress, () => performance.now()) } : {};

/** What `build` sends the page: the report cut, the full one as a CSV file. */
function forPage<T extends { report: ImportReport }>(out: T): T & { reportFile: Blob } {
  return { ...out, report: reportForPage(out.report, REPORT_ROWS), reportFile: csvBlob(reportCsv(out.report)) };
}

let index: ProvinceIndex | null = null;
let init: WorkerInit | null = null;
let locator: ProvinceLocator | null = null;
let last: { table: RawTable; format: FileFormat } | null = null;
let lastBoundaries: BoundarySet | null = null;
let lastDistricts: BuiltDistricts | null = null;

function provinceLocator(): ProvinceLocator {
  locator ??= buildLocator((init as WorkerInit).features);
  return locator;
}

const api = {
  setup(i: WorkerInit): void {
    init = i;
    index = buildProvinceIndex(i.provinces);
    locator = null;
  },

  async read(
    file: Blob,
    fileName: string,
    encoding: TextEncodingName | undefined,
    defaultYear: number,
    onProgress?: (fraction: number) => void,
  ): Promise<Preview> {
    if (!index) throw new Error('setup() first');
    last = null;
    lastBoundaries = null;
    lastDistricts = null;
    // Refused before its bytes are copied in: a 2 GB file must not take the worker's memory first.
    if (file.size > LIMITS['file-bytes']) return { ok: false, error: 'limit', hit: { limit: 'file-bytes', max: LIMITS['file-bytes'], found: file.size } };
    const bytes = new Uint8Array(await file.arrayBuffer());
    const r = await readFile(bytes, fileName, { ...(encoding ? { encoding } : {}), ...thinned(onProgress) });
    if (!r.ok) return r;
    if (!('table' in r) && boundaryKind(r.polygons, index) === 'districts') {
      const features = (init as WorkerInit).features;
      const d = buildDistricts(r.polygons, index, (lon, lat) => features[provinceLocator().locate(lon, lat)]?.id ?? null, fileName);
      if (d.set.features.length === 0) return { ok: false, error: 'polygons' };
      lastDistricts = d;
      const provinces = new Set(d.set.features.map((f) => f.properties.province)).size;
      return { ok: true, districts: { matched: d.set.features.length, total: d.report.totalRows, provinces, indicators: d.set.indicators.length } };
    }
    if (!('table' in r)) {
      const b = provinceBoundaries(r.polygons, index, fileName);
      if (b.keyProperty === null || b.features.length === 0) return { ok: false, error: 'polygons' };
      lastBoundaries = b;
      return {
        ok: true,
        boundaries: { keyProperty: b.keyProperty, matched: b.features.length, total: b.report.totalRows, missing: b.missing.length },
      };
    }
    last = { table: r.table, format: r.format };
    const mapping = guessMapping(r.table, index, defaultYear);
    if (r.points) Object.assign(mapping, { shape: 'points' });
    const sample = r.table.rows.slice(0, PREVIEW_ROWS);
    return {
      ok: true,
      format: r.format,
      ...(r.encoding ? { encoding: r.encoding } : {}),
      replacements: replacementCount([r.table.header, ...sample.map((x) => x.cells)].flat().join('')),
      header: r.table.header,
      rows: sample,
      totalRows: r.table.rows.length,
      mapping,
      unmatched: mapping.shape === 'points' ? [] : unmatchedNames(r.table, mapping.province, index),
    };
  },

  /** The boundary set of the last file read (a GeoJSON of province polygons). */
  boundaries(): { features: ProvinceFeature[]; report: ImportReport } {
    if (!lastBoundaries) throw new Error('read() a boundary file first');
    return { features: lastBoundaries.features, report: lastBoundaries.report };
  },

  /** The district set of the last file read (a GeoJSON of district polygons). */
  districts(): BuiltDistricts {
    if (!lastDistricts) throw new Error('read() a district file first');
    return lastDistricts;
  },

  /** The last table's rows matched to a district set's districts (given without geometry). */
  buildDistrictValues(mapping: DistrictMapping, districts: DistrictProps[], fileName: string): { indicators: DistrictIndicator[]; report: ImportReport; reportFile: Blob } {
    if (!last || !index) throw new Error('read() first');
    // Like a province table: the page gets the report cut, the complete one as a file.
    return forPage(matchDistrictRows(last.table, mapping, districts, index, fileName, last.format));
  },

  unmatched(column: number): Unmatched[] {
    return last && index ? unmatchedNames(last.table, column, index) : [];
  },

  build(mapping: ImportMapping, ctx: BuildContext, onProgress?: (fraction: number) => void): Built {
    if (!last || !index || !init) throw new Error('read() first');
    if (mapping.shape === 'points') {
      const out = forPage(buildPoints(last.table, mapping, ctx, {
        locator: provinceLocator(),
        featureCodes: init.features.map((f) => f.id as ProvinceCode),
        population: init.population,
        populationYear: init.populationYear,
        ...thinned(onProgress),
      }, last.format));
      return Comlink.transfer(out, [out.points.positions.buffer, out.points.province.buffer]);
    }
    return forPage(buildIndicators(last.table, mapping, index, ctx, last.format));
  },
};

export type ImportWorkerApi = typeof api;

Comlink.expose(api);
