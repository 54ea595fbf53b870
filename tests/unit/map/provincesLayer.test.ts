import { describe, expect, it } from 'vitest';
import type { ProvinceCode, ProvinceFeature } from '../../../src/data/types';
import { DIMMED_ALPHA, provinceHighlightLayer, provincesLayer } from '../../../src/map/layers/provincesLayer';
import { highlightFeatures } from '../../../src/map/selectors';
import { PROVINCE_FILL, PROVINCE_HOVER_FILL, PROVINCE_SELECTED_FILL, SELECTED_OUTLINE } from '../../../src/map/palette';

function feature(code: ProvinceCode): ProvinceFeature {
  return {
    type: 'Feature',
    id: code,
    properties: {},
    geometry: { type: 'Polygon', coordinates: [[[100, 14], [101, 14], [101, 15], [100, 14]]] },
  };
}
const features = [feature('TH-10'), feature('TH-56'), feature('TH-51')];

describe('provinces layer factory', () => {
  it('colours selected, hovered and plain provinces differently', () => {
    const layer = provincesLayer({ features, hover: 'TH-51', selected: ['TH-56'] });
    const fill = layer.props.getFillColor as unknown as (f: ProvinceFeature) => number[];
    expect(fill(feature('TH-56'))).toEqual(PROVINCE_SELECTED_FILL);
    expect(fill(feature('TH-51'))).toEqual(PROVINCE_HOVER_FILL);
    expect(fill(feature('TH-10'))).toEqual(PROVINCE_FILL);
  });

  it('with data, fills by value (hover/selection only outline it) and dims what a highlight leaves out', () => {
    const fillOf = (code: ProvinceCode): [number, number, number, number] => (code === 'TH-10' ? [1, 2, 3, 255] : [9, 9, 9, 255]);
    const layer = provincesLayer({ features, hover: 'TH-10', selected: ['TH-56'], fillOf, highlighted: new Set(['TH-10'] as const) });
    const fill = layer.props.getFillColor as unknown as (f: ProvinceFeature) => number[];
    expect(fill(feature('TH-10'))).toEqual([1, 2, 3, 255]);
    expect(fill(feature('TH-56'))).toEqual([9, 9, 9, DIMMED_ALPHA]);
    expect(layer.props.updateTriggers.getFillColor).toContain(fillOf);
  });

  it('lists every closed-over value in updateTriggers so deck.gl recomputes colours', () => {
    const a = provincesLayer({ features, hover: null, selected: ['TH-56'] });
    const b = provincesLayer({ features, hover: null, selected: ['TH-10'] });
    expect(a.props.updateTriggers.getFillColor).not.toEqual(b.props.updateTriggers.getFillColor);
    expect(a.props.data).toBe(b.props.data);
    expect(a.id).toBe(b.id);
  });

  it('is not picked by deck.gl: the pointer is hit-tested on the CPU (hitTest)', () => {
    expect(provincesLayer({ features, hover: null, selected: [] }).props.pickable).toBe(false);
  });

  it('outlines the selection thicker than the hover, and hides itself when empty', () => {
    const byCode = new Map(features.map((f) => [f.id, f]));
    const hl = highlightFeatures(byCode, 'TH-10', ['TH-56']);
    expect(hl.map((f) => f.id)).toEqual(['TH-10', 'TH-56']);
    // Lit provinces come first, the selection last (drawn on top), no duplicates.
    expect(highlightFeatures(byCode, 'TH-10', ['TH-56'], ['TH-56', 'TH-51']).map((f) => f.id)).toEqual(['TH-51', 'TH-10', 'TH-56']);
    const layer = provinceHighlightLayer({ features: hl, hover: 'TH-10', selected: ['TH-56'] });
    const width = layer.props.getLineWidth as unknown as (f: ProvinceFeature) => number;
    const color = layer.props.getLineColor as unknown as (f: ProvinceFeature) => number[];
    expect(width(feature('TH-56'))).toBeGreaterThan(width(feature('TH-10')));
    expect(color(feature('TH-56'))).toEqual(SELECTED_OUTLINE);
    expect(provinceHighlightLayer({ features: [], hover: null, selected: [] }).props.visible).toBe(false);
    // The hovered province is not listed twice when it is also selected.
    expect(highlightFeatures(byCode, 'TH-56', ['TH-56']).length).toBe(1);
  });
});
