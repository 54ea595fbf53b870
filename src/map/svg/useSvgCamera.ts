// The SVG map's camera: pan/zoom state, answers to the store's camera requests (reset, frame a
// province, the world, fly to a point), and the pointer, wheel and keyboard gestures that move it.
import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { AtlasData } from '../../data/atlasData';
import { useAtlas } from '../../state/store';
import { IDENTITY, panBy, zoomAbout, type SvgMapLayout, type SvgTransform } from './svgMapLayout';
import { svgCameraMove } from './svgCameraMove';
import type { MapPane } from '../mapProps';

const KEY_PAN_PX = 80;
const KEY_ZOOM = 1.5;
/** Pointer travel (px) after which a press is a drag, not a click. */
const DRAG_SLOP = 4;

export interface SvgCamera {
  transform: SvgTransform;
  zoomBy: (factor: number) => void;
  /** Arrow keys pan, + and − zoom; returns true when the key was used. */
  onKey: (e: KeyboardEvent) => boolean;
  onPointerDown: (e: PointerEvent) => void;
  onPointerMove: (e: PointerEvent) => void;
  onPointerUp: () => void;
  /** True right after a drag, so the click that ends it does not select. */
  dragged: () => boolean;
  /** Ref callback for the element that takes wheel zoom (non-passive, so the page does not scroll). */
  wheelRef: (el: Element | null) => void | (() => void);
}

/**
 * The camera of one SVG map. In compare mode (`pane`) the two maps share one transform through
 * the camera link (both maps have the same size and layout): a change here is passed on, the
 * other map's is taken; only the primary map carries out the store's camera requests.
 */
export function useSvgCamera(data: AtlasData, layout: SvgMapLayout, pane?: MapPane<SvgTransform>): SvgCamera {
  const [transform, setTransform] = useState<SvgTransform>(() => pane?.link.camera ?? IDENTITY);
  const link = pane?.link;
  const id = pane?.id;
  useEffect(() => (link && id ? link.join(id, { follow: setTransform }) : undefined), [link, id]);
  useEffect(() => {
    if (link && id) link.moved(id, transform);
  }, [link, id, transform]);
  const secondary = pane !== undefined && !pane.primary;
  const cameraRequest = useAtlas((s) => s.session.cameraRequest);
  const drag = useRef<{ x: number; y: number; moved: boolean } | null>(null);
  const lastDragged = useRef(false);
  const centre = { x: layout.size.width / 2, y: layout.size.height / 2 };
  const wheelRef = useCallback((el: Element | null) => {
    if (!el) return undefined;
    const onWheel = (e: Event) => {
      const w = e as WheelEvent;
      w.preventDefault();
      const box = el.getBoundingClientRect();
      const factor = Math.pow(2, -w.deltaY / 300);
      setTransform((t) => zoomAbout(t, factor, { x: w.clientX - box.left, y: w.clientY - box.top }, layout.minK));
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, [layout.minK]);

  useEffect(() => {
    if (cameraRequest && !secondary) setTransform((t) => svgCameraMove(cameraRequest.target, layout, t, data));
  }, [cameraRequest, data, layout, secondary]);

  const zoom = (factor: number, at: { x: number; y: number }) => setTransform((t) => zoomAbout(t, factor, at, layout.minK));
  return {
    transform,
    zoomBy: (factor) => zoom(factor, centre),
    onKey: (e) => {
      const pan: Record<string, [number, number]> = {
        ArrowLeft: [KEY_PAN_PX, 0],
        ArrowRight: [-KEY_PAN_PX, 0],
        ArrowUp: [0, KEY_PAN_PX],
        ArrowDown: [0, -KEY_PAN_PX],
      };
      const step = pan[e.key];
      if (step) setTransform((t) => panBy(t, step[0], step[1]));
      else if (e.key === '+' || e.key === '=') zoom(KEY_ZOOM, centre);
      else if (e.key === '-' || e.key === '−') zoom(1 / KEY_ZOOM, centre);
      else return false;
      e.preventDefault();
      return true;
    },
    onPointerDown: (e) => {
      if (e.button !== 0) return;
      drag.current = { x: e.clientX, y: e.clientY, moved: false };
      lastDragged.current = false;
    },
    onPointerMove: (e) => {
      const d = drag.current;
      if (!d || (e.buttons & 1) === 0) return;
      const dx = e.clientX - d.x;
      const dy = e.clientY - d.y;
      if (!d.moved && Math.hypot(dx, dy) < DRAG_SLOP) return;
      d.moved = true;
      drag.current = { x: e.clientX, y: e.clientY, moved: true };
      setTransform((t) => panBy(t, dx, dy));
    },
    onPointerUp: () => {
      lastDragged.current = drag.current?.moved ?? false;
      drag.current = null;
    },
    dragged: () => lastDragged.current,
    wheelRef,
  };
}

