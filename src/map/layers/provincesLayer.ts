// Factories for the province layers: the fill that is picked, and the outline of what is hovered
// or selected, drawn on top so a neighbour never covers a highlighted border.
import { GeoJsonLayer } from '@deck.gl/layers';
import type { ProvinceCode, ProvinceFeature } from '../../data/types';
import {
  HOVER_OUTLINE,
  PROVINCE_BORDER,
  PROVINCE_FILL,
  PROVINCE_HOVER_FILL,
  PROVINCE_SELECTED_FILL,
  SELECTED_OUTLINE,
  type RGBA,
} from '../palette';

export const PROVINCES_LAYER_ID = 'provinces';
export const PROVINCE_HIGHLIGHT_LAYER_ID = 'provinces-highlight';

/** deck.gl types accessors' argument as a plain Feature; ours always carry an ISO id. */
const codeOf = (f: { id?: string | number }): ProvinceCode => f.id as ProvinceCode;

export interface ProvincesLayerInput {
  features: readonly ProvinceFeature[];
  hover: ProvinceCode | null;
  selected: readonly ProvinceCode[];
  /** Fill for a province's data value; the plain land colour when not given (no indicator). */
  fillOf?: (code: ProvinceCode) => RGBA;
  onHover?: (code: ProvinceCode | null, x: number, y: number) => void;
  onClick?: (code: ProvinceCode, additive: boolean) => void;
}

export function provincesLayer(input: ProvincesLayerInput): GeoJsonLayer<ProvinceFeature> {
  const { hover, selected, fillOf, onHover, onClick } = input;
  return new GeoJsonLayer<ProvinceFeature>({
    id: PROVINCES_LAYER_ID,
    data: input.features as ProvinceFeature[],
    pickable: true,
    filled: true,
    stroked: true,
    getFillColor: (f) => {
      if (selected.includes(codeOf(f))) return PROVINCE_SELECTED_FILL;
      if (codeOf(f) === hover) return PROVINCE_HOVER_FILL;
      return fillOf ? fillOf(codeOf(f)) : PROVINCE_FILL;
    },
    getLineColor: PROVINCE_BORDER,
    getLineWidth: 0.8,
    lineWidthUnits: 'pixels',
    transitions: { getFillColor: 250 },
    updateTriggers: { getFillColor: [hover, selected.join(','), fillOf] },
    onHover: (info) => onHover?.((info.object as ProvinceFeature | undefined)?.id ?? null, info.x, info.y),
    onClick: (info, event) => {
      const f = info.object as ProvinceFeature | undefined;
      if (!f) return;
      const src = event.srcEvent as MouseEvent | undefined;
      onClick?.(f.id, Boolean(src && (src.shiftKey || src.metaKey || src.ctrlKey)));
    },
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
    getLineColor: (f) => (selected.includes(codeOf(f)) ? SELECTED_OUTLINE : HOVER_OUTLINE),
    getLineWidth: (f) => (selected.includes(codeOf(f)) ? 3 : 2),
    updateTriggers: { getLineColor: [selected.join(',')], getLineWidth: [selected.join(','), hover] },
  });
}
