// The MapLibre style, built from our own GeoJSON: no tiles, no glyphs, no sprites, so the map
// needs no network. Thai text is never drawn by MapLibre (its symbol layers mis-shape Thai).
import type { FeatureCollection } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import { COASTLINE, NEIGHBOUR_BORDER, NEIGHBOUR_LAND, WATER } from './palette';

export const NATURAL_EARTH_ATTRIBUTION = 'Natural Earth (public domain)';

/** A style with water as background and neighbouring countries as land. */
export function basemapStyle(countries: FeatureCollection): StyleSpecification {
  return {
    version: 8,
    sources: {
      countries: { type: 'geojson', data: countries, attribution: NATURAL_EARTH_ATTRIBUTION },
    },
    layers: [
      { id: 'water', type: 'background', paint: { 'background-color': WATER } },
      {
        id: 'countries-fill',
        type: 'fill',
        source: 'countries',
        paint: { 'fill-color': NEIGHBOUR_LAND, 'fill-antialias': true },
      },
      {
        id: 'countries-coast',
        type: 'line',
        source: 'countries',
        paint: { 'line-color': COASTLINE, 'line-width': 2.5, 'line-blur': 1.5, 'line-opacity': 0.6 },
      },
      {
        id: 'countries-border',
        type: 'line',
        source: 'countries',
        paint: { 'line-color': NEIGHBOUR_BORDER, 'line-width': 0.8 },
      },
    ],
  };
}
