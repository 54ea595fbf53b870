// Turns the loaded files into what the app uses: province records by code, province features
// keyed by ISO code, and the basemap's topology (decoded layer by layer when a map draws it).
// Pure; validation errors name the file.
import { feature } from 'topojson-client';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeoJsonProperties } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Province, ProvinceCode, ProvinceFeature, ProvincesFile, SourceRef } from './types';
import { buildProvinceIndex, type ProvinceIndex } from './provinceMatch';
import type { IndicatorsFile } from './indicatorTypes';
import type { PlacesFile } from './placeTypes';
import type { UserDataset } from './import/userDataset';
import { packTopology, unpackTopology, type PackedTopology } from './packedTopology';

/** The basemap file's layers: neighbouring countries, their coasts and borders (1:50m), the world (1:110m). */
export const BASEMAP_LAYERS = ['countries', 'coastline', 'borders', 'world'] as const;
export type BasemapLayer = (typeof BASEMAP_LAYERS)[number];

/** The basemap file: a topology with the four layers. */
export type BasemapTopology = Topology<Record<BasemapLayer, GeometryCollection<GeoJsonProperties>>>;

/**
 * The basemap as the page keeps it: TopoJSON with packed arcs, ≈ 0.2 MB where its four layers as
 * GeoJSON objects take ≈ 1 MB of JS heap. The WebGL map hands MapLibre's worker one layer at a time
 * (map/mapController) and the SVG map decodes it when it draws (basemapData); nobody keeps both.
 */
export type BasemapFile = PackedTopology<BasemapTopology>;

/** The basemap's layers as GeoJSON (what the SVG map and the vector export draw). */
export type BasemapData = Record<BasemapLayer, FeatureCollection>;

export interface AtlasData {
  provinces: readonly Province[];
  index: ProvinceIndex;
  features: readonly ProvinceFeature[];
  featureByCode: ReadonlyMap<ProvinceCode, ProvinceFeature>;
  basemap: BasemapFile;
  indicators: IndicatorsFile;
  places: PlacesFile;
  /** Provinces of the EEF learning-city pilots. */
  pilotCodes: ReadonlySet<ProvinceCode>;
  /** Provinces with a UNESCO learning city (any year). */
  learningCityCodes: ReadonlySet<ProvinceCode>;
  sources: Readonly<Record<string, SourceRef>>;
  /** The user's imported datasets (none as loaded; state/withUserData joins them in). */
  datasets: readonly UserDataset[];
  /** Non-essential files that failed to load or validate (their data is empty). */
  failures?: readonly DataFileError[];
}

/** A data file that failed to load or validate; `file` is shown to the user. */
export class DataFileError extends Error {
  constructor(
    readonly file: string,
    readonly detail: string,
  ) {
    super(`${file}: ${detail}`);
  }
}

export const EXPECTED_PROVINCES = 77;

function objectOf(topo: Topology, name: string, file: string): GeometryCollection<GeoJsonProperties> {
  const o = topo.objects[name];
  if (!o || o.type !== 'GeometryCollection') throw new DataFileError(file, `missing object "${name}"`);
  return o;
}

/** Checks the catalogue's shape: the 77 codes, one value per province per year, a source each. */
export function validateIndicators(file: IndicatorsFile, known: ReadonlySet<string>): IndicatorsFile {
  const name = 'indicators.json';
  if (!Array.isArray(file.provinces) || file.provinces.length !== EXPECTED_PROVINCES) {
    throw new DataFileError(name, `expected ${EXPECTED_PROVINCES} province codes`);
  }
  for (const code of file.provinces) if (!known.has(code)) throw new DataFileError(name, `unknown province ${code}`);
  if (!Array.isArray(file.indicators) || file.indicators.length === 0) throw new DataFileError(name, 'no indicators');
  for (const ind of file.indicators) {
    if (!ind.source?.organisation || !ind.source.licence) throw new DataFileError(name, `${ind.id}: no source`);
    if (!Array.isArray(ind.years) || ind.years.length === 0) throw new DataFileError(name, `${ind.id}: no years`);
    for (const y of ind.years) {
      const row = ind.values[String(y)];
      if (!row || row.length !== EXPECTED_PROVINCES) throw new DataFileError(name, `${ind.id} ${y}: expected ${EXPECTED_PROVINCES} values`);
    }
  }
  return file;
}

/** Checks that every place points at a known province and has a source. */
export function validatePlaces(file: PlacesFile, known: ReadonlySet<string>): PlacesFile {
  const name = 'places.json';
  if (!Array.isArray(file.pilots) || !Array.isArray(file.learningCities) || !Array.isArray(file.partners)) {
    throw new DataFileError(name, 'expected pilots, learningCities and partners');
  }
  for (const p of [...file.pilots, ...file.learningCities]) {
    if (!known.has(p.iso)) throw new DataFileError(name, `unknown province ${p.iso}`);
  }
  for (const p of [...file.pilots, ...file.learningCities, ...file.partners]) {
    if (!Array.isArray(p.sources) || p.sources.length === 0) throw new DataFileError(name, `${p.name.en}: no source`);
  }
  return file;
}

/** One file as loaded: its parsed JSON, or why it could not be fetched or parsed. */
export type Loaded<T> = { ok: true; value: T } | { ok: false; error: DataFileError };

export const loaded = <T>(value: T): Loaded<T> => ({ ok: true, value });

/** A failure of `file` as a DataFileError, whatever was thrown. */
function asFileError(file: string, e: unknown): DataFileError {
  return e instanceof DataFileError ? e : new DataFileError(file, e instanceof Error ? e.message : String(e));
}

const EMPTY_COLLECTION: GeometryCollection<GeoJsonProperties> = { type: 'GeometryCollection', geometries: [] };
/** The basemap when its file failed: four empty layers. */
export const EMPTY_BASEMAP: BasemapFile = packTopology<BasemapTopology>({
  type: 'Topology',
  objects: { countries: EMPTY_COLLECTION, coastline: EMPTY_COLLECTION, borders: EMPTY_COLLECTION, world: EMPTY_COLLECTION },
  arcs: [],
});
const EMPTY_PLACES: PlacesFile = { pilots: [], learningCities: [], partners: [], links: [] };

/** Checks that the basemap file has its four layers; keeps it as packed TopoJSON. */
function validateBasemap(basemapTopo: Topology): BasemapFile {
  for (const name of BASEMAP_LAYERS) objectOf(basemapTopo, name, 'basemap.topo.json');
  return packTopology(basemapTopo as BasemapTopology);
}

/** One basemap layer as GeoJSON: a new object each call, for whoever draws it. */
export function basemapLayer(file: BasemapFile, name: BasemapLayer): FeatureCollection {
  const topo = unpackTopology(file);
  return feature(topo, topo.objects[name]) as FeatureCollection;
}

/** All four basemap layers as GeoJSON (the SVG map's and the vector export's land). */
export function basemapData(file: BasemapFile): BasemapData {
  const topo = unpackTopology(file);
  const layer = (name: BasemapLayer) => feature(topo, topo.objects[name]) as FeatureCollection;
  return { countries: layer('countries'), coastline: layer('coastline'), borders: layer('borders'), world: layer('world') };
}

/**
 * Builds the app's data when only the provinces are sure. The province table and boundaries are
 * essential (a failure throws); the basemap, the indicators and the places are not: a file that
 * failed to load or validate is replaced by an empty one and listed in `failures`, so the rest of
 * the atlas keeps working and the user is told which file failed and why.
 */
export function buildAtlasDataPartial(
  provincesFile: ProvincesFile,
  provincesTopo: Topology,
  basemapTopo: Loaded<Topology>,
  indicatorsFile: Loaded<IndicatorsFile>,
  placesFile: Loaded<PlacesFile>,
): AtlasData {
  const provinces = provincesFile.provinces;
  if (!Array.isArray(provinces) || provinces.length !== EXPECTED_PROVINCES) {
    throw new DataFileError('provinces.json', `expected ${EXPECTED_PROVINCES} provinces, found ${provinces?.length ?? 0}`);
  }
  const fc = feature(provincesTopo, objectOf(provincesTopo, 'provinces', 'provinces.topo.json')) as FeatureCollection<
    Polygon | MultiPolygon
  >;
  const known = new Set(provinces.map((p) => p.iso));
  const features = fc.features.map((f) => {
    if (typeof f.id !== 'string' || !known.has(f.id as ProvinceCode)) {
      throw new DataFileError('provinces.topo.json', `geometry with unknown id ${String(f.id)}`);
    }
    return { ...f, id: f.id as ProvinceCode, properties: {} } as ProvinceFeature;
  });
  if (features.length !== EXPECTED_PROVINCES) {
    throw new DataFileError('provinces.topo.json', `expected ${EXPECTED_PROVINCES} geometries, found ${features.length}`);
  }
  const failures: DataFileError[] = [];
  const optional = <T, R>(file: string, input: Loaded<T>, parse: (value: T) => R, empty: R): R => {
    if (!input.ok) {
      failures.push(input.error);
      return empty;
    }
    try {
      return parse(input.value);
    } catch (e) {
      failures.push(asFileError(file, e));
      return empty;
    }
  };
  const basemap = optional('basemap.topo.json', basemapTopo, validateBasemap, EMPTY_BASEMAP);
  const indicators = optional('indicators.json', indicatorsFile, (f) => validateIndicators(f, known), {
    provinces: [...known].sort(),
    indicators: [],
  });
  const places = optional('places.json', placesFile, (f) => validatePlaces(f, known), EMPTY_PLACES);
  return {
    provinces,
    index: buildProvinceIndex(provinces),
    features,
    featureByCode: new Map(features.map((f) => [f.id, f])),
    basemap,
    indicators,
    places,
    pilotCodes: new Set(places.pilots.map((p) => p.iso)),
    learningCityCodes: new Set(places.learningCities.map((c) => c.iso)),
    sources: provincesFile.source,
    datasets: [],
    failures,
  };
}

/** Builds the app's data from files that must all be valid; throws the first file's failure. */
export function buildAtlasData(
  provincesFile: ProvincesFile,
  provincesTopo: Topology,
  basemapTopo: Topology,
  indicatorsFile: IndicatorsFile,
  placesFile: PlacesFile,
): AtlasData {
  const data = buildAtlasDataPartial(provincesFile, provincesTopo, loaded(basemapTopo), loaded(indicatorsFile), loaded(placesFile));
  const [first] = data.failures ?? [];
  if (first) throw first;
  return data;
}
