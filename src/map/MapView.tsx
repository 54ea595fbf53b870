// The map shell: a MapLibre basemap built from local data, deck.gl province layers through
// MapLibreOverlay, browser-shaped DOM labels and a React tooltip. State lives in the store;
// this component only bridges it to the imperative map objects.
import { useEffect, useMemo, useRef, useState } from 'react';
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { FeatureCollection } from 'geojson';
import { THAILAND_BOUNDS } from '../state/doc';
import { commitView, hoverProvince, selectPlace, store, useAtlas } from '../state/store';
import { clickDistrict, clickProvince } from '../state/mapActions';
import { basemapStyle } from './basemapStyle';
import { DARK_BASEMAP, LIGHT_BASEMAP } from './palette';
import { fitPadding, moveDuration, sameView, viewOf } from './camera';
import { cameraMove, thailandPadding } from './cameraMove';
import { useOverlayPadding } from './useOverlayPadding';
import type { View } from '../state/doc';
import { sheetHeights } from '../app/sheetSnap';
import { modelLayers } from './layers/modelLayers';
import { useMapModel } from './useMapModel';
import { MapLabels, maplibreSurface } from './MapLabels';
import { MAP_DESCRIPTION_ID, MapSummaryText } from './MapSummaryText';
import { stepByKey } from './stepByKey';
import { watchWebglContexts } from './watchWebglContexts';
import { extraLayersDrawn, useExtraLayers } from './extraLayers';
import { MapTips, type Tip } from './MapTips';
import { markMapReady, markMapUpdated } from './mapMarks';
import { setMapHandle } from './mapHandle';
import type { AtlasMapProps, WebglFailure } from './mapProps';

maplibregl.setWorkerUrl(workerUrl);

const bounds: maplibregl.LngLatBoundsLike = [
  [THAILAND_BOUNDS[0], THAILAND_BOUNDS[1]],
  [THAILAND_BOUNDS[2], THAILAND_BOUNDS[3]],
];

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
const EMPTY_BASEMAP = { countries: EMPTY, coastline: EMPTY, borders: EMPTY, world: EMPTY };

function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/** How long a lost WebGL context may stay lost before the map gives up on WebGL, in ms. */
export const CONTEXT_RESTORE_TIMEOUT_MS = 4000;

export interface MapViewProps extends AtlasMapProps {
  /** Called once when WebGL cannot be used (no context, or a context lost for good). */
  onWebglFailure?: (reason: WebglFailure) => void;
}

export function MapView({ data, label, description, dark, onWebglFailure }: MapViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const overlayRef = useRef<MapLibreOverlay | null>(null);
  const fitThailandRef = useRef<(animate: boolean, options?: maplibregl.FitBoundsOptions) => void>(() => {});
  const layersSetRef = useRef(false);
  const darkRef = useRef(dark);
  const firstFrameRef = useRef(false);
  const [provincesDrawn, setProvincesDrawn] = useState(false);
  /** The indicator view last handed to deck.gl, and the last one a frame was marked for. */
  const viewSetRef = useRef<unknown>(null);
  const viewDrawnRef = useRef<unknown>(null);
  const [map, setMap] = useState<maplibregl.Map | null>(null);
  /** Bumped when the deck.gl overlay is recreated after a lost context, so layers are set again. */
  const [overlayGen, setOverlayGen] = useState(0);
  const failureRef = useRef(onWebglFailure);
  failureRef.current = onWebglFailure;
  const [tip, setTip] = useState<Tip | null>(null);
  const model = useMapModel(data);
  const { view, hover, selected } = model;
  const cameraRequest = useAtlas((s) => s.session.cameraRequest);
  const basemap = data.basemap;
  const [districtHover, setDistrictHover] = useState<string | null>(null);
  const surface = useMemo(() => (map ? maplibreSurface(map) : null), [map]);
  const extra = useExtraLayers();
  const extraSetRef = useRef(0);
  // Overlays are camera padding: every fit keeps Thailand and the selection clear of the legend.
  const overlay = useOverlayPadding(map?.getContainer() ?? null);
  const overlayPadRef = useRef(overlay);
  overlayPadRef.current = overlay;

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const initial = store.getState().doc.view;
    const padding = fitPadding(container.clientWidth, container.clientHeight);
    let m: maplibregl.Map;
    try {
      m = new maplibregl.Map({
      container,
      // Water only at first: parsing the countries and the world in MapLibre's worker would delay
      // the provinces' first frame; the basemap's land is added right after it (below).
      style: basemapStyle(EMPTY_BASEMAP, darkRef.current ? DARK_BASEMAP : LIGHT_BASEMAP),
      attributionControl: false,
      ...(initial
        ? { center: [initial.lon, initial.lat] as [number, number], zoom: initial.zoom }
        : { bounds, fitBoundsOptions: { padding } }),
      minZoom: 1,
      maxZoom: 12,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      renderWorldCopies: false,
      });
    } catch {
      // MapLibre throws when the browser gives it no WebGL2 context (disabled, blocklisted, lost).
      failureRef.current?.('no-webgl');
      return;
    }
    m.touchZoomRotate.disableRotation();
    m.keyboard.disableRotation();
    m.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');

    // A fit to Thailand is "no view" in the document: the default that adapts to window size.
    // Recognised by where the camera ends up, not by a flag for "the next moveend": a fit that
    // interrupts a flight (a resize mid-animation) ends two moves, and only the last is the fit.
    let fitTarget: View | null = null;
    const fitThailand = (animate: boolean, options: maplibregl.FitBoundsOptions = {}) => {
      const padding = thailandPadding(container.clientWidth, container.clientHeight, overlayPadRef.current);
      const camera = m.cameraForBounds(bounds, { padding });
      fitTarget = camera?.center !== undefined && camera.zoom !== undefined ? viewOf(maplibregl.LngLat.convert(camera.center), camera.zoom) : null;
      m.fitBounds(bounds, {
        padding,
        duration: animate ? moveDuration(prefersReducedMotion()) : 0,
        ...options,
      });
    };
    m.on('moveend', () => {
      const now = viewOf(m.getCenter(), m.getZoom());
      commitView(fitTarget && sameView(now, fitTarget) ? null : now);
    });
    m.on('resize', () => {
      if (store.getState().doc.view === null) fitThailand(false);
    });
    fitThailandRef.current = fitThailand;

    const createOverlay = () => new MapLibreOverlay({
      interleaved: false,
      layers: [],
      onError: (error) => {
        // deck.gl reports a lost context here (watchWebglContexts handles it); an error before the
        // first frame means deck.gl cannot draw at all.
        if (!firstFrameRef.current) failureRef.current?.('no-webgl');
        else if (!/context is lost/i.test(error.message)) console.warn('deck.gl:', error.message);
      },
      // The contract mark: the first frame in which the provinces are drawn.
      onAfterRender: () => {
        if (layersSetRef.current && !firstFrameRef.current) {
          firstFrameRef.current = true;
          markMapReady();
          setProvincesDrawn(true);
        }
        if (extraSetRef.current > 0) extraLayersDrawn(extraSetRef.current);
        // For the benchmark: the first frame drawn with a new indicator view.
        if (viewSetRef.current !== viewDrawnRef.current) {
          viewDrawnRef.current = viewSetRef.current;
          markMapUpdated();
        }
      },
    });
    overlayRef.current = createOverlay();
    m.addControl(overlayRef.current);
    const stopWatching = watchWebglContexts(container, {
      isDeckCanvas: (c) => !c.classList.contains('maplibregl-canvas'),
      onDeckRestored: () => {
        const old = overlayRef.current;
        if (old) m.removeControl(old);
        overlayRef.current = createOverlay();
        m.addControl(overlayRef.current);
        setMapHandle({ map: m, overlay: overlayRef.current, container });
        setOverlayGen((g) => g + 1);
      },
      onGiveUp: () => failureRef.current?.('context-lost'),
      timeoutMs: CONTEXT_RESTORE_TIMEOUT_MS,
    });
    setMap(m);
    setMapHandle({ map: m, overlay: overlayRef.current, container });
    return () => {
      setMapHandle(null);
      stopWatching();
      overlayRef.current = null;
      layersSetRef.current = false;
      firstFrameRef.current = false;
      setProvincesDrawn(false);
      setMap(null);
      m.remove();
    };
    // Created once: new data (the user's imported indicators or points) reaches the map through
    // setProps and setStyle below, without rebuilding MapLibre.
  }, []);

  useEffect(() => {
    const overlay = overlayRef.current;
    if (!overlay || !map) return;
    overlay.setProps({
      layers: [
        ...modelLayers(
          model,
          {
            onProvinceHover: (code, x, y) => {
              hoverProvince(code);
              setTip(code ? { kind: 'province', id: code, x, y } : null);
            },
            onProvinceClick: clickProvince,
            onPlaceHover: (id, x, y) => {
              hoverProvince(null);
              setTip(id ? { kind: 'place', id, x, y } : null);
            },
            onPlaceClick: selectPlace,
            onDistrictHover: (f, x, y) => {
              hoverProvince(f?.properties.province ?? null);
              setDistrictHover(f?.id ?? null);
              setTip(f ? { kind: 'district', id: f.id, x, y } : null);
            },
            onDistrictClick: (f) => clickDistrict(f.properties.province),
          },
          districtHover,
        ),
        ...extra.layers,
      ],
      getCursor: ({ isHovering }) => (isHovering ? 'pointer' : 'grab'),
    });
    layersSetRef.current = true;
    viewSetRef.current = view;
    extraSetRef.current = extra.version;
  }, [map, overlayGen, extra, model, view, districtHover]);

  // The basemap's land once the provinces are on screen, and whenever the colour scheme changes;
  // setStyle diffs, so a scheme change only touches paint properties.
  useEffect(() => {
    darkRef.current = dark;
    if (!provincesDrawn) return;
    map?.setStyle(basemapStyle(basemap, dark ? DARK_BASEMAP : LIGHT_BASEMAP));
    // On the basemap only, not all of `data`: setStyle deep-compares GeoJSON sources, seconds of
    // main thread each time the user's data changes the data object.
  }, [map, basemap, dark, provincesDrawn]);

  // The overlays moved (the legend opened or folded): the default view fits Thailand beside them again.
  useEffect(() => {
    if (map && store.getState().doc.view === null) fitThailandRef.current(false);
  }, [map, overlay]);

  // Camera requests from anywhere in the app (reset button, the story player, the embed API).
  const cameraSeqRef = useRef(0);
  useEffect(() => {
    // A request is carried out once, even when the effect reruns for other inputs (new data).
    if (!map || !cameraRequest || cameraRequest.seq === cameraSeqRef.current) return;
    cameraSeqRef.current = cameraRequest.seq;
    const container = map.getContainer();
    const frame = { height: container.clientHeight, bottomInset: sheetCover(container), zoom: map.getZoom(), overlay: overlayPadRef.current };
    const move = cameraMove(cameraRequest.target, frame, prefersReducedMotion(), (code) => data.index.byCode(code)?.bbox);
    if (!move) return;
    // MapLibre checks the reduced-motion query itself unless a move is marked essential.
    switch (move.kind) {
      case 'fit-thailand': {
        const { duration, essential, pitch, bearing } = move;
        fitThailandRef.current(true, move.explicit ? { duration, essential, pitch, bearing } : {});
        break;
      }
      case 'fit': {
        const { bounds, padding, duration, essential, pitch, bearing, maxZoom } = move;
        map.fitBounds(bounds, { padding, duration, essential, pitch, bearing, ...(maxZoom !== undefined ? { maxZoom } : {}) });
        break;
      }
      case 'fly': {
        const { center, zoom, duration, essential, pitch, bearing } = move;
        map.flyTo({ center, zoom, duration, essential, ...(pitch !== undefined ? { pitch } : {}), ...(bearing !== undefined ? { bearing } : {}) });
        break;
      }
      default: {
        const never: never = move;
        throw new Error(`unknown camera move ${JSON.stringify(never)}`);
      }
    }
  }, [map, data, cameraRequest]);

  return (
    <div
      className="map"
      ref={containerRef}
      role="region"
      aria-label={label}
      aria-describedby={MAP_DESCRIPTION_ID}
      onMouseLeave={() => {
        hoverProvince(null);
        setDistrictHover(null);
        setTip(null);
      }}
      // ] and [ step through provinces by rank; MapLibre's own handler does arrows and +/−.
      onKeyDown={(e) => stepByKey(e, data, view)}
    >
      <MapSummaryText data={data} view={view} description={description} />
      {surface && <MapLabels map={surface} data={data} hover={hover} selected={selected} />}
      <MapTips model={model} tip={tip} />
    </div>
  );
}

/** Pixels at the map's foot that the phone's bottom sheet covers once a selection opens it. */
function sheetCover(container: HTMLElement): number {
  const sheet = document.querySelector('[data-testid="bottom-sheet"]');
  if (!sheet) return 0;
  const open = Math.max(sheet.getBoundingClientRect().height, sheetHeights(window.innerHeight, 0).half);
  return Math.max(0, container.getBoundingClientRect().bottom - (window.innerHeight - open));
}
