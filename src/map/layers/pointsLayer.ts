// Imported points (schools, learning centres…) as one deck.gl ScatterplotLayer fed with binary
// attributes, so a million points cost one typed array upload and no per-object accessor calls.
// Pure: constructing the layer touches no WebGL.
import { ScatterplotLayer } from '@deck.gl/layers';
import type { RGBA } from '../../lib/palettes';

/** Id prefix of points layers; one layer per dataset: `user-points-<datasetId>`. */
export const POINTS_LAYER_PREFIX = 'user-points-';

/** Dark teal with a light rim: distinct from the choropleth's palettes and the magenta cities. */
export const POINT_FILL: RGBA = [0, 90, 110, 230];
export const POINT_LINE: RGBA = [255, 255, 255, 220];

/**
 * Input of `pointsLayer`.
 * - `positions`: Float32Array of longitude, latitude pairs in degrees, interleaved
 *   `[lon0, lat0, lon1, lat1, …]`; the point count is `positions.length / 2`. The array is used as
 *   is (not copied): keep its identity between renders so deck.gl does not upload it again.
 * - `id`: a stable id per point set (the dataset id); the layer id is `user-points-<id>`.
 */
export interface PointsLayerInput {
  id: string;
  positions: Float32Array;
  visible?: boolean;
  /** Radius in screen pixels; default 4. */
  radiusPixels?: number;
  fill?: RGBA;
  /** Picking costs a render pass per hover; off by default for big sets. */
  pickable?: boolean;
  onHover?: (index: number, x: number, y: number) => void;
}

/** One layer for a whole point set, from binary data (`data: {length, attributes}`). */
export function pointsLayer(input: PointsLayerInput): ScatterplotLayer {
  const { positions, onHover } = input;
  const radius = input.radiusPixels ?? 4;
  return new ScatterplotLayer({
    id: `${POINTS_LAYER_PREFIX}${input.id}`,
    data: { length: Math.floor(positions.length / 2), attributes: { getPosition: { value: positions, size: 2 } } },
    visible: input.visible ?? true,
    pickable: input.pickable ?? false,
    stroked: true,
    radiusUnits: 'pixels',
    lineWidthUnits: 'pixels',
    getRadius: radius,
    getFillColor: input.fill ?? POINT_FILL,
    getLineColor: POINT_LINE,
    getLineWidth: 1,
    ...(onHover ? { onHover: (info: { index: number; x: number; y: number }) => onHover(info.index, info.x, info.y) } : {}),
  });
}
