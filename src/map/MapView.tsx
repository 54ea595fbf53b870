// The WebGL map's React shell: creates the map controller (MapLibre + the deck.gl overlay) once,
// hands it the layers the map model gives, the basemap and camera requests, and draws what is
// React's: the browser-shaped province labels, the tooltips and the screen-reader summary. State
// lives in the store; the controller owns the imperative objects.
import { useEffect, useMemo, useRef, useState } from 'react';
import 'maplibre-gl/dist/maplibre-gl.css';
import { commitView, hoverProvince, selectPlace, store, useAtlas } from '../state/store';
import { clickDistrict, clickProvince } from '../state/mapActions';
import { modelLayers } from './layers/modelLayers';
import { useMapModel } from './useMapModel';
import { MapLabels, maplibreSurface } from './MapLabels';
import { MAP_DESCRIPTION_ID, MapSummaryText } from './MapSummaryText';
import { stepByKey } from './stepByKey';
import { useExtraLayers } from './useExtraLayers';
import { MapTips, type Tip } from './MapTips';
import { pageMarks } from './mapMarks';
import { MapController } from './mapController';
import { useMapOverlays } from './useMapOverlays';
import type { AtlasMapProps, MapPane, WebglFailure } from './mapProps';
import type { View } from '../state/doc';
import { NO_MARKS } from './compareMarks';

export interface MapViewProps extends AtlasMapProps {
  /** Called once when WebGL cannot be used (no context, or a context lost for good). */
  onWebglFailure?: (reason: WebglFailure) => void;
  /** One of compare mode's two maps (its year and camera link); absent for the one map. */
  pane?: MapPane<View>;
}

export function MapView({ data, label, description, dark, onWebglFailure, pane }: MapViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const darkRef = useRef(dark);
  const failureRef = useRef(onWebglFailure);
  failureRef.current = onWebglFailure;
  const [controller, setController] = useState<MapController | null>(null);
  const [tip, setTip] = useState<Tip | null>(null);
  const [districtHover, setDistrictHover] = useState<string | null>(null);
  const paneRef = useRef(pane);
  const secondary = pane !== undefined && !pane.primary;
  const model = useMapModel(data, pane?.year);
  const { view, hover, selected } = model;
  const cameraRequest = useAtlas((s) => s.session.cameraRequest);
  const extra = useExtraLayers();
  const surface = useMemo(() => (controller ? maplibreSurface(controller.map) : null), [controller]);

  // Created once: new data (the user's imported indicators or points) reaches the map through
  // setLayers and setBasemap below, without rebuilding MapLibre.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let c: MapController;
    // Compare mode: one camera for both maps. The map moved by the user leads; only the primary
    // map writes the camera to the URL (when the other led, once its move ends).
    const link = paneRef.current;
    const lead = link?.primary === false;
    try {
      c = new MapController(container, {
        initialView: store.getState().doc.view,
        dark: darkRef.current,
        marks: lead ? NO_MARKS : pageMarks,
        onFailure: (reason) => failureRef.current?.(reason),
        onMoveEnd: lead ? (v) => link?.link.ended(link.id, v) : commitView,
        onMove: link ? (v) => link.link.moved(link.id, v) : undefined,
        isDefaultView: () => store.getState().doc.view === null,
        publishHandle: !lead,
      });
    } catch {
      // MapLibre throws when the browser gives it no WebGL2 context (disabled, blocklisted, lost).
      failureRef.current?.('no-webgl');
      return;
    }
    const leave = link?.link.join(link.id, { follow: (v) => c.follow(v), settle: lead ? undefined : commitView });
    if (link && !link.link.camera) link.link.moved(link.id, c.view());
    setController(c);
    return () => {
      leave?.();
      setController(null);
      c.destroy();
    };
  }, []);

  useEffect(() => {
    if (!controller) return;
    const layers = modelLayers(model, districtHover);
    controller.setLayers({ layers: [...layers, ...extra.layers], viewKey: view, extraVersion: extra.version });
  }, [controller, extra, model, view, districtHover]);

  // The pointer is hit-tested against the model drawn now (the ref: no re-subscription per render),
  // by a chunk loaded once the map exists: its point-in-polygon index is not needed for the first
  // frame, and the entry stays within its budget (README "Performance").
  const modelRef = useRef(model);
  modelRef.current = model;
  useEffect(() => {
    if (!controller) return;
    let stop: (() => void) | undefined;
    let live = true;
    // A chunk that failed to load (a dropped connection) is asked for again on the next move.
    const load = () =>
      import('./mapPointer').then(attach, () => {
        if (live) controller.map.once('mousemove', load);
      });
    const attach = ({ watchPointer, hitInputOf }: typeof import('./mapPointer')) => {
      if (!live) return;
      stop = watchPointer(controller.map, () => hitInputOf(modelRef.current), {
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
      });
    };
    void load();
    return () => {
      live = false;
      stop?.();
    };
  }, [controller]);

  // On the basemap only, not all of `data`: the user's data changes the data object, not the basemap.
  const basemap = data.basemap;
  useEffect(() => {
    darkRef.current = dark;
    controller?.setBasemap(basemap, dark);
  }, [controller, basemap, dark]);

  // Overlays are camera padding: every fit keeps Thailand and the selection clear of the legend.
  // Handed over before the camera effect below, so a request in the same render already avoids them.
  const overlays = useMapOverlays(controller?.map.getContainer() ?? null);
  useEffect(() => {
    controller?.setOverlays(overlays);
  }, [controller, overlays]);

  // Camera requests from anywhere in the app (reset button, the story player, the embed API).
  const cameraSeqRef = useRef(0);
  useEffect(() => {
    // A request is carried out once, even when the effect reruns for other inputs (new data).
    // The secondary map of compare mode follows the primary's moves instead.
    if (!controller || secondary || !cameraRequest || cameraRequest.seq === cameraSeqRef.current) return;
    cameraSeqRef.current = cameraRequest.seq;
    controller.moveTo(cameraRequest.target, store.getState().session.sheetCover, (code) => data.index.byCode(code)?.bbox);
  }, [controller, data, cameraRequest, secondary]);

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
      {!secondary && <MapSummaryText data={data} view={view} description={description} />}
      {surface && <MapLabels map={surface} data={data} hover={hover} selected={selected} />}
      <MapTips model={model} tip={tip} />
    </div>
  );
}
