// The shell half of "overlays are camera padding": measures the boxes that sit over a map (the
// legend, the SVG map's notice and buttons, MapLibre's zoom buttons) with a ResizeObserver and a
// MutationObserver on the map's column, and hands them to the renderer as one value; each camera
// move turns them into its padding (overlayPadding, pure). Only this hook touches the DOM.
import { useCallback, useEffect, useState } from 'react';
import { useSize, type Size } from '../ui/useSize';
import type { MapOverlays, OverlayRect } from './overlayPadding';
import { refitsThailand } from './cameraMove';

/** What covers a map: the legend beside it, and the notices and controls drawn inside it. */
export const MAP_OVERLAYS =
  '[data-testid="legend"], .svg-map-notice, .svg-map-controls, .svg-map-export, .maplibregl-ctrl-top-right > .maplibregl-ctrl, [data-map-overlay]';

export const NO_OVERLAYS: MapOverlays = { size: { width: 0, height: 0 }, rects: [] };

/** Where a map's overlays are looked for: its host's column (in compare mode, the host of both maps). */
function overlayScope(container: HTMLElement): Element {
  return container.closest('.compare-maps')?.parentElement ?? container.parentElement ?? container;
}

const sameRect = (a: OverlayRect, b: OverlayRect) => a.left === b.left && a.top === b.top && a.right === b.right && a.bottom === b.bottom;
const sameOverlays = (a: MapOverlays, b: MapOverlays) =>
  a.size.width === b.size.width &&
  a.size.height === b.size.height &&
  a.rects.length === b.rects.length &&
  a.rects.every((r, i) => sameRect(r, b.rects[i]!));

/**
 * The boxes of `container`'s overlays, relative to it (for tests and the padding). In compare mode
 * the two maps share one camera, so each takes the overlays of both (each box relative to the map
 * it covers): both fit Thailand with the same padding and agree on the camera.
 */
export function overlayRects(container: HTMLElement): OverlayRect[] {
  const scope = overlayScope(container);
  const maps = container.closest('.compare-maps')?.querySelectorAll<HTMLElement>('.compare-pane > .map');
  const frames = maps && maps.length > 0 ? [...maps] : [container];
  const boxes = [...scope.querySelectorAll(MAP_OVERLAYS)].map((el) => el.getBoundingClientRect());
  return frames.flatMap((frame) => {
    const box = frame.getBoundingClientRect();
    // Whole px: sub-pixel jitter must not count as an overlay that moved.
    return boxes.map((r) => ({ left: Math.round(r.left - box.left), top: Math.round(r.top - box.top), right: Math.round(r.right - box.left), bottom: Math.round(r.bottom - box.top) }));
  });
}

/** The boxes over `container` and its size, kept up to date (same object while nothing moved). */
export function useMapOverlays(container: HTMLElement | null): MapOverlays {
  const [overlays, setOverlays] = useState<MapOverlays>(NO_OVERLAYS);
  useEffect(() => {
    if (!container || typeof ResizeObserver === 'undefined') return undefined;
    const scope = overlayScope(container);
    const observed = new Set<Element>();
    let frame = 0;
    const measure = () => {
      frame = 0;
      for (const el of scope.querySelectorAll(MAP_OVERLAYS)) {
        if (!observed.has(el)) {
          observed.add(el);
          resize.observe(el);
        }
      }
      const next: MapOverlays = { size: { width: container.clientWidth, height: container.clientHeight }, rects: overlayRects(container) };
      setOverlays((prev) => (sameOverlays(prev, next) ? prev : next));
    };
    // One measurement per frame, however many boxes changed in it.
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    const resize = new ResizeObserver(schedule);
    resize.observe(container);
    // An overlay that appears or goes (the legend folding, a notice) changes the column's children.
    const mutations = new MutationObserver(schedule);
    mutations.observe(scope, { childList: true, subtree: true });
    measure();
    return () => {
      cancelAnimationFrame(frame);
      resize.disconnect();
      mutations.disconnect();
    };
  }, [container]);
  return overlays;
}

/**
 * A ref for an SVG map's box that measures it and the overlays over it (the SVG map and the small
 * multiples lay out inside what the overlays leave free).
 */
export function useMeasuredOverlays<T extends HTMLElement>(): [(el: T | null) => void | (() => void), Size, MapOverlays] {
  const [sizeRef, size] = useSize<T>();
  const [node, setNode] = useState<T | null>(null);
  const ref = useCallback(
    (el: T | null) => {
      setNode(el);
      return sizeRef(el);
    },
    [sizeRef],
  );
  return [ref, size, useMapOverlays(node)];
}

/**
 * The overlays Thailand's default fit keeps clear of: `overlays` when they moved enough to fit
 * again (`refitsThailand`), else the ones of the last fit, so a legend a few px wider for another
 * indicator does not re-project the map. Camera moves still take the live overlays.
 */
export function useFitOverlays(overlays: MapOverlays): MapOverlays {
  const [fitted, setFitted] = useState(overlays);
  if (fitted !== overlays && refitsThailand(fitted, overlays)) {
    // Adjusting state while rendering (React's documented pattern): no frame with the old fit.
    setFitted(overlays);
    return overlays;
  }
  return fitted;
}
