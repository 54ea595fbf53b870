// Geometry of the SVG map (the renderer used without WebGL, and the vector export): a Mercator
// projection fitted to the provinces in a box, one path string per province and basemap country,
// the world's land for the world view, great-circle arcs, and the pan/zoom transform applied on
// top (with its MapLibre zoom, so both renderers switch basemap layers and frame moves alike).
// Pure: d3-geo does the maths, React draws the paths.
import { geoInterpolate, geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { ProvinceCode, ProvinceFeature } from '../../data/types';
import type { Padding } from '../camera';
import { thailandPadding } from '../cameraMove';
import { addPadding, paddingFor, type MapOverlays } from '../overlayPadding';

export interface Size {
  width: number;
  height: number;
}

/** Pan and zoom on top of the fitted projection: screen = k · fitted + (x, y). */
export interface SvgTransform {
  k: number;
  x: number;
  y: number;
}

export const IDENTITY: SvgTransform = { k: 1, x: 0, y: 0 };
/** Zoom limits relative to "all of Thailand fits" (gestures may zoom out to `layout.minK`, the world). */
export const MIN_ZOOM = 1;
export const MAX_ZOOM = 24;
/** The WebGL map's zoom limits (MapLibre zoom), which the SVG map's gestures keep too. */
export const MAP_MIN_ZOOM = 1;
/** Points per great-circle arc: smooth at any zoom the map allows. */
const ARC_POINTS = 64;

export interface SvgProvincePath {
  code: ProvinceCode;
  d: string;
}

export interface SvgMapLayout {
  size: Size;
  /** The boxes over the map (useMapOverlays): the fit and every framing keep clear of them. */
  overlays: MapOverlays | undefined;
  provinces: SvgProvincePath[];
  /** Neighbouring land, drawn under the provinces (empty when the basemap file failed). */
  land: string[];
  /** Fitted (untransformed) screen point of a [lon, lat]. */
  fitted: (lonLat: readonly [number, number]) => [number, number];
  /** Path of any other feature in the same projection (the user's districts). */
  pathOf: (feature: Feature<Geometry>) => string;
  /** The world's land (all but Thailand), for the world view; empty without the basemap. */
  world: string[];
  /** The great circle from `a` to `b` as a path, as deck.gl's ArcLayer draws it with `greatCircle`. */
  arcPath: (a: readonly [number, number], b: readonly [number, number]) => string;
  /** The MapLibre zoom that shows the map at scale `k` (same pixels per degree). */
  zoomOf: (k: number) => number;
  /** The scale `k` at MapLibre zoom `zoom`. */
  kOf: (zoom: number) => number;
  /** The smallest scale gestures reach: the WebGL map's minimum zoom. */
  minK: number;
}

function fittedProjection(features: readonly ProvinceFeature[], size: Size, overlays: MapOverlays | undefined): GeoProjection {
  // The WebGL map's padding, so both renderers frame Thailand alike beside the overlays.
  const pad = thailandPadding(size.width, size.height, overlays);
  const collection: FeatureCollection = { type: 'FeatureCollection', features: features as ProvinceFeature[] };
  return geoMercator().fitExtent(
    [
      [pad.left, pad.top],
      [Math.max(pad.left + 1, size.width - pad.right), Math.max(pad.top + 1, size.height - pad.bottom)],
    ],
    collection,
  );
}

/**
 * Paths for every province (in the order given) and every basemap country, in a `size` box, with
 * Thailand fitted beside the overlays (`overlays`, default none).
 * Coordinates are rounded to 0.1 px: enough for screens and print, and a smaller SVG.
 */
export function svgMapLayout(
  features: readonly ProvinceFeature[],
  land: readonly Feature<Geometry | null>[],
  size: Size,
  world: readonly Feature<Geometry | null>[] = [],
  overlays?: MapOverlays,
): SvgMapLayout {
  const projection = fittedProjection(features, size, overlays);
  const path = geoPath(projection).digits(1);
  const paths = (fs: readonly Feature<Geometry | null>[]) =>
    fs.flatMap((f) => {
      const d = f.geometry ? path(f) : null;
      return d ? [d] : [];
    });
  // MapLibre's world is 512 · 2^zoom px wide; d3's Mercator is 2π · scale px wide.
  const zoomOf = (k: number) => Math.log2((2 * Math.PI * projection.scale() * k) / 512);
  const kOf = (zoom: number) => (512 * 2 ** zoom) / (2 * Math.PI * projection.scale());
  return {
    size,
    overlays,
    provinces: features.map((f) => ({ code: f.id, d: path(f) ?? '' })),
    land: paths(land),
    fitted: (lonLat) => projection([lonLat[0], lonLat[1]]) ?? [Number.NaN, Number.NaN],
    pathOf: (f) => path(f) ?? '',
    world: paths(world),
    arcPath: (a, b) => {
      const at = geoInterpolate([a[0], a[1]], [b[0], b[1]]);
      const coordinates = Array.from({ length: ARC_POINTS + 1 }, (_, i) => at(i / ARC_POINTS));
      return path({ type: 'LineString', coordinates }) ?? '';
    },
    zoomOf,
    kOf,
    minK: Math.min(MIN_ZOOM, kOf(MAP_MIN_ZOOM)),
  };
}

/** Screen point of a fitted point under a transform. */
export function applyTransform(t: SvgTransform, p: readonly [number, number]): { x: number; y: number } {
  return { x: t.k * p[0] + t.x, y: t.k * p[1] + t.y };
}

/**
 * The SVG `transform` attribute of a transform. The scale keeps 6 significant digits: zoomed out
 * to the world (k ≈ 0.15) a point 5,000 fitted px away would move 17 px if it were rounded to 0.01,
 * and the drawing would part from the labels placed with the exact transform.
 */
export function transformAttr(t: SvgTransform): string {
  return `translate(${round2(t.x)},${round2(t.y)}) scale(${Number(t.k.toPrecision(6))})`;
}

function round2(v: number): number {
  return Math.round(v * 100) / 100;
}

/** Zooms by `factor` about a screen point, keeping that point still; zoom is clamped to [minK, MAX_ZOOM]. */
export function zoomAbout(t: SvgTransform, factor: number, at: { x: number; y: number }, minK = MIN_ZOOM): SvgTransform {
  const k = Math.min(MAX_ZOOM, Math.max(minK, t.k * factor));
  const f = k / t.k;
  return { k, x: at.x - (at.x - t.x) * f, y: at.y - (at.y - t.y) * f };
}

export function panBy(t: SvgTransform, dx: number, dy: number): SvgTransform {
  return { ...t, x: t.x + dx, y: t.y + dy };
}

/**
 * The transform that frames a lon/lat box ([west, south, east, north]) in the view with `pad`
 * px around it (MapLibre's fitBounds padding: a number or per side) plus the layout's overlays,
 * zoomed in no further than `maxK` and out no further than `minK`.
 */
export function frameBox(
  layout: SvgMapLayout,
  bbox: readonly [number, number, number, number],
  pad: number | Padding,
  maxK = 8,
  minK = MIN_ZOOM,
): SvgTransform {
  const [w, s, e, n] = bbox;
  const a = layout.fitted([w, n]);
  const b = layout.fitted([e, s]);
  const bw = Math.max(1, b[0] - a[0]);
  const bh = Math.max(1, b[1] - a[1]);
  const { width, height } = layout.size;
  // The layout's overlays (legend, notices, controls) come on top of the move's own padding.
  const p = addPadding(pad, paddingFor(layout.overlays, bbox));
  const fit = Math.min((width - p.left - p.right) / bw, (height - p.top - p.bottom) / bh);
  const k = Math.min(maxK, Math.max(minK, fit));
  const cx = (a[0] + b[0]) / 2;
  const cy = (a[1] + b[1]) / 2;
  // The box's centre goes to the centre of the padded frame.
  return { k, x: (p.left + width - p.right) / 2 - k * cx, y: (p.top + height - p.bottom) / 2 - k * cy };
}
