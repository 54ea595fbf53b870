// The basemap style's sources: URLs the map controller's protocol answers (no GeoJSON in the style),
// the water-only first style, and the URL ↔ layer names both sides agree on.
import { describe, expect, it } from 'vitest';
import { BASEMAP_LAYERS } from '../../../src/data/atlasData';
import { DARK_BASEMAP } from '../../../src/map/palette';
import { basemapLayerOfUrl, basemapStyle, basemapUrl } from '../../../src/map/basemapStyle';

describe('basemap URLs', () => {
  it('names each layer by a URL that reads back to it, and nothing else', () => {
    for (const layer of BASEMAP_LAYERS) expect(basemapLayerOfUrl(basemapUrl(layer))).toBe(layer);
    expect(basemapLayerOfUrl('atlas-basemap://provinces')).toBeNull();
    expect(basemapLayerOfUrl('https://example.org/world')).toBeNull();
    expect(basemapLayerOfUrl('atlas-basemap://')).toBeNull();
  });

  it('puts the URLs, not GeoJSON, in the land style; the first style is water, without sources', () => {
    const land = basemapStyle(true);
    expect(Object.values(land.sources).map((s) => (s as { data: unknown }).data)).toEqual(BASEMAP_LAYERS.map(basemapUrl));
    expect(land.layers.map((l) => l.id)).toEqual(['water', 'world-fill', 'world-outline', 'countries-fill', 'coastline', 'borders']);
    const water = basemapStyle(false);
    expect(water.sources).toEqual({});
    expect(water.layers.map((l) => l.id)).toEqual(['water']);
    expect(basemapStyle(false, DARK_BASEMAP).layers[0]).toEqual(land.layers[0] && { ...land.layers[0], paint: { 'background-color': DARK_BASEMAP.water } });
  });
});
