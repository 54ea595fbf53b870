// The labels' MapLibre surface reads the canvas size once and again only after a resize: a read
// on every placement forced a layout each camera frame and each hover.
import { describe, expect, it } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { maplibreSurface } from '../../../src/map/MapLabels';

/** A stand-in with the four members the surface uses; counts the size reads. */
function fakeMap() {
  const listeners = new Map<string, Array<() => void>>();
  const canvas = { reads: 0, width: 800, height: 600 };
  const map = {
    on: (type: string, f: () => void) => listeners.set(type, [...(listeners.get(type) ?? []), f]),
    off: (type: string, f: () => void) => listeners.set(type, (listeners.get(type) ?? []).filter((g) => g !== f)),
    project: ([x, y]: [number, number]) => ({ x, y }),
    getCanvas: () => ({
      get clientWidth() {
        canvas.reads++;
        return canvas.width;
      },
      get clientHeight() {
        return canvas.height;
      },
    }),
  };
  const fire = (type: string) => (listeners.get(type) ?? []).forEach((f) => f());
  return { map: map as unknown as MapLibreMap, canvas, fire };
}

describe('maplibreSurface', () => {
  it('reads the size once, and again after a resize', () => {
    const { map, canvas, fire } = fakeMap();
    const surface = maplibreSurface(map);
    expect(surface.size()).toEqual({ width: 800, height: 600 });
    surface.size();
    fire('move');
    expect(surface.size()).toEqual({ width: 800, height: 600 });
    expect(canvas.reads).toBe(1);
    canvas.width = 500;
    fire('resize');
    expect(surface.size()).toEqual({ width: 500, height: 600 });
    expect(canvas.reads).toBe(2);
  });

  it('calls a subscriber on move and resize until it unsubscribes, with the new size on resize', () => {
    const { map, canvas, fire } = fakeMap();
    const surface = maplibreSurface(map);
    const seen: number[] = [];
    const off = surface.subscribe(() => seen.push(surface.size().width));
    fire('move');
    canvas.width = 640;
    fire('resize');
    off();
    fire('move');
    expect(seen).toEqual([800, 640]);
  });
});
