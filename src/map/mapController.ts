// The WebGL map's imperative half, in the react-map-gl manner: one plain object owns MapLibre and
// the deck.gl overlay: created once, handed new layers and basemaps, recovering a lost deck.gl
// context, carrying out camera moves, destroyed once. The React component (MapView) is a thin
// shell that builds the layers from the store and passes them in.
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import type { Layer } from '@deck.gl/core';
import { basemapLayer, type BasemapFile } from '../data/atlasData';
import type { CameraTarget } from '../lib/kinds';
import { THAILAND_BOUNDS, type View } from '../state/doc';
import { BASEMAP_PROTOCOL, BASEMAP_URLS, basemapLayerOfUrl, basemapStyle } from './basemapStyle';
import { fitPadding, moveDuration, sameView, viewOf } from './camera';
import { cameraMove, refitsThailand, thailandPadding, type CameraMove } from './cameraMove';
import type { MapOverlays } from './overlayPadding';
import { setMapHandle } from './mapHandle';
import type { MapMarks } from './mapMarks';
import type { WebglFailure } from './mapProps';
import { IdleOverlay } from './idleOverlay';
import { DARK_BASEMAP, LIGHT_BASEMAP } from './palette';
import { watchWebglContexts } from './watchWebglContexts';

maplibregl.setWorkerUrl(workerUrl);

/** The basemap file the page loaded (one per page: every map draws the same), set by setBasemap. */
let basemapFile: BasemapFile | null = null;

// MapLibre's worker asks the page for each basemap layer by URL (basemapStyle's BASEMAP_URLS): the
// layer is decoded from the topology for this request and posted to the worker, so the main thread
// keeps neither our GeoJSON nor MapLibre's copy of it, only the packed topology.
maplibregl.addProtocol(BASEMAP_PROTOCOL, async ({ url }) => {
  const layer = basemapLayerOfUrl(url);
  if (!layer || !basemapFile) throw new Error(`no basemap for ${url}`);
  return { data: basemapLayer(basemapFile, layer) };
});

const bounds: maplibregl.LngLatBoundsLike = [
  [THAILAND_BOUNDS[0], THAILAND_BOUNDS[1]],
  [THAILAND_BOUNDS[2], THAILAND_BOUNDS[3]],
];

/** What MapLibre 6.17's GeoJSONSource keeps of its data (private; see releaseBasemapCopies). */
interface GeoJsonSourceData {
  _data?: { url?: string; geojson?: unknown };
}

/**
 * MapLibre 6 posts the GeoJSON its worker loaded from a URL back to the main thread and keeps it
 * there (GeoJSONSource `_data`, for getData and updateData, which the atlas never calls): ≈ 1 MB
 * for the basemap, while the worker holds its own index of it. Once a basemap source has loaded,
 * it holds its URL again, as before the load (serialize, and so setStyle's diff, read the same).
 * A MapLibre that renames the field is left alone: the map then only holds the copy.
 */
export function releaseBasemapCopies(map: Pick<maplibregl.Map, 'getSource'>): void {
  for (const [id, url] of Object.entries(BASEMAP_URLS)) {
    const source = map.getSource(id) as GeoJsonSourceData | undefined;
    // Only the land's sources (basemapStyle) carry these ids, and they are made from the URL.
    if (source?._data?.geojson !== undefined) source._data = { url };
  }
}

/** How long a lost WebGL context may stay lost before the map gives up on WebGL, in ms. */
export const CONTEXT_RESTORE_TIMEOUT_MS = 4000;

function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

export interface MapControllerOptions {
  /** The camera to open on; `null` fits Thailand. */
  initialView: View | null;
  dark: boolean;
  marks: MapMarks;
  /** WebGL cannot be used (no context, deck.gl failing before its first frame, a context lost for good). */
  onFailure: (reason: WebglFailure) => void;
  /** The camera after a move: `null` when it is the fit to Thailand (the default that follows the window). */
  onMoveEnd: (view: View | null) => void;
  /** Whether the committed camera is the default (a resize then fits Thailand again). */
  isDefaultView: () => boolean;
  /** Every camera change but those `follow` causes (compare mode's camera link). */
  onMove?: (view: View) => void;
  /** False for a second map (compare mode): the page's map handle stays the first map's. Default true. */
  publishHandle?: boolean;
}

/** Event data of a move made by `follow`: its move and moveend events are not the user's. */
const FOLLOW = { atlasFollow: true };
const isFollow = (e: object) => (e as { atlasFollow?: boolean }).atlasFollow === true;

/** What the overlay is drawing: the layers, and the keys its frames are marked by. */
interface Drawn {
  layers: readonly Layer[];
  /** Changes when the indicator view changes (a frame with a new one is marked for the bench). */
  viewKey: unknown;
  /** Version of the bench's extra layers among `layers`; 0 for none. */
  extraVersion: number;
}

export class MapController {
  readonly map: maplibregl.Map;
  private overlay: IdleOverlay;
  private drawn: Drawn | null = null;
  private firstFrame = false;
  private viewMarked: unknown = null;
  private basemapDark: boolean | null = null;
  private fitTarget: View | null = null;
  /** The boxes over the map (legend, notices, buttons): every fit keeps clear of them. */
  private overlays: MapOverlays | undefined;
  /** The overlays the last fit to Thailand kept clear of; null when the camera never was one. */
  private fitOverlays: MapOverlays | null = null;
  private readonly stopWatching: () => void;
  private destroyed = false;

  /** Creates the map in `container`; throws when the browser gives MapLibre no WebGL2 context. */
  constructor(
    private readonly container: HTMLElement,
    private readonly opts: MapControllerOptions,
  ) {
    const { initialView } = opts;
    if (!initialView) this.fitOverlays = this.bareOverlays();
    this.map = new maplibregl.Map({
      container,
      // Water only at first: parsing the countries and the world in MapLibre's worker would delay
      // the provinces' first frame; the basemap's land is added right after it (setBasemap).
      style: basemapStyle(false, opts.dark ? DARK_BASEMAP : LIGHT_BASEMAP),
      attributionControl: false,
      ...(initialView
        ? { center: [initialView.lon, initialView.lat] as [number, number], zoom: initialView.zoom }
        : { bounds, fitBoundsOptions: { padding: fitPadding(container.clientWidth, container.clientHeight) } }),
      minZoom: 1,
      maxZoom: 12,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      renderWorldCopies: false,
    });
    const m = this.map;
    m.touchZoomRotate.disableRotation();
    m.keyboard.disableRotation();
    m.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    // A fit to Thailand is "no view" in the document: the default that adapts to window size.
    // Recognised by where the camera ends up, not by a flag for "the next moveend": a fit that
    // interrupts a flight (a resize mid-animation) ends two moves, and only the last is the fit.
    m.on('moveend', (e) => {
      if (!isFollow(e)) this.commit();
    });
    m.on('move', (e) => {
      if (!isFollow(e)) opts.onMove?.(viewOf(m.getCenter(), m.getZoom()));
    });
    m.on('resize', () => {
      if (opts.isDefaultView()) this.fitThailand(false);
    });
    m.on('sourcedata', () => releaseBasemapCopies(m));
    this.overlay = this.createOverlay();
    m.addControl(this.overlay);
    this.stopWatching = watchWebglContexts(container, {
      isDeckCanvas: (c) => !c.classList.contains('maplibregl-canvas'),
      // deck.gl 9.4 does not restore its own context: a new overlay, drawing what the old one drew.
      // Fresh layer instances (clone): a layer once drawn holds the dead context's models and
      // picking buffers, and the new deck would reuse them.
      onDeckRestored: () => {
        m.removeControl(this.overlay);
        this.overlay = this.createOverlay();
        m.addControl(this.overlay);
        this.publishHandle();
        if (this.drawn) this.setLayers({ ...this.drawn, layers: this.drawn.layers.map((l) => l.clone({})) });
      },
      onGiveUp: () => opts.onFailure('context-lost'),
      timeoutMs: CONTEXT_RESTORE_TIMEOUT_MS,
    });
    this.publishHandle();
  }

  /** deck.gl's overlay; its animation loop sleeps while nothing needs drawing (idleOverlay.ts). */
  private createOverlay(): IdleOverlay {
    return new IdleOverlay({
      interleaved: false,
      layers: [],
      onError: (error) => {
        // deck.gl reports a lost context here (watchWebglContexts handles it); an error before the
        // first frame means deck.gl cannot draw at all.
        if (!this.firstFrame) this.opts.onFailure('no-webgl');
        else if (!/context is lost/i.test(error.message)) console.warn('deck.gl:', error.message);
      },
      onAfterRender: () => this.afterRender(),
    }, window);
  }

  private afterRender(): void {
    const drawn = this.drawn;
    if (!drawn) return;
    // The contract mark: the first frame in which the provinces are drawn.
    if (!this.firstFrame) {
      this.firstFrame = true;
      this.opts.marks.ready();
      // The basemap's land once the provinces are on screen; out of deck.gl's render callback.
      setTimeout(() => this.applyBasemap(), 0);
    }
    if (drawn.extraVersion > 0) this.opts.marks.extraDrawn(drawn.extraVersion);
    // For the benchmark: the first frame drawn with a new indicator view.
    if (drawn.viewKey !== this.viewMarked) {
      this.viewMarked = drawn.viewKey;
      this.opts.marks.updated();
    }
  }

  /** Reports the camera as it is now through `onMoveEnd` (as a move ending there would). */
  private commit(): void {
    if (this.destroyed) return;
    const now = viewOf(this.map.getCenter(), this.map.getZoom());
    this.opts.onMoveEnd(this.fitTarget && sameView(now, this.fitTarget) ? null : now);
  }

  /** The camera now. */
  view(): View {
    return viewOf(this.map.getCenter(), this.map.getZoom());
  }

  /**
   * Jumps to another map's camera (compare mode) and draws at once, in the leader's frame; the
   * move is not reported (`onMove`, `onMoveEnd`), so it cannot echo back. Stops a move under way.
   */
  follow(view: View): void {
    if (this.destroyed) return;
    this.map.jumpTo({ center: [view.lon, view.lat], zoom: view.zoom }, FOLLOW);
    this.map.redraw();
  }

  private publishHandle(): void {
    if (this.opts.publishHandle === false) return;
    setMapHandle({ map: this.map, overlay: this.overlay, container: this.container });
  }

  /** Hands deck.gl the layers to draw (matched by id, so this is cheap every render). */
  setLayers(drawn: Drawn): void {
    this.drawn = drawn;
    this.overlay.setProps({ layers: [...drawn.layers], getCursor: ({ isHovering }) => (isHovering ? 'pointer' : 'grab') });
  }

  /**
   * The basemap's land and colours; drawn once the provinces are on screen. setStyle diffs, so a
   * scheme change only touches paint properties (the sources' URLs stay the same).
   */
  setBasemap(file: BasemapFile, dark: boolean): void {
    basemapFile = file;
    this.basemapDark = dark;
    if (this.firstFrame) this.applyBasemap();
  }

  private applyBasemap(): void {
    if (this.destroyed || this.basemapDark === null) return;
    this.map.setStyle(basemapStyle(true, this.basemapDark ? DARK_BASEMAP : LIGHT_BASEMAP));
  }

  /**
   * Carries out a camera request. `bottomCover`: px from the window's foot that a bottom sheet
   * covers once open (0 without one); `bboxOf` a province's [west, south, east, north].
   */
  moveTo(target: CameraTarget, bottomCover: number, bboxOf: (code: string) => readonly [number, number, number, number] | undefined): void {
    const rect = this.container.getBoundingClientRect();
    const bottomInset = bottomCover > 0 ? Math.max(0, rect.bottom - (window.innerHeight - bottomCover)) : 0;
    const frame = { height: this.container.clientHeight, bottomInset, zoom: this.map.getZoom(), overlays: this.overlays };
    const move = cameraMove(target, frame, prefersReducedMotion(), bboxOf);
    if (move) this.run(move);
  }

  /**
   * The overlays moved (the legend opened or folded, another indicator's legend is wider): the
   * default view fits Thailand beside them again when they now cover it or when the fit would
   * gain much (`needsRefit`); small changes leave the map where it is.
   */
  setOverlays(overlays: MapOverlays): void {
    if (this.destroyed || overlays === this.overlays) return;
    this.overlays = overlays;
    if (!this.opts.isDefaultView()) return;
    if (this.fitOverlays === null || refitsThailand(this.fitOverlays, overlays)) this.fitThailand(false);
  }

  /** No overlays over the map as it is now (before the first measurement). */
  private bareOverlays(): MapOverlays {
    return { size: { width: this.container.clientWidth, height: this.container.clientHeight }, rects: [] };
  }

  private thailandPadding() {
    return thailandPadding(this.container.clientWidth, this.container.clientHeight, this.overlays);
  }

  private fitThailand(animate: boolean, options: maplibregl.FitBoundsOptions = {}): void {
    const padding = this.thailandPadding();
    this.fitOverlays = this.overlays ?? this.bareOverlays();
    const camera = this.map.cameraForBounds(bounds, { padding });
    this.fitTarget = camera?.center !== undefined && camera.zoom !== undefined ? viewOf(maplibregl.LngLat.convert(camera.center), camera.zoom) : null;
    this.map.fitBounds(bounds, { padding, duration: animate ? moveDuration(prefersReducedMotion()) : 0, ...options });
  }

  // MapLibre checks the reduced-motion query itself unless a move is marked essential.
  private run(move: CameraMove): void {
    switch (move.kind) {
      case 'fit-thailand': {
        const { duration, essential, pitch, bearing } = move;
        this.fitThailand(true, move.explicit ? { duration, essential, pitch, bearing } : {});
        break;
      }
      case 'fit': {
        const { bounds: b, padding, duration, essential, pitch, bearing, maxZoom } = move;
        this.map.fitBounds(b, { padding, duration, essential, pitch, bearing, ...(maxZoom !== undefined ? { maxZoom } : {}) });
        break;
      }
      case 'fly': {
        const { center, zoom, duration, essential, pitch, bearing } = move;
        this.map.flyTo({ center, zoom, duration, essential, ...(pitch !== undefined ? { pitch } : {}), ...(bearing !== undefined ? { bearing } : {}) });
        break;
      }
      default: {
        const never: never = move;
        throw new Error(`unknown camera move ${JSON.stringify(never)}`);
      }
    }
  }

  /** Removes the map, its overlay and listeners; the object is dead afterwards. */
  destroy(): void {
    this.destroyed = true;
    if (this.opts.publishHandle !== false) setMapHandle(null);
    this.stopWatching();
    const canvases = [...this.container.querySelectorAll('canvas')];
    this.map.remove();
    // MapLibre and deck.gl leave their WebGL contexts to the garbage collector, and Chromium keeps
    // 16 at most (the oldest live one is then lost): compare mode makes and drops two maps each
    // time it is entered or left, so the contexts are released here, at once.
    for (const c of canvases) (c.getContext('webgl2') ?? c.getContext('webgl'))?.getExtension('WEBGL_lose_context')?.loseContext();
  }
}
