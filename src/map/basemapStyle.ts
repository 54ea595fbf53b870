// The MapLibre style, built from our own basemap file: no tiles, no glyphs, no sprites, so the map
// needs no network. Thai text is never drawn by MapLibre (its symbol layers mis-shape Thai).
import type { StyleSpecification } from 'maplibre-gl';
import { BASEMAP_LAYERS, type BasemapLayer } from '../data/atlasData';
import { LIGHT_BASEMAP, type BasemapColors } from './palette';

export const NATURAL_EARTH_ATTRIBUTION = 'Natural Earth (public domain)';

/**
 * Zoom at which the detailed (1:50m, clipped to the region) basemap replaces the world
 * (1:110m) outlines. The world fill stays a little longer underneath, so land outside the
 * regional clip box never ends in a straight edge.
 */
export const REGION_MIN_ZOOM = 4;
export const WORLD_FILL_MAX_ZOOM = 5.5;
/** Thailand is drawn from our province boundaries; the world file's coarser outline is not. */
export const WORLD_SKIPS = 'Thailand';

/** Which basemap layers show at a MapLibre zoom: the rule of the style below, for the SVG map. */
export function basemapLayersAt(zoom: number): { worldFill: boolean; worldOutline: boolean; region: boolean } {
  return { worldFill: zoom < WORLD_FILL_MAX_ZOOM, worldOutline: zoom < REGION_MIN_ZOOM, region: zoom >= REGION_MIN_ZOOM };
}

/** The world file's features drawn as land (all but Thailand). */
export function worldLand<F extends { properties?: { name?: unknown } | null }>(features: readonly F[]): F[] {
  return features.filter((f) => f.properties?.name !== WORLD_SKIPS);
}

/**
 * The URL scheme MapLibre's worker asks the page for a basemap layer by (mapController answers it):
 * given as a URL, not as GeoJSON, the layer is not kept on the main thread, neither by us nor by
 * MapLibre's style (which keeps a deep copy of every GeoJSON source it is given, for diffing).
 */
export const BASEMAP_PROTOCOL = 'atlas-basemap';

/** A basemap layer's URL in the style. */
export function basemapUrl(layer: BasemapLayer): string {
  return `${BASEMAP_PROTOCOL}://${layer}`;
}

/** The layer a basemap URL names, or null for any other URL. */
export function basemapLayerOfUrl(url: string): BasemapLayer | null {
  const prefix = `${BASEMAP_PROTOCOL}://`;
  if (!url.startsWith(prefix)) return null;
  const name = url.slice(prefix.length);
  return BASEMAP_LAYERS.find((l) => l === name) ?? null;
}

/** Each basemap layer's URL in the style: the land, once the provinces are drawn. */
export const BASEMAP_URLS: Readonly<Record<BasemapLayer, string>> = {
  countries: basemapUrl('countries'),
  coastline: basemapUrl('coastline'),
  borders: basemapUrl('borders'),
  world: basemapUrl('world'),
};

/**
 * Water as background; with `land`, neighbouring countries as land with their coasts and borders.
 * The map opens without land (no sources), so parsing it cannot delay the provinces' first frame.
 */
export function basemapStyle(land: boolean, c: BasemapColors = LIGHT_BASEMAP): StyleSpecification {
  const water = { id: 'water', type: 'background' as const, paint: { 'background-color': c.water } };
  if (!land) return { version: 8, sources: {}, layers: [water] };
  const source = (layer: BasemapLayer) => ({ type: 'geojson' as const, data: BASEMAP_URLS[layer], attribution: NATURAL_EARTH_ATTRIBUTION });
  const notThailand = ['!=', ['get', 'name'], WORLD_SKIPS] as ['!=', ['get', string], string];
  return {
    version: 8,
    sources: {
      countries: source('countries'),
      coastline: source('coastline'),
      borders: source('borders'),
      world: source('world'),
    },
    layers: [
      water,
      {
        id: 'world-fill',
        type: 'fill',
        source: 'world',
        maxzoom: WORLD_FILL_MAX_ZOOM,
        filter: notThailand,
        paint: { 'fill-color': c.land },
      },
      {
        id: 'world-outline',
        type: 'line',
        source: 'world',
        maxzoom: REGION_MIN_ZOOM,
        filter: notThailand,
        paint: { 'line-color': c.border, 'line-width': 0.6 },
      },
      {
        id: 'countries-fill',
        type: 'fill',
        source: 'countries',
        minzoom: REGION_MIN_ZOOM,
        paint: { 'fill-color': c.land },
      },
      {
        id: 'coastline',
        type: 'line',
        source: 'coastline',
        minzoom: REGION_MIN_ZOOM,
        layout: { 'line-join': 'round' },
        paint: { 'line-color': c.coast, 'line-width': 1.2 },
      },
      {
        id: 'borders',
        type: 'line',
        source: 'borders',
        minzoom: REGION_MIN_ZOOM,
        paint: { 'line-color': c.border, 'line-width': 0.8, 'line-dasharray': [3, 2] },
      },
    ],
  };
}
