// The map shell: a MapLibre basemap built from local data, deck.gl province layers through
// MapLibreOverlay, browser-shaped DOM labels and a React tooltip. State lives in the store;
// this component only bridges it to the imperative map objects.
import { useEffect, useMemo, useRef, useState } from 'react';
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { FeatureCollection } from 'geojson';
import type { AtlasData } from '../data/atlasData';
import type { ProvinceCode } from '../data/types';
import { THAILAND_BOUNDS } from '../state/doc';
import { commitView, hoverProvince, requestCamera, selectPlace, selectProvince, store, useAtlas } from '../state/store';
import { rankOrder, stepProvince } from '../state/stepProvince';
import { basemapStyle } from './basemapStyle';
import { DARK_BASEMAP, LIGHT_BASEMAP } from './palette';
import { fitPadding, moveDuration, viewOf } from './camera';
import { atlasLayers } from './layers/atlasLayers';
import { PlaceTooltip } from './PlaceTooltip';
import { linkSegments } from '../data/network';
import { NETWORK_LAST_YEAR } from '../state/doc';
import { highlightFeatures } from './selectors';
import { mapSummary } from './mapSummary';
import { indicatorViewOf } from '../state/indicatorView';
import { MapLabels } from './MapLabels';
import { ProvinceTooltip } from './ProvinceTooltip';

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
  kind: 'province' | 'place';
  id: string;
  x: number;
  y: number;
}

interface MapViewProps {
  data: AtlasData;
  label: string;
  description: string;
  /** Dark colour scheme for the basemap. */
  dark: boolean;
}

export function MapView({ data, label, description, dark }: MapViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const overlayRef = useRef<MapLibreOverlay | null>(null);
  const fitThailandRef = useRef<(animate: boolean) => void>(() => {});
  const layersSetRef = useRef(false);
  const darkRef = useRef(dark);
  const firstFrameRef = useRef(false);
  const [provincesDrawn, setProvincesDrawn] = useState(false);
  /** The indicator view last handed to deck.gl, and the last one a frame was marked for. */
  const viewSetRef = useRef<unknown>(null);
  const viewDrawnRef = useRef<unknown>(null);
  const [map, setMap] = useState<maplibregl.Map | null>(null);
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
  const pilotFeatures = useMemo(
    () => data.places.pilots.flatMap((p) => data.featureByCode.get(p.iso) ?? []),
    [data],
  );
  const segments = useMemo(() => linkSegments(data.places), [data]);
  const highlightSet = useMemo(() => (highlightCodes ? new Set<ProvinceCode>(highlightCodes) : null), [highlightCodes]);
  const descriptionId = 'atlas-map-description';
  const lang = useAtlas((s) => s.doc.lang);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const initial = store.getState().doc.view;
    const padding = fitPadding(container.clientWidth, container.clientHeight);
    const m = new maplibregl.Map({
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
    m.touchZoomRotate.disableRotation();
    m.keyboard.disableRotation();
    m.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');

    // A fit to Thailand is "no view" in the document: the default that adapts to window size.
    let fitting = false;
    const fitThailand = (animate: boolean) => {
      fitting = true;
      m.fitBounds(bounds, {
        padding: fitPadding(container.clientWidth, container.clientHeight),
        duration: animate ? moveDuration(prefersReducedMotion()) : 0,
      });
    };
    m.on('moveend', () => {
      if (fitting) {
        fitting = false;
        commitView(null);
        return;
      }
      commitView(viewOf(m.getCenter(), m.getZoom()));
    });
    m.on('resize', () => {
      if (store.getState().doc.view === null) fitThailand(false);
    });
    fitThailandRef.current = fitThailand;

    const overlay = new MapLibreOverlay({
      interleaved: false,
      layers: [],
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
        // For the benchmark: the first frame drawn with a new indicator view.
        if (viewSetRef.current !== viewDrawnRef.current) {
          viewDrawnRef.current = viewSetRef.current;
          performance.mark('atlas:map-updated');
        }
      },
    });
    overlayRef.current = overlay;
    m.addControl(overlay);
    setMap(m);
    return () => {
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
      layers: atlasLayers({
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
        onProvinceClick: (code, additive) => selectProvince(code, additive),
        onPlaceHover: (id, x, y) => {
          hoverProvince(null);
          setTip(id ? { kind: 'place', id, x, y } : null);
        },
        onPlaceClick: (id) => selectPlace(id),
        points,
      }),
      getCursor: ({ isHovering }) => (isHovering ? 'pointer' : 'grab'),
    });
    layersSetRef.current = true;
    viewSetRef.current = view;
  }, [map, data, hover, selected, highlighted, view, highlightSet, pilotFeatures, segments, layers, networkYear, place, points]);

  // The basemap's land once the provinces are on screen, and whenever the colour scheme changes;
  // setStyle diffs, so a scheme change only touches paint properties.
  useEffect(() => {
    darkRef.current = dark;
    if (!provincesDrawn) return;
    map?.setStyle(basemapStyle(basemap, dark ? DARK_BASEMAP : LIGHT_BASEMAP));
    // On the basemap only, not all of `data`: setStyle deep-compares GeoJSON sources, seconds of
    // main thread each time the user's data changes the data object.
  }, [map, basemap, dark, provincesDrawn]);

  // Camera requests from anywhere in the app (reset button, later the story player and API).
  const cameraSeqRef = useRef(0);
  useEffect(() => {
    // A request is carried out once, even when the effect reruns for other inputs (new data).
    if (!map || !cameraRequest || cameraRequest.seq === cameraSeqRef.current) return;
    cameraSeqRef.current = cameraRequest.seq;
    const { target } = cameraRequest;
    switch (target.kind) {
      case 'fit-thailand':
        fitThailandRef.current(true);
        break;
      case 'province': {
        const p = data.index.byCode(target.code);
        if (!p) break;
        const [w, s, e, n] = p.bbox;
        map.fitBounds([[w, s], [e, n]], { padding: 40, maxZoom: 9, duration: moveDuration(prefersReducedMotion()) });
        break;
      }
      case 'world':
        map.fitBounds(WORLD_BOUNDS, { padding: 30, duration: moveDuration(prefersReducedMotion(), 1200) });
        break;
      case 'point':
        map.flyTo({
          center: target.coordinates,
          zoom: Math.max(map.getZoom(), 7),
          duration: moveDuration(prefersReducedMotion()),
        });
        break;
      default: {
        const never: never = target;
        throw new Error(`unknown camera target ${JSON.stringify(never)}`);
      }
    }
  }, [map, data, cameraRequest]);

  return (
    <div
      className="map"
      ref={containerRef}
      role="region"
      aria-label={label}
      aria-describedby={descriptionId}
      onMouseLeave={() => {
        hoverProvince(null);
        setTip(null);
      }}
      onKeyDown={(e) => {
        // ] and [ step through provinces by rank; MapLibre's own handler does arrows and +/−.
        if (e.key !== ']' && e.key !== '[') return;
        e.preventDefault();
        const order = view ? rankOrder(view.ranks, data.indicators.provinces) : data.provinces.map((p) => p.iso);
        const next = stepProvince(order, store.getState().doc.province.at(-1) ?? null, e.key === ']' ? 1 : -1);
        if (!next) return;
        selectProvince(next);
        requestCamera({ kind: 'province', code: next });
      }}
    >
      <p id={descriptionId} className="visually-hidden">
        {description}
      </p>
      <p
        className="visually-hidden"
        data-testid="map-summary"
        data-hover={hover ?? ''}
        data-highlight={highlightCodes?.join(',') ?? ''}
        data-indicator={view?.indicator.id ?? ''}
        data-year={view?.year ?? ''}
      >
        {mapSummary(view, data.index.byCode, highlightCodes, lang)}
      </p>
      {map && <MapLabels map={map} data={data} hover={hover} selected={selected} />}
      {tip?.kind === 'province' && <ProvinceTooltip province={data.index.byCode(tip.id)} x={tip.x} y={tip.y} view={view} />}
      {tip?.kind === 'place' && <PlaceTooltip places={data.places} id={tip.id} x={tip.x} y={tip.y} />}
    </div>
  );
}
