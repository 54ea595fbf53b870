// Geometry of the SVG map (the renderer used without WebGL, and the vector export): a Mercator
// projection fitted to the provinces in a box, one path string per province and basemap country,
// and the pan/zoom transform applied on top. Pure: d3-geo does the maths, React draws the paths.
import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { ProvinceCode, ProvinceFeature } from '../../data/types';
import type { Padding } from '../camera';
import { thailandPadding } from '../cameraMove';
import { addPadding, NO_PADDING } from '../overlayPadding';

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
/** Zoom limits relative to "all of Thailand fits". */
export const MIN_ZOOM = 1;
export const MAX_ZOOM = 24;

export interface SvgProvincePath {
  code: ProvinceCode;
  d: string;
}

export interface SvgMapLayout {
  size: Size;
  /** What the overlays cover (useOverlayPadding): the fit and every framing keep clear of it. */
  overlay: Padding;
  provinces: SvgProvincePath[];
  /** Neighbouring land, drawn under the provinces (empty when the basemap file failed). */
  land: string[];
  /** Fitted (untransformed) screen point of a [lon, lat]. */
  fitted: (lonLat: readonly [number, number]) => [number, number];
  /** Path of any other feature in the same projection (the user's districts). */
  pathOf: (feature: Feature<Geometry>) => string;
}

function fittedProjection(features: readonly ProvinceFeature[], size: Size, overlay: Padding): GeoProjection {
  // The WebGL map's padding, so both renderers frame Thailand alike beside the overlays.
  const pad = thailandPadding(size.width, size.height, overlay);
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
 * Thailand fitted beside the overlays (`overlay`, default none).
 * Coordinates are rounded to 0.1 px: enough for screens and print, and a smaller SVG.
 */
export function svgMapLayout(
  features: readonly ProvinceFeature[],
  land: readonly Feature<Geometry | null>[],
  size: Size,
  overlay: Padding = NO_PADDING,
): SvgMapLayout {
  const projection = fittedProjection(features, size, overlay);
  const path = geoPath(projection).digits(1);
  return {
    size,
    overlay,
    provinces: features.map((f) => ({ code: f.id, d: path(f) ?? '' })),
    land: land.flatMap((f) => {
      const d = f.geometry ? path(f) : null;
      return d ? [d] : [];
    }),
    fitted: (lonLat) => projection([lonLat[0], lonLat[1]]) ?? [Number.NaN, Number.NaN],
    pathOf: (f) => path(f) ?? '',
  };
}

/** Screen point of a fitted point under a transform. */
export function applyTransform(t: SvgTransform, p: readonly [number, number]): { x: number; y: number } {
  return { x: t.k * p[0] + t.x, y: t.k * p[1] + t.y };
}

/** The SVG `transform` attribute of a transform. */
export function transformAttr(t: SvgTransform): string {
  return `translate(${round2(t.x)},${round2(t.y)}) scale(${round2(t.k)})`;
}

function round2(v: number): number {
  return Math.round(v * 100) / 100;
}

/** Zooms by `factor` about a screen point, keeping that point still; zoom is clamped. */
export function zoomAbout(t: SvgTransform, factor: number, at: { x: number; y: number }): SvgTransform {
  const k = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, t.k * factor));
  const f = k / t.k;
  return { k, x: at.x - (at.x - t.x) * f, y: at.y - (at.y - t.y) * f };
}

export function panBy(t: SvgTransform, dx: number, dy: number): SvgTransform {
  return { ...t, x: t.x + dx, y: t.y + dy };
}

/**
 * The transform that frames a lon/lat box ([west, south, east, north]) in the view with `pad`
 * px around it (plus the layout's overlays), zoomed in no further than `maxZoom`.
 */
export function frameBox(
  layout: SvgMapLayout,
  bbox: readonly [number, number, number, number],
  pad: number,
  maxZoom = 8,
): SvgTransform {
  const [w, s, e, n] = bbox;
  const a = layout.fitted([w, n]);
  const b = layout.fitted([e, s]);
  const bw = Math.max(1, b[0] - a[0]);
  const bh = Math.max(1, b[1] - a[1]);
  const { width, height } = layout.size;
  const p = addPadding(pad, layout.overlay);
  const k = Math.min(maxZoom, Math.max(MIN_ZOOM, Math.min((width - p.left - p.right) / bw, (height - p.top - p.bottom) / bh)));
  const cx = (a[0] + b[0]) / 2;
  const cy = (a[1] + b[1]) / 2;
  return { k, x: (p.left + width - p.right) / 2 - k * cx, y: (p.top + height - p.bottom) / 2 - k * cy };
}
