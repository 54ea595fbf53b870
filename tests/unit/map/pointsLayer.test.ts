import { describe, expect, it } from 'vitest';
import { pointsLayer, pointStyle, POINT_FILL } from '../../../src/map/layers/pointsLayer';
import { atlasLayers } from '../../../src/map/layers/atlasLayers';

describe('pointsLayer', () => {
  it('feeds deck.gl binary attributes without copying, one layer per set', () => {
    const positions = new Float32Array([99.9, 19.2, 98.9, 18.8, 100.5, 13.7]);
    const layer = pointsLayer({ id: 'abc', positions });
    expect(layer.id).toBe('user-points-abc');
    const data = layer.props.data as unknown as { length: number; attributes: { getPosition: { value: Float32Array; size: number } } };
    expect(data.length).toBe(3);
    expect(data.attributes.getPosition.value).toBe(positions);
    expect(data.attributes.getPosition.size).toBe(2);
    expect(layer.props.getFillColor).toEqual(POINT_FILL);
    expect(layer.props.pickable).toBe(false);
  });

  it('scales to a million points without per-point work at construction', () => {
    const positions = new Float32Array(2_000_000);
    const layer = pointsLayer({ id: 'big', positions, radiusPixels: 1 });
    expect((layer.props.data as unknown as { length: number }).length).toBe(1_000_000);
    expect(layer.props.getRadius).toBe(1);
  });

  it('draws a few points as rimmed dots and many as small plain dots, never growing with the count', () => {
    expect(pointStyle(300)).toEqual({ radius: 4, stroked: true, alpha: POINT_FILL[3] });
    const sizes = [1, 10_000, 10_001, 200_000, 200_001, 1_000_000].map((n) => pointStyle(n).radius);
    for (let i = 1; i < sizes.length; i++) expect(sizes[i]).toBeLessThanOrEqual(sizes[i - 1]!);
    expect(pointStyle(1_000_000)).toMatchObject({ radius: 1.5, stroked: false });
    expect(pointStyle(1_000_000).alpha).toBeLessThan(pointStyle(100_000).alpha);
    expect(pointStyle(100_000).alpha).toBeLessThan(pointStyle(100).alpha);
    const big = pointsLayer({ id: 'big', positions: new Float32Array(600_000) });
    expect(big.props.getRadius).toBe(1.5);
    expect(big.props.stroked).toBe(false);
    const few = pointsLayer({ id: 'few', positions: new Float32Array(200) });
    expect(few.props.getRadius).toBe(4);
    expect(few.props.stroked).toBe(true);
  });

  it('atlasLayers draws point sets above the provinces and below the places', () => {
    const ids = atlasLayers({
      features: [],
      outlined: [],
      pilotFeatures: [],
      cities: [],
      partners: [],
      segments: [],
      hover: null,
      selected: [],
      highlighted: null,
      layers: [],
      networkYear: 2025,
      place: null,
      points: [{ id: 'd1', positions: new Float32Array([100, 15]) }],
    }).map((l) => l.id);
    expect(ids.indexOf('user-points-d1')).toBe(1);
    expect(ids.indexOf('learning-cities')).toBeGreaterThan(1);
  });
});
