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
  /** Radius in screen pixels; default by the number of points (`pointStyle`). */
  radiusPixels?: number;
  fill?: RGBA;
  /** Picking costs a render pass per hover; off by default for big sets. */
  pickable?: boolean;
  onHover?: (index: number, x: number, y: number) => void;
}

/**
 * Point size by how many there are: a few thousand schools read as dots with a light rim; a
 * hundred thousand or a million as a density texture, where 4 px dots would merge into one blob
 * (and every dot's square costs fragments: 1.5 px without a rim shades about a tenth of 4 px with one).
 */
export function pointStyle(count: number): { radius: number; stroked: boolean; alpha: number } {
  if (count <= 10_000) return { radius: 4, stroked: true, alpha: POINT_FILL[3] };
  // Translucent when dense, so where they pile up reads darker than where they are sparse.
  if (count <= 200_000) return { radius: 2.5, stroked: false, alpha: 150 };
  return { radius: 1.5, stroked: false, alpha: 110 };
}

/** One layer for a whole point set, from binary data (`data: {length, attributes}`). */
export function pointsLayer(input: PointsLayerInput): ScatterplotLayer {
  const { positions, onHover } = input;
  const count = Math.floor(positions.length / 2);
  const style = pointStyle(count);
  const radius = input.radiusPixels ?? style.radius;
  return new ScatterplotLayer({
    id: `${POINTS_LAYER_PREFIX}${input.id}`,
    data: { length: count, attributes: { getPosition: { value: positions, size: 2 } } },
    visible: input.visible ?? true,
    pickable: input.pickable ?? false,
    stroked: style.stroked,
    radiusUnits: 'pixels',
    lineWidthUnits: 'pixels',
    getRadius: radius,
    getFillColor: input.fill ?? [POINT_FILL[0], POINT_FILL[1], POINT_FILL[2], style.alpha],
    getLineColor: POINT_LINE,
    getLineWidth: 1,
    ...(onHover ? { onHover: (info: { index: number; x: number; y: number }) => onHover(info.index, info.x, info.y) } : {}),
  });
}
