// Builds the basemap topology: neighbouring countries (clipped, 1:50m) and the whole world (1:110m).
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { clipGeometry, type BBox } from './clip';
import { buildTopology, decodeFeatures } from './topology';

/** The regional window around Thailand: lon 85..115, lat −5..30. */
export const REGION_BBOX: BBox = [85, -5, 115, 30];
/** ISO 3166-1 numeric code of Thailand in world-atlas; its provinces are drawn from our own data. */
export const THAILAND_ID = '764';

/** Properties every basemap feature carries. */
export interface CountryProperties {
  name: string;
}

/**
 * Returns the `basemap.topo.json` topology with two objects:
 * `countries` — every country of `countries50m` but Thailand, clipped to {@link REGION_BBOX};
 * `world` — every country of `countries110m`, unclipped. Both keep world-atlas's ISO 3166-1
 * numeric `id` (absent for a few territories) and `properties.name`, sorted by id then name.
 */
export function buildBasemap(countries50m: Topology, countries110m: Topology): Topology {
  const region = countryFeatures(countries50m)
    .filter((f) => f.id !== THAILAND_ID)
    .flatMap((f) => {
      const clipped = clipGeometry(f.geometry, REGION_BBOX);
      return clipped === null ? [] : [{ ...f, geometry: clipped }];
    });
  const world = countryFeatures(countries110m);
  return buildTopology(
    { countries: collection(region), world: collection(world) },
    // The world view is small-scale and the 1:50m coasts are already generalised: no simplification,
    // and 1e5 steps over the globe (≈ 400 m) are below a pixel at the zooms the basemap is shown.
    { minWeight: 0, quantization: 1e5 },
  );
}

type CountryFeature = Feature<Polygon | MultiPolygon, CountryProperties> & { id?: string };

/** Polygonal country features of a world-atlas topology, reduced to `{id, name}`. */
function countryFeatures(topo: Topology): CountryFeature[] {
  return decodeFeatures(topo, 'countries').flatMap((f): CountryFeature[] => {
    const g = f.geometry;
    if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') return [];
    const name = typeof f.properties?.['name'] === 'string' ? f.properties['name'] : '';
    const base: CountryFeature = { type: 'Feature', properties: { name }, geometry: g };
    return [f.id === undefined ? base : { ...base, id: String(f.id) }];
  });
}

function collection(features: CountryFeature[]): FeatureCollection {
  const key = (f: CountryFeature): string => `${f.id ?? '~'}\u0000${f.properties.name}`;
  return { type: 'FeatureCollection', features: [...features].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)) };
}
