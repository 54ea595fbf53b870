// Factories for the province layers: the fill that is picked, and the outline of what is hovered
// or selected, drawn on top so a neighbour never covers a highlighted border.
import { GeoJsonLayer } from '@deck.gl/layers';
import type { ProvinceCode, ProvinceFeature } from '../../data/types';
import { PROVINCE_BORDER, type RGBA } from '../palette';
import { provinceFillColor, provinceOutline } from '../featureStyle';

export const PROVINCES_LAYER_ID = 'provinces';
export { DIMMED_ALPHA } from '../featureStyle';
export const PROVINCE_HIGHLIGHT_LAYER_ID = 'provinces-highlight';

/** deck.gl types accessors' argument as a plain Feature; ours always carry an ISO id. */
const codeOf = (f: { id?: string | number }): ProvinceCode => f.id as ProvinceCode;

export interface ProvincesLayerInput {
  features: readonly ProvinceFeature[];
  hover: ProvinceCode | null;
  selected: readonly ProvinceCode[];
  /** Fill for a province's data value; the plain land colour when not given (no indicator). */
  fillOf?: (code: ProvinceCode) => RGBA;
  /** Provinces lit up by the legend or a brush; the others are dimmed. `null`: none dimmed. */
  highlighted?: ReadonlySet<ProvinceCode> | null;
}

export function provincesLayer(input: ProvincesLayerInput): GeoJsonLayer<ProvinceFeature> {
  const { hover, selected, fillOf, highlighted } = input;
  return new GeoJsonLayer<ProvinceFeature>({
    id: PROVINCES_LAYER_ID,
    data: input.features as ProvinceFeature[],
    // Not picked by deck.gl: the pointer is hit-tested on the CPU (hitTest.ts).
    pickable: false,
    filled: true,
    stroked: true,
    getFillColor: (f) => provinceFillColor(codeOf(f), input),
    getLineColor: PROVINCE_BORDER,
    getLineWidth: 0.8,
    lineWidthUnits: 'pixels',
    // Colours cut, not fade: deck.gl starts a colour transition by reading the old colours back
    // from the GPU synchronously, which froze the page 1.3–3.9 s after an import on a machine
    // without a GPU (bench: 1.69 s → 0 ms) and cost every switch 8 ms of script.
    updateTriggers: { getFillColor: [hover, selected.join(','), fillOf, highlighted] },
  });
}

export interface HighlightLayerInput {
  /** Features of the hovered and selected provinces (from a memoised selector). */
  features: readonly ProvinceFeature[];
  hover: ProvinceCode | null;
  selected: readonly ProvinceCode[];
}

export function provinceHighlightLayer(input: HighlightLayerInput): GeoJsonLayer<ProvinceFeature> {
  const { hover, selected } = input;
  return new GeoJsonLayer<ProvinceFeature>({
    id: PROVINCE_HIGHLIGHT_LAYER_ID,
    data: input.features as ProvinceFeature[],
    visible: input.features.length > 0,
    pickable: false,
    filled: false,
    stroked: true,
    lineWidthUnits: 'pixels',
    getLineColor: (f) => provinceOutline(codeOf(f), hover, selected).color,
    getLineWidth: (f) => provinceOutline(codeOf(f), hover, selected).width,
    updateTriggers: { getLineColor: [selected.join(',')], getLineWidth: [selected.join(','), hover] },
  });
}
