// A camera request on the SVG map: the WebGL map's own rule (cameraMove) turned into a pan/zoom
// transform, so both renderers frame a story's province with its surroundings, the world view and
// a fly to a point the same; the SVG map cuts, it does not fly. Pure.
import type { AtlasData } from '../../data/atlasData';
import type { CameraTarget } from '../../state/store';
import { cameraMove } from '../cameraMove';
import { frameBox, IDENTITY, MAX_ZOOM, type SvgMapLayout, type SvgTransform } from './svgMapLayout';

/** The transform a camera request leads to from `t`: the WebGL map's move (cameraMove), as a cut. */
export function svgCameraMove(target: CameraTarget, layout: SvgMapLayout, t: SvgTransform, data: AtlasData): SvgTransform {
  const frame = { height: layout.size.height, bottomInset: 0, zoom: layout.zoomOf(t.k) };
  const move = cameraMove(target, frame, true, (code) => data.index.byCode(code)?.bbox);
  if (!move) return t;
  switch (move.kind) {
    case 'fit-thailand':
      return IDENTITY;
    case 'fit': {
      const [[w, s], [e, n]] = move.bounds;
      const maxK = move.maxZoom === undefined ? MAX_ZOOM : layout.kOf(move.maxZoom);
      return frameBox(layout, [w, s, e, n], move.padding, maxK, layout.minK);
    }
    case 'fly': {
      const k = Math.min(MAX_ZOOM, Math.max(layout.minK, layout.kOf(move.zoom)));
      const [x, y] = layout.fitted(move.center);
      return { k, x: layout.size.width / 2 - k * x, y: layout.size.height / 2 - k * y };
    }
    default: {
      const never: never = move;
      throw new Error(`unknown camera move ${JSON.stringify(never)}`);
    }
  }
}
