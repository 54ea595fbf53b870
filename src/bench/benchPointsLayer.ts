// The bench's points layer: a ScatterplotLayer fed binary attributes (a Float32Array of lon, lat
// pairs, no per-point objects), the way a large imported point set is drawn. Pure.
// When the import branch's points layer lands (src/map/layers/pointsLayer.ts), the bench hook
// should draw through that factory instead, so the bench measures what users get.
import { ScatterplotLayer } from '@deck.gl/layers';

export const BENCH_POINTS_LAYER_ID = 'bench-points';

export function benchPointsLayer(positions: Float32Array): ScatterplotLayer {
  return new ScatterplotLayer({
    id: BENCH_POINTS_LAYER_ID,
    data: { length: positions.length / 2, attributes: { getPosition: { value: positions, size: 2 } } },
    radiusUnits: 'pixels',
    getRadius: 2,
    getFillColor: [40, 40, 40, 180],
    pickable: true,
  });
}
