// The EEF pilot provinces as a cased outline (black under white): readable on any fill, and a
// shape cue (double line) rather than a colour. Two factories, one per stroke.
import { GeoJsonLayer } from '@deck.gl/layers';
import type { ProvinceFeature } from '../../data/types';
import { PILOT_CASING, PILOT_CORE } from './placeStyle';

export const PILOTS_CASING_ID = 'pilots-casing';
export const PILOTS_CORE_ID = 'pilots-core';

export interface PilotsLayerInput {
  /** Pilot province features (from a memoised selector). */
  features: readonly ProvinceFeature[];
  visible: boolean;
}

/** An unfilled, unpicked outline of some provinces (also the province borders over the user's districts). */
export function outlineLayer(id: string, input: PilotsLayerInput, color: typeof PILOT_CORE, width: number): GeoJsonLayer<ProvinceFeature> {
  return new GeoJsonLayer<ProvinceFeature>({
    id,
    data: input.features as ProvinceFeature[],
    visible: input.visible,
    pickable: false,
    filled: false,
    stroked: true,
    lineWidthUnits: 'pixels',
    lineJointRounded: true,
    getLineColor: color,
    getLineWidth: width,
  });
}

export function pilotsCasingLayer(input: PilotsLayerInput): GeoJsonLayer<ProvinceFeature> {
  return outlineLayer(PILOTS_CASING_ID, input, PILOT_CASING, 4.5);
}

export function pilotsCoreLayer(input: PilotsLayerInput): GeoJsonLayer<ProvinceFeature> {
  return outlineLayer(PILOTS_CORE_ID, input, PILOT_CORE, 1.5);
}
