// The map shell: a MapLibre basemap built from local data, deck.gl province layers through
// MapLibreOverlay, browser-shaped DOM labels and a React tooltip. State lives in the store;
// this component only bridges it to the imperative map objects.
import { Suspense, useEffect, useMemo, useRef, useState } from 'react';
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { FeatureCollection } from 'geojson';
import type { AtlasData } from '../data/atlasData';
import type { ProvinceCode } from '../data/types';
import { THAILAND_BOUNDS } from '../state/doc';
import { commitView, hoverProvince, requestCamera, selectPlace, selectProvince, setSelection, store, useAtlas } from '../state/store';
import { basemapStyle } from './basemapStyle';
import { DARK_BASEMAP, LIGHT_BASEMAP } from './palette';
import { contextBounds, fitPadding, moveDuration, provincePadding, requestDuration, sameView, viewOf } from './camera';
import type { View } from '../state/doc';
import { sheetHeights } from '../app/sheetSnap';
import { atlasLayers } from './layers/atlasLayers';
import { PlaceTooltip } from './PlaceTooltip';
import { linkSegments } from '../data/network';
import { NETWORK_LAST_YEAR } from '../state/doc';
import { highlightFeatures } from './selectors';
import { indicatorViewOf } from '../state/indicatorView';
import { MapLabels, maplibreSurface } from './MapLabels';
import { MAP_DESCRIPTION_ID, MapSummaryText } from './MapSummaryText';
import { stepByKey } from './stepByKey';
import { watchWebglContexts } from './watchWebglContexts';
import { extraLayersDrawn, useExtraLayers } from './extraLayers';
import { ProvinceTooltip } from './ProvinceTooltip';
import { setMapHandle } from './mapHandle';
import { districtViewOf } from '../state/districtView';
import { DistrictLegend, DistrictTooltip } from './lazyDistrictUi';

maplibregl.setWorkerUrl(workerUrl);

const bounds: maplibregl.LngLatBoundsLike = [
  [THAILAND_BOUNDS[0], THAILAND_BOUNDS[1]],
  [THAILAND_BOUNDS[2], THAILAND_BOUNDS[3]],
];

/** Thailand and the partners abroad (Cork, Copenhagen, Hamburg, Singapore) in one view. */
const WORLD_BOUNDS: maplibregl.LngLatBoundsLike = [
  [-12, -2],
  [112, 60],
];

let mapReadyMarked = false;

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
const EMPTY_BASEMAP = { countries: EMPTY, coastline: EMPTY, borders: EMPTY, world: EMPTY };

function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

interface Tip {
  kind: 'province' | 'place' | 'district';
  id: string;
  x: number;
  y: number;
}

/** Why the WebGL map gave up: the app draws the SVG map instead. */
export type WebglFailure = 'no-webgl' | 'context-lost';

/** How long a lost WebGL context may stay lost before the map gives up on WebGL, in ms. */
export const CONTEXT_RESTORE_TIMEOUT_MS = 4000;

export interface MapViewProps {
  data: AtlasData;
  label: string;
  description: string;
  /** Dark colour scheme for the basemap. */
  dark: boolean;
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
  const hover = useAtlas((s) => s.session.hover);
  const selected = useAtlas((s) => s.doc.province);
  const cameraRequest = useAtlas((s) => s.session.cameraRequest);
  const view = useAtlas((s) => indicatorViewOf(data.indicators, s.doc));
  const highlightCodes = useAtlas((s) => s.session.highlight?.codes ?? null);
  const layers = useAtlas((s) => s.doc.layers);
  const networkYear = useAtlas((s) => s.doc.network ?? NETWORK_LAST_YEAR);
  const place = useAtlas((s) => s.doc.place);
  const userData = useAtlas((s) => s.session.userData);
  const basemap = data.basemap;
  const points = useMemo(() => userData.flatMap((d) => d.points ?? []), [userData]);
  // The user's district sets (import issue, item 6): a choropleth below province level.
  const districtView = useAtlas((s) => districtViewOf(s.session.userData, s.doc));
  const hasDistrictSets = useMemo(() => userData.some((d) => d.districts), [userData]);
  const [districtHover, setDistrictHover] = useState<string | null>(null);
  const districtProvinces = useMemo(() => new Set(districtView?.features.map((f) => f.properties.province)), [districtView]);
  const pilotFeatures = useMemo(
    () => data.places.pilots.flatMap((p) => data.featureByCode.get(p.iso) ?? []),
    [data],
  );
  const segments = useMemo(() => linkSegments(data.places), [data]);
  const highlightSet = useMemo(() => (highlightCodes ? new Set<ProvinceCode>(highlightCodes) : null), [highlightCodes]);
  const surface = useMemo(() => (map ? maplibreSurface(map) : null), [map]);
  const extra = useExtraLayers();
  const extraSetRef = useRef(0);

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
      const padding = fitPadding(container.clientWidth, container.clientHeight);
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
          if (!mapReadyMarked) {
            mapReadyMarked = true;
            performance.mark('atlas:map-ready');
          }
          setProvincesDrawn(true);
        }
        if (extraSetRef.current > 0) extraLayersDrawn(extraSetRef.current);
        // For the benchmark: the first frame drawn with a new indicator view.
        if (viewSetRef.current !== viewDrawnRef.current) {
          viewDrawnRef.current = viewSetRef.current;
          performance.mark('atlas:map-updated');
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

  const highlighted = useMemo(
    () => highlightFeatures(data.featureByCode, hover, selected, highlightCodes ?? []),
    [data, hover, selected, highlightCodes],
  );

  useEffect(() => {
    const overlay = overlayRef.current;
    if (!overlay || !map) return;
    overlay.setProps({
      layers: [...atlasLayers({
        features: data.features,
        outlined: highlighted,
        pilotFeatures,
        cities: data.places.learningCities,
        partners: data.places.partners,
        segments,
        hover,
        selected,
        ...(view ? { fillOf: view.colorOf } : {}),
        highlighted: highlightSet,
        layers,
        networkYear,
        place,
        onProvinceHover: (code, x, y) => {
          hoverProvince(code);
          setTip(code ? { kind: 'province', id: code, x, y } : null);
        },
        onProvinceClick: (code, additive) => {
          selectProvince(code, additive);
          // Below province level: a province with districts is zoomed to, so its districts show.
          if (!additive && districtProvinces.has(code) && store.getState().doc.province.includes(code)) requestCamera({ kind: 'province', code });
        },
        onPlaceHover: (id, x, y) => {
          hoverProvince(null);
          setTip(id ? { kind: 'place', id, x, y } : null);
        },
        onPlaceClick: (id) => selectPlace(id),
        points,
        ...(districtView
          ? {
              districts: {
                features: districtView.features,
                fillOf: districtView.colorOf,
                visible: true,
                hover: districtHover,
                onHover: (f, x, y) => {
                  hoverProvince(f?.properties.province ?? null);
                  setDistrictHover(f?.id ?? null);
                  setTip(f ? { kind: 'district', id: f.id, x, y } : null);
                },
                onClick: (f) => {
                  const code = f.properties.province;
                  const { province } = store.getState().doc;
                  if (province.length === 1 && province[0] === code) return;
                  setSelection([code]);
                  requestCamera({ kind: 'province', code });
                },
              },
            }
          : {}),
      }), ...extra.layers],
      getCursor: ({ isHovering }) => (isHovering ? 'pointer' : 'grab'),
    });
    layersSetRef.current = true;
    viewSetRef.current = view;
    extraSetRef.current = extra.version;
  }, [map, overlayGen, extra, data, hover, selected, highlighted, view, highlightSet, pilotFeatures, segments, layers, networkYear, place, points, districtView, districtProvinces, districtHover]);

  // The basemap's land once the provinces are on screen, and whenever the colour scheme changes;
  // setStyle diffs, so a scheme change only touches paint properties.
  useEffect(() => {
    darkRef.current = dark;
    if (!provincesDrawn) return;
    map?.setStyle(basemapStyle(basemap, dark ? DARK_BASEMAP : LIGHT_BASEMAP));
    // On the basemap only, not all of `data`: setStyle deep-compares GeoJSON sources, seconds of
    // main thread each time the user's data changes the data object.
  }, [map, basemap, dark, provincesDrawn]);

  // Camera requests from anywhere in the app (reset button, the story player, the embed API).
  const cameraSeqRef = useRef(0);
  useEffect(() => {
    // A request is carried out once, even when the effect reruns for other inputs (new data).
    if (!map || !cameraRequest || cameraRequest.seq === cameraSeqRef.current) return;
    cameraSeqRef.current = cameraRequest.seq;
    const { target } = cameraRequest;
    const reduced = prefersReducedMotion();
    // A story's tilted or turned view must not leak into the next fit; essential moves fly
    // even under reduced motion (MapLibre checks the media query itself unless told essential).
    const level = { pitch: 0, bearing: 0, essential: target.motion?.essential ?? false };
    switch (target.kind) {
      case 'fit-thailand':
        if (target.motion) {
          fitThailandRef.current(true, { ...level, duration: requestDuration(target.motion, reduced) });
        } else fitThailandRef.current(true);
        break;
      case 'province': {
        const p = data.index.byCode(target.code);
        if (!p) break;
        const [w, s, e, n] = target.context ? contextBounds(p.bbox) : p.bbox;
        const container = map.getContainer();
        const padding = provincePadding(container.clientHeight, sheetCover(container));
        map.fitBounds([[w, s], [e, n]], { padding, maxZoom: 9, ...level, duration: requestDuration(target.motion, reduced) });
        break;
      }
      case 'world':
        map.fitBounds(WORLD_BOUNDS, { padding: 30, ...level, duration: requestDuration(target.motion, reduced, 1200) });
        break;
      case 'point':
        map.flyTo({
          center: target.coordinates,
          zoom: Math.max(map.getZoom(), 7),
          duration: requestDuration(target.motion, reduced),
        });
        break;
      case 'view':
        map.flyTo({
          center: target.center,
          zoom: target.zoom,
          pitch: target.pitch,
          bearing: target.bearing,
          essential: level.essential,
          duration: requestDuration(target.motion, reduced),
        });
        break;
      default: {
        const never: never = target;
        throw new Error(`unknown camera target ${JSON.stringify(never)}`);
      }
    }
  }, [map, data, cameraRequest]);

  const tipDistrict = tip?.kind === 'district' ? districtView?.features.find((f) => f.id === tip.id) : undefined;
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
      {tip?.kind === 'province' && <ProvinceTooltip province={data.index.byCode(tip.id)} x={tip.x} y={tip.y} view={view} />}
      {tip?.kind === 'place' && <PlaceTooltip places={data.places} id={tip.id} x={tip.x} y={tip.y} />}
      {hasDistrictSets && (
        <Suspense fallback={null}>
          <DistrictLegend view={districtView} datasets={userData} />
          {tipDistrict && districtView && (
            <DistrictTooltip feature={tipDistrict} province={data.index.byCode(tipDistrict.properties.province)} view={districtView} x={tip?.x ?? 0} y={tip?.y ?? 0} />
          )}
        </Suspense>
      )}
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
