// The shell half of "overlays are camera padding": measures the boxes that sit over a map (the
// legend, the SVG map's notice and buttons, MapLibre's zoom buttons) with a ResizeObserver and a
// MutationObserver on the map's column, and hands their padding (overlayPadding) to the renderer
// as one value. Only this hook touches the DOM; the padding maths is pure.
import { useEffect, useState } from 'react';
import { THAILAND_BOUNDS } from '../state/doc';
import type { Padding } from './camera';
import { mercatorAspect, NO_PADDING, overlayPadding, type OverlayRect } from './overlayPadding';

/** What covers a map: the legend beside it, and the notices and controls drawn inside it. */
export const MAP_OVERLAYS =
  '[data-testid="legend"], .svg-map-notice, .svg-map-controls, .svg-map-export, .maplibregl-ctrl-top-right > .maplibregl-ctrl, [data-map-overlay]';

export const THAILAND_ASPECT = mercatorAspect(THAILAND_BOUNDS);

const samePadding = (a: Padding, b: Padding) => a.top === b.top && a.right === b.right && a.bottom === b.bottom && a.left === b.left;

/** The boxes of `container`'s overlays, relative to it (for tests and the padding). */
export function overlayRects(container: HTMLElement): OverlayRect[] {
  const box = container.getBoundingClientRect();
  const scope = container.parentElement ?? container;
  return [...scope.querySelectorAll(MAP_OVERLAYS)].map((el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left - box.left, top: r.top - box.top, right: r.right - box.left, bottom: r.bottom - box.top };
  });
}

/** The padding that keeps Thailand clear of `container`'s overlays, kept up to date. */
export function useOverlayPadding(container: HTMLElement | null): Padding {
  const [padding, setPadding] = useState<Padding>(NO_PADDING);
  useEffect(() => {
    if (!container || typeof ResizeObserver === 'undefined') return undefined;
    const scope = container.parentElement ?? container;
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
      const next = overlayPadding({ width: container.clientWidth, height: container.clientHeight }, overlayRects(container), THAILAND_ASPECT);
      setPadding((prev) => (samePadding(prev, next) ? prev : next));
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
  return padding;
}
