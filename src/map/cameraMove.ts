// What a camera request means on the WebGL map, as a value: which bounds to fit or where to fly,
// with what padding, for how long, and whether it flies under reduced motion. Pure, so the rule
// (a story's tilt never leaks into the next fit; essential moves fly even under reduced motion)
// is tested without MapLibre; the map shell only carries the move out.
import type { CameraTarget } from '../state/store';
import { contextBounds, fitPadding, provincePadding, requestDuration, type Padding } from './camera';
import { addPadding, needsRefit, paddingFor, THAILAND_ASPECT, type MapOverlays } from './overlayPadding';
import { THAILAND_BOUNDS } from '../state/doc';

type LonLat = [number, number];
export type Bounds = [LonLat, LonLat];

/** Thailand and the partners abroad (Cork, Copenhagen, Hamburg, Singapore) in one view. */
export const WORLD_BOUNDS: Bounds = [
  [-12, -2],
  [112, 60],
];
/** A framed province is never zoomed in further than this (MapLibre zoom). */
export const PROVINCE_MAX_ZOOM = 9;
/** A fly to a point zooms in at least this far. */
export const POINT_MIN_ZOOM = 7;

/** The map as the move sees it: its height, what covers its foot (a phone's bottom sheet) and its zoom, in px. */
export interface CameraFrame {
  height: number;
  /** Pixels at the map's foot that a bottom sheet covers; 0 when none. */
  bottomInset: number;
  /** The live zoom (a fly to a point never zooms out). */
  zoom: number;
  /** The boxes over the map (legend, notices, buttons; useMapOverlays); none when absent. */
  overlays?: MapOverlays;
}

/** Padding of the fit to Thailand in a `width` × `height` map: a little air, plus the overlays. */
export function thailandPadding(width: number, height: number, overlays?: MapOverlays): Padding {
  const overlay = paddingFor(overlays, THAILAND_BOUNDS);
  return addPadding(fitPadding(width - overlay.left - overlay.right, height - overlay.top - overlay.bottom), overlay);
}

/**
 * Whether Thailand, fitted beside `fitted` overlays, must be fitted again beside `next` ones: the
 * map changed size, or `needsRefit` says so (an overlay now covers the land, or the fit gains much).
 */
export function refitsThailand(fitted: MapOverlays, next: MapOverlays): boolean {
  const { width, height } = next.size;
  if (fitted.size.width !== width || fitted.size.height !== height) return true;
  return needsRefit(next.size, thailandPadding(width, height, fitted), thailandPadding(width, height, next), next.rects, THAILAND_ASPECT);
}

const WORLD_BBOX = [WORLD_BOUNDS[0][0], WORLD_BOUNDS[0][1], WORLD_BOUNDS[1][0], WORLD_BOUNDS[1][1]] as const;

interface Timing {
  duration: number;
  /** Flies even when the user prefers reduced motion (MapLibre's `essential`). */
  essential: boolean;
}

/** Tilt and turn are reset by every move but a slide's explicit view. */
interface Level {
  pitch: number;
  bearing: number;
}

export type CameraMove =
  | ({ kind: 'fit-thailand'; explicit: boolean } & Timing & Level)
  | ({ kind: 'fit'; bounds: Bounds; padding: number | Padding; maxZoom?: number } & Timing & Level)
  | ({ kind: 'fly'; center: LonLat; zoom: number; pitch?: number; bearing?: number } & Timing);

/**
 * The move for `target`, or null when there is nothing to do (a province the data does not have).
 * `bboxOf` gives a province's [west, south, east, north].
 */
export function cameraMove(
  target: CameraTarget,
  frame: CameraFrame,
  reducedMotion: boolean,
  bboxOf: (code: string) => readonly [number, number, number, number] | undefined,
): CameraMove | null {
  const essential = target.motion?.essential ?? false;
  const level: Level = { pitch: 0, bearing: 0 };
  const duration = (ms?: number) => requestDuration(target.motion, reducedMotion, ms);
  switch (target.kind) {
    case 'fit-thailand':
      // Without a slide's motion the reset keeps MapLibre's own reduced-motion handling.
      return { kind: 'fit-thailand', explicit: target.motion !== undefined, duration: duration(), essential, ...level };
    case 'province': {
      const b = bboxOf(target.code);
      if (!b) return null;
      // A story slide keeps the province's surroundings in view: the audience must see where it is.
      const [w, s, e, n] = target.context ? contextBounds(b) : b;
      return {
        kind: 'fit',
        bounds: [[w, s], [e, n]],
        padding: addPadding(provincePadding(frame.height, frame.bottomInset), paddingFor(frame.overlays, [w, s, e, n])),
        maxZoom: PROVINCE_MAX_ZOOM,
        duration: duration(),
        essential,
        ...level,
      };
    }
    case 'world':
      return { kind: 'fit', bounds: WORLD_BOUNDS, padding: frame.overlays ? addPadding(30, paddingFor(frame.overlays, WORLD_BBOX)) : 30, duration: duration(1200), essential, ...level };
    case 'point':
      return { kind: 'fly', center: target.coordinates, zoom: Math.max(frame.zoom, POINT_MIN_ZOOM), duration: duration(), essential: false };
    case 'view':
      return { kind: 'fly', center: target.center, zoom: target.zoom, pitch: target.pitch, bearing: target.bearing, duration: duration(), essential };
    default: {
      const never: never = target;
      throw new Error(`unknown camera target ${JSON.stringify(never)}`);
    }
  }
}
