import { describe, expect, it } from 'vitest';
import type { ProvinceCode } from '../../../../src/data/types';
import type { IndicatorView } from '../../../../src/state/indicatorView';
import { hexColor, outlineStroke, provinceFill } from '../../../../src/map/svg/svgMapStyle';
import { hexToRgba } from '../../../../src/lib/palettes';
import { provincesLayer } from '../../../../src/map/layers/provincesLayer';

/** Only the id is read by the fill accessor. */
const makeFeature = (id: ProvinceCode) => ({ type: 'Feature', id, properties: {}, geometry: null });
const A = 'TH-10' as ProvinceCode;
const B = 'TH-50' as ProvinceCode;
const hexOf = (c: ProvinceCode) => (c === A ? '#112233' : '#445566');
const view = { hexOf, colorOf: (c: ProvinceCode) => hexToRgba(hexOf(c)) } as unknown as IndicatorView;

describe('provinceFill follows the deck.gl provinces layer', () => {
  it('uses the data colour, dimmed outside a highlight by the layer alpha', () => {
    expect(provinceFill(A, view.colorOf, null, null, [])).toEqual({ fill: '#112233', opacity: 1 });
    const dimmed = provinceFill(B, view.colorOf, new Set([A]), null, []);
    const layer = provincesLayer({ features: [], hover: null, selected: [], fillOf: () => [1, 2, 3, 255], highlighted: new Set([A]) });
    const deckAlpha = (layer.props.getFillColor as unknown as (f: unknown) => number[])(makeFeature(B))[3] as number;
    expect(dimmed).toEqual({ fill: '#445566', opacity: deckAlpha / 255 });
  });

  it('without an indicator, fills selection and hover like the layer', () => {
    const layer = provincesLayer({ features: [], hover: B, selected: [A] });
    const fill = layer.props.getFillColor as unknown as (f: unknown) => [number, number, number, number];
    expect(provinceFill(A, undefined, null, B, [A]).fill).toBe(hexColor(fill(makeFeature(A))));
    expect(provinceFill(B, undefined, null, B, [A]).fill).toBe(hexColor(fill(makeFeature(B))));
  });

  it('outlines selection wider than hover, hover wider than lit', () => {
    expect(outlineStroke(A, null, [A]).width).toBe(3);
    expect(outlineStroke(B, B, [A]).width).toBe(2);
    expect(outlineStroke(B, null, [A]).width).toBe(1.5);
  });
});
