// Builds the basemap topology: neighbouring countries (clipped, 1:50m) and the whole world (1:110m).
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { mesh } from 'topojson-client';
import { topology } from 'topojson-server';
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
 * Returns the `basemap.topo.json` topology with four objects:
 * `countries` — every country of `countries50m` but Thailand, clipped to {@link REGION_BBOX};
 * `coastline` — one MultiLineString: the region's coasts, without Thailand's (its provinces draw
 * it) and without the artificial edges the clip made;
 * `borders` — one MultiLineString: land borders between neighbours (those with Thailand are
 * drawn by the province outlines);
 * `world` — every country of `countries110m`, unclipped. Countries keep world-atlas's ISO 3166-1
 * numeric `id` (absent for a few territories) and `properties.name`, sorted by id then name.
 */
export function buildBasemap(countries50m: Topology, countries110m: Topology): Topology {
  const clipped = countryFeatures(countries50m).flatMap((f) => {
    const geometry = clipGeometry(f.geometry, REGION_BBOX);
    return geometry === null ? [] : [{ ...f, geometry }];
  });
  const region = clipped.filter((f) => f.id !== THAILAND_ID);
  const { coastline, borders } = regionLines(clipped);
  const world = countryFeatures(countries110m).map((f) => ({ ...f, geometry: unwrapAntimeridian(f.geometry) }));
  return buildTopology(
    { countries: collection(region), coastline: lines(coastline), borders: lines(borders), world: collection(world) },
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

/**
 * Coasts and borders of the clipped region. Meshed with Thailand present, so that its land
 * borders are recognised as borders (shared arcs), not mistaken for coast.
 */
function regionLines(clipped: CountryFeature[]): { coastline: MultiLineString; borders: MultiLineString } {
  const topo = topology({ countries: collection(clipped) }) as Topology;
  const object = topo.objects['countries'] as GeometryCollection;
  const isThailand = (g: { id?: string | number }) => String(g.id) === THAILAND_ID;
  const coast = mesh(topo, object, (a, b) => a === b && !isThailand(a));
  const borders = mesh(topo, object, (a, b) => a !== b && !isThailand(a) && !isThailand(b));
  return { coastline: dropBoxEdges(coast, REGION_BBOX), borders };
}

/** Removes the runs of a line that lie along the edges of `box` (what a rectangle clip adds). */
export function dropBoxEdges(ml: MultiLineString, box: BBox): MultiLineString {
  const [w, s, e, n] = box;
  const eps = 1e-9;
  const onEdge = (a: Position, b: Position) =>
    (Math.abs(a[0]! - w) < eps && Math.abs(b[0]! - w) < eps) ||
    (Math.abs(a[0]! - e) < eps && Math.abs(b[0]! - e) < eps) ||
    (Math.abs(a[1]! - s) < eps && Math.abs(b[1]! - s) < eps) ||
    (Math.abs(a[1]! - n) < eps && Math.abs(b[1]! - n) < eps);
  const out: Position[][] = [];
  for (const line of ml.coordinates) {
    let run: Position[] = [];
    for (let i = 0; i < line.length; i++) {
      const p = line[i]!;
      const prev = line[i - 1];
      if (prev && onEdge(prev, p)) {
        if (run.length > 1) out.push(run);
        run = [];
      }
      run.push(p);
    }
    if (run.length > 1) out.push(run);
  }
  return { type: 'MultiLineString', coordinates: out };
}

function lines(geometry: MultiLineString): FeatureCollection {
  return { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry }] };
}

/**
 * Web maps draw a ring edge from lon 180 to −180 straight across the world (Fiji, Chukotka).
 * A ring with such a jump is moved east of 180 instead (MapLibre draws lon > 180 fine); a ring
 * that circles the whole globe (Antarctica) is left as it is.
 */
export function unwrapAntimeridian(g: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const fixRing = (ring: Position[]): Position[] => {
    let jumps = false;
    // Winding around the pole: the sum of each step's shortest longitude change is ±360 for a
    // ring that circles the globe and about 0 for one that merely crosses the antimeridian.
    let winding = 0;
    for (let i = 1; i < ring.length; i++) {
      const d = ring[i]![0]! - ring[i - 1]![0]!;
      if (Math.abs(d) > 180) jumps = true;
      winding += d > 180 ? d - 360 : d < -180 ? d + 360 : d;
    }
    if (!jumps || Math.abs(winding) > 180) return ring;
    return ring.map((p) => (p[0]! < 0 ? [p[0]! + 360, ...p.slice(1)] : p));
  };
  return g.type === 'Polygon'
    ? { ...g, coordinates: g.coordinates.map(fixRing) }
    : { ...g, coordinates: g.coordinates.map((poly) => poly.map(fixRing)) };
}
