// The user's district choropleth (a district boundary set, src/data/import/districts.ts) drawn over
// the province fill, and the province borders again on top of it so the provinces stay legible
// through the districts. Pure factories.
import { GeoJsonLayer } from '@deck.gl/layers';
import type { DistrictFeature } from '../../data/import/districts';
import type { ProvinceFeature } from '../../data/types';
import type { RGBA } from '../../lib/palettes';
import { HOVER_OUTLINE, PROVINCE_BORDER } from '../palette';
import { outlineLayer } from './pilotsLayer';

export const DISTRICTS_LAYER_ID = 'user-districts';
export const DISTRICT_BORDERS_LAYER_ID = 'user-districts-province-borders';
/** Thin light lines between districts: lighter than province borders, so the hierarchy reads. */
export const DISTRICT_LINE: RGBA = [255, 255, 255, 200];

export interface DistrictLayerInput {
  /** The set's features; keep their identity between renders. */
  features: readonly DistrictFeature[];
  /** Fill of a district by its id (the district view's `colorOf`, shared with the legend). */
  fillOf: (id: string) => RGBA;
  visible: boolean;
  /** Id of the hovered district, outlined. */
  hover: string | null;
}

export function districtLayer(input: DistrictLayerInput): GeoJsonLayer<DistrictFeature> {
  const { fillOf, hover } = input;
  return new GeoJsonLayer<DistrictFeature>({
    id: DISTRICTS_LAYER_ID,
    data: input.features as DistrictFeature[],
    visible: input.visible,
    filled: true,
    stroked: true,
    lineWidthUnits: 'pixels',
    getFillColor: (f) => fillOf(f.id as string),
    getLineColor: (f) => (f.id === hover ? HOVER_OUTLINE : DISTRICT_LINE),
    getLineWidth: (f) => (f.id === hover ? 2 : 0.6),
    updateTriggers: { getFillColor: [fillOf], getLineColor: [hover], getLineWidth: [hover] },
  });
}

/** Province borders above the districts (the province fill's own borders lie under them). */
export function districtProvinceBordersLayer(input: { features: readonly ProvinceFeature[]; visible: boolean }): GeoJsonLayer<ProvinceFeature> {
  return outlineLayer(DISTRICT_BORDERS_LAYER_ID, input, PROVINCE_BORDER, 1.2);
}
