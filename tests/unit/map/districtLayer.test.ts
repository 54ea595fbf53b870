import { describe, expect, it } from 'vitest';
import { DISTRICT_LINE, DISTRICTS_LAYER_ID, districtLayer } from '../../../src/map/layers/districtLayer';
import { atlasLayers } from '../../../src/map/layers/atlasLayers';
import { HOVER_OUTLINE } from '../../../src/map/palette';
import type { RGBA } from '../../../src/lib/palettes';
import { districtDatasets } from '../districts/fixture';

const features = districtDatasets()[0]?.districts?.features ?? [];
const fillOf = (id: string): RGBA => (id === 'TH5601' ? [1, 2, 3, 255] : [9, 9, 9, 255]);

describe('districtLayer', () => {
  it('fills by the view’s colour function and outlines the hovered district', () => {
    const layer = districtLayer({ features, fillOf, visible: true, hover: 'TH5702' });
    const f = (id: string) => features.find((x) => x.id === id) as (typeof features)[number];
    const p = layer.props as unknown as {
      getFillColor: (f: unknown) => RGBA;
      getLineColor: (f: unknown) => RGBA;
      getLineWidth: (f: unknown) => number;
      updateTriggers: Record<string, unknown[]>;
    };
    expect(layer.id).toBe(DISTRICTS_LAYER_ID);
    expect(layer.props.data).toBe(features);
    expect(p.getFillColor(f('TH5601'))).toEqual([1, 2, 3, 255]);
    expect(p.getLineColor(f('TH5702'))).toEqual(HOVER_OUTLINE);
    expect(p.getLineColor(f('TH5601'))).toEqual(DISTRICT_LINE);
    expect(p.getLineWidth(f('TH5702'))).toBeGreaterThan(p.getLineWidth(f('TH5601')));
    expect(p.updateTriggers.getFillColor).toEqual([fillOf]);
  });

  it('atlasLayers draws districts over the province fill and under the province outlines', () => {
    const base = {
      features: [], outlined: [], pilotFeatures: [], cities: [], partners: [], segments: [], hover: null, selected: [],
      highlighted: null, layers: [], networkYear: 2025, place: null,
    };
    expect(atlasLayers(base).map((l) => l.id)).not.toContain(DISTRICTS_LAYER_ID);
    const ids = atlasLayers({ ...base, districts: { features, fillOf, visible: true, hover: null } }).map((l) => l.id);
    expect(ids.indexOf('provinces')).toBe(0);
    expect(ids.indexOf(DISTRICTS_LAYER_ID)).toBe(1);
    expect(ids.indexOf('user-districts-province-borders')).toBe(2);
    expect(ids.indexOf('provinces-highlight')).toBeGreaterThan(2);
  });
});
