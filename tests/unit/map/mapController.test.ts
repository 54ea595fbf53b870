// @vitest-environment jsdom
// The map controller without WebGL: MapLibre and the deck.gl overlay are stand-ins that record
// what the controller asks of them, so its rules are checked as values: layers reach the overlay,
// the first frame with provinces is marked once and only then does the basemap's land come, a
// restored deck.gl context gets a new overlay drawing the same layers, and destroy lets go. The
// basemap's layers reach MapLibre as URLs that the controller's protocol answers from the file.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Layer } from '@deck.gl/core';
import type { FeatureCollection } from 'geojson';
import { shippedFiles } from '../../fixtures/shippedData';
import { EMPTY_BASEMAP, type BasemapTopology } from '../../../src/data/atlasData';
import { packTopology } from '../../../src/data/packedTopology';

type Protocol = (request: { url: string }) => Promise<{ data: unknown }>;
const made = vi.hoisted(() => ({ maps: [] as FakeMap[], overlays: [] as FakeOverlay[], protocols: new Map<string, Protocol>() }));

interface FakeOverlay {
  props: { layers?: unknown; onAfterRender?: () => void; onError?: (e: Error) => void };
  setProps(p: object): void;
}
interface FakeMap {
  controls: unknown[];
  styles: unknown[];
  handlers: Record<string, () => void>;
  removed: boolean;
  fits: unknown[];
}

vi.mock('maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url', () => ({ default: 'worker.js' }));
vi.mock('@deck.gl/maplibre', () => ({
  MapLibreOverlay: class {
    props: FakeOverlay['props'];
    constructor(props: FakeOverlay['props']) {
      this.props = { ...props };
      made.overlays.push(this as unknown as FakeOverlay);
    }
    setProps(p: object) {
      Object.assign(this.props, p);
    }
  },
}));
vi.mock('maplibre-gl', () => {
  class Map {
    controls: unknown[] = [];
    styles: unknown[] = [];
    handlers: Record<string, () => void> = {};
    removed = false;
    fits: unknown[] = [];
    touchZoomRotate = { disableRotation: () => undefined };
    keyboard = { disableRotation: () => undefined };
    constructor() {
      made.maps.push(this as unknown as FakeMap);
    }
    addControl(c: unknown) {
      this.controls.push(c);
    }
    removeControl(c: unknown) {
      this.controls = this.controls.filter((x) => x !== c);
    }
    on(event: string, f: () => void) {
      this.handlers[event] = f;
    }
    setStyle(s: unknown) {
      this.styles.push(s);
    }
    getCenter() {
      return { lng: 100, lat: 13 };
    }
    getZoom() {
      return 5;
    }
    cameraForBounds() {
      return { center: [100, 13], zoom: 5 };
    }
    fitBounds(b: unknown, o: unknown) {
      this.fits.push([b, o]);
    }
    flyTo(o: unknown) {
      this.fits.push(o);
    }
    remove() {
      this.removed = true;
    }
  }
  return {
    Map,
    NavigationControl: class {},
    LngLat: { convert: (c: [number, number]) => ({ lng: c[0], lat: c[1] }) },
    setWorkerUrl: () => undefined,
    addProtocol: (scheme: string, load: Protocol) => made.protocols.set(scheme, load),
  };
});

const { MapController, releaseBasemapCopies } = await import('../../../src/map/mapController');
const { getMapHandle } = await import('../../../src/map/mapHandle');

const layer = (id: string): Layer => ({ id, clone: () => ({ id, cloned: true }) }) as unknown as Layer;
const ids = (layers: unknown) => (layers as Layer[]).map((l) => l.id);
let marks: { ready: number; updated: number; extra: number[] };
let failures: string[];

function create(size?: { width: number; height: number }) {
  const container = document.createElement('div');
  if (size) {
    Object.defineProperty(container, 'clientWidth', { value: size.width });
    Object.defineProperty(container, 'clientHeight', { value: size.height });
  }
  document.body.append(container);
  const c = new MapController(container, {
    initialView: null,
    dark: false,
    marks: { ready: () => marks.ready++, updated: () => marks.updated++, extraDrawn: (v) => marks.extra.push(v) },
    onFailure: (r) => failures.push(r),
    onMoveEnd: () => undefined,
    isDefaultView: () => true,
  });
  return { c, container, map: made.maps.at(-1) as FakeMap, overlay: () => made.overlays.at(-1) as FakeOverlay };
}

beforeEach(() => {
  made.maps.length = 0;
  made.overlays.length = 0;
  marks = { ready: 0, updated: 0, extra: [] };
  failures = [];
});
afterEach(() => vi.useRealTimers());

describe('MapController', () => {
  it('creates MapLibre and one overlay once, and publishes the handle', () => {
    const { c, map } = create();
    expect(made.maps).toHaveLength(1);
    expect(made.overlays).toHaveLength(1);
    expect(map.controls).toContain(made.overlays[0]);
    expect(getMapHandle()?.map).toBe(c.map);
  });

  it('marks the first frame with provinces once, and a frame with a new view each time', () => {
    const { c, overlay } = create();
    overlay().props.onAfterRender?.();
    expect(marks.ready).toBe(0);
    const view = {};
    c.setLayers({ layers: [layer('provinces')], viewKey: view, extraVersion: 0 });
    expect(ids(overlay().props.layers)).toEqual(['provinces']);
    overlay().props.onAfterRender?.();
    overlay().props.onAfterRender?.();
    expect(marks).toEqual({ ready: 1, updated: 1, extra: [] });
    c.setLayers({ layers: [layer('provinces'), layer('bench')], viewKey: {}, extraVersion: 2 });
    overlay().props.onAfterRender?.();
    expect(marks).toEqual({ ready: 1, updated: 2, extra: [2] });
  });

  it('adds the basemap’s land only after the provinces’ first frame, then on every change', () => {
    vi.useFakeTimers();
    const { c, map, overlay } = create();
    c.setBasemap(EMPTY_BASEMAP, false);
    expect(map.styles).toHaveLength(0);
    c.setLayers({ layers: [layer('provinces')], viewKey: 1, extraVersion: 0 });
    overlay().props.onAfterRender?.();
    vi.runAllTimers();
    expect(map.styles).toHaveLength(1);
    c.setBasemap(EMPTY_BASEMAP, true);
    expect(map.styles).toHaveLength(2);
  });

  it('gives MapLibre the basemap’s layers as URLs, each answered from the loaded file when asked', async () => {
    vi.useFakeTimers();
    const { c, map, overlay } = create();
    const topology = shippedFiles().basemap as BasemapTopology;
    c.setBasemap(packTopology(topology), false);
    c.setLayers({ layers: [layer('provinces')], viewKey: 1, extraVersion: 0 });
    overlay().props.onAfterRender?.();
    vi.runAllTimers();
    const sources = (map.styles[0] as { sources: Record<string, { data: unknown }> }).sources;
    // No GeoJSON in the style: MapLibre would keep a copy of it on the main thread.
    expect(Object.values(sources).map((s) => s.data)).toEqual([
      'atlas-basemap://countries',
      'atlas-basemap://coastline',
      'atlas-basemap://borders',
      'atlas-basemap://world',
    ]);
    const load = made.protocols.get('atlas-basemap');
    if (!load) throw new Error('no basemap protocol');
    const world = (await load({ url: 'atlas-basemap://world' })).data as FeatureCollection;
    expect(world.type).toBe('FeatureCollection');
    expect(world.features).toHaveLength(topology.objects.world.geometries.length);
    await expect(load({ url: 'atlas-basemap://elsewhere' })).rejects.toThrow('no basemap');
  });

  it('lets MapLibre’s sources drop the GeoJSON its worker sent back, keeping their URLs', () => {
    const world = { _data: { geojson: { type: 'FeatureCollection', features: [] } as unknown } };
    const countries = { _data: { url: 'atlas-basemap://countries' } };
    const sources: Record<string, object> = { world, countries, provinces: { _data: { geojson: {} } } };
    releaseBasemapCopies({ getSource: (id: string) => sources[id] } as never);
    expect(world._data).toEqual({ url: 'atlas-basemap://world' });
    expect(countries._data).toEqual({ url: 'atlas-basemap://countries' });
    // Not one of the basemap's sources: left alone.
    expect(sources.provinces).toEqual({ _data: { geojson: {} } });
  });

  it('an error before the first frame means no WebGL; a lost deck.gl context restored gets a new overlay with the same layers', () => {
    const { c, container, map, overlay } = create();
    overlay().props.onError?.(new Error('no context'));
    expect(failures).toEqual(['no-webgl']);
    c.setLayers({ layers: [layer('provinces')], viewKey: 1, extraVersion: 0 });
    const first = overlay();
    const canvas = document.createElement('canvas');
    container.append(canvas);
    canvas.dispatchEvent(new Event('webglcontextlost'));
    canvas.dispatchEvent(new Event('webglcontextrestored'));
    expect(made.overlays).toHaveLength(2);
    expect(map.controls).not.toContain(first);
    expect(map.controls).toContain(overlay());
    // The same layers, as fresh instances: the old ones hold the dead context's buffers.
    expect(ids(overlay().props.layers)).toEqual(['provinces']);
    expect(overlay().props.layers).toEqual([{ id: 'provinces', cloned: true }]);
    expect(getMapHandle()?.overlay).toBe(overlay());
  });

  it('keeps a framed province clear of the bottom sheet: the inset is what the sheet covers of the map', () => {
    const { c, container, map } = create();
    Object.defineProperty(container, 'clientHeight', { value: 600 });
    container.getBoundingClientRect = () => ({ top: 0, bottom: 600, left: 0, right: 400, width: 400, height: 600 }) as DOMRect;
    Object.defineProperty(window, 'innerHeight', { value: 700, configurable: true });
    const bbox = () => [99, 13, 100, 14] as const;
    c.moveTo({ kind: 'province', code: 'TH-10' }, 0, bbox);
    c.moveTo({ kind: 'province', code: 'TH-10' }, 300, bbox);
    const bottoms = map.fits.map((f) => ((f as [unknown, { padding: { bottom: number } }])[1].padding.bottom));
    // A 300 px sheet over a 700 px window covers the map's last 200 px.
    expect(bottoms[1]).toBeGreaterThan(bottoms[0] as number);
    expect((bottoms[1] as number) - (bottoms[0] as number)).toBeGreaterThanOrEqual(150);
  });

  it('fits Thailand beside the overlays when they cover it or free much room, and only then', () => {
    const size = { width: 800, height: 600 };
    const { c, map } = create(size);
    const fits = () => map.fits.length;
    const legend = { left: 0, top: 330, right: 300, bottom: 600 };
    const n = fits();
    c.setOverlays({ size, rects: [] });
    expect(fits()).toBe(n);
    // The legend appears over the land as first fitted.
    c.setOverlays({ size, rects: [legend] });
    expect(fits()).toBe(n + 1);
    expect((map.fits.at(-1) as [unknown, { padding: { left: number } }])[1].padding.left).toBeGreaterThan(300);
    // The legend grew taller (a font arrived): Thailand still avoids it by the same left edge.
    c.setOverlays({ size, rects: [{ ...legend, top: 320 }] });
    expect(fits()).toBe(n + 1);
    // Another indicator's legend, a little narrower: the land stays where it is.
    c.setOverlays({ size, rects: [{ ...legend, right: 270 }] });
    expect(fits()).toBe(n + 1);
    // Wider, over the land: fitted again.
    c.setOverlays({ size, rects: [{ ...legend, right: 420 }] });
    expect(fits()).toBe(n + 2);
    // The map resized: fitted again whatever the overlays.
    c.setOverlays({ size: { width: 700, height: 600 }, rects: [{ ...legend, right: 420 }] });
    expect(fits()).toBe(n + 3);
  });

  it('destroy removes the map and withdraws the handle', () => {
    const { c, map } = create();
    c.destroy();
    expect(map.removed).toBe(true);
    expect(getMapHandle()).toBeNull();
  });
});
