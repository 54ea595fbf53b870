// The map without WebGL: the province choropleth as React-owned SVG (d3-geo does the projection
// in svgMapLayout), drawn from the same map model as the WebGL map (provinces, districts, pilots,
// the network's arcs, partners and cities, the world's land in the world view), with the same DOM
// labels, tooltip, keyboard and screen-reader summary. Loaded lazily: only browsers that cannot
// draw WebGL (or lost it for good) fetch this chunk.
import { useEffect, useMemo, useRef, useState } from 'react';
import { hoverProvince } from '../../state/store';
import { clickProvince } from '../../state/mapActions';
import { useT } from '../../i18n/useT';
import { useMapModel } from '../useMapModel';
import { MapLabels, type LabelSurface } from '../MapLabels';
import { MAP_DESCRIPTION_ID, MapSummaryText } from '../MapSummaryText';
import { MapTips, type Tip } from '../MapTips';
import { markMapReady } from '../mapMarks';
import { stepByKey } from '../stepByKey';
import { basemapLayersAt, worldLand } from '../basemapStyle';
import { basemapData } from '../../data/atlasData';
import type { AtlasMapProps, MapPane, WebglFailure } from '../mapProps';
import { applyTransform, svgMapLayout, transformAttr, type SvgTransform } from './svgMapLayout';
import { BORDER, outlineStroke, PILOT_STROKES, provinceFill } from './svgMapStyle';
import { SvgPlaces } from './SvgPlaces';
import { useSvgCamera } from './useSvgCamera';
import { useFitOverlays, useMeasuredOverlays } from '../useMapOverlays';
import { ExportSvgButton } from './ExportSvgButton';
import './svgMap.css';
import { SvgDistricts } from './SvgDistricts';
import { addsToSelection } from '../../lib/addsToSelection';

const FALLBACK_SIZE = { width: 600, height: 500 };

interface Props extends AtlasMapProps {
  reason: WebglFailure;
  /** One of compare mode's two maps (its year and camera link); absent for the one map. */
  pane?: MapPane<SvgTransform>;
}

export function SvgMapView({ data, label, description, dark, reason, pane }: Props) {
  const secondary = pane !== undefined && !pane.primary;
  const tr = useT();
  const [mapRef, measured, overlays] = useMeasuredOverlays<HTMLDivElement>();
  const size = measured.width > 0 && measured.height > 0 ? measured : FALLBACK_SIZE;
  // Decoded here, only when the SVG map draws: the loaded data keeps the basemap as TopoJSON.
  const basemap = useMemo(() => basemapData(data.basemap), [data.basemap]);
  // Fitted beside the overlays of the last fit (useFitOverlays); moves take the live ones.
  const fitOverlays = useFitOverlays(overlays);
  const fitted = useMemo(
    () => svgMapLayout(data.features, basemap.countries.features, size, worldLand(basemap.world.features), fitOverlays),
    [data.features, basemap, size, fitOverlays],
  );
  const layout = useMemo(() => (fitted.overlays === overlays ? fitted : { ...fitted, overlays }), [fitted, overlays]);
  const camera = useSvgCamera(data, layout, pane);
  const [tip, setTip] = useState<Tip | null>(null);
  const model = useMapModel(data, pane?.year);
  const { view, hover, selected, layers, outlined, districts: districtView } = model;
  const pathOf = useMemo(() => new Map(layout.provinces.map((p) => [p.code, p.d])), [layout]);

  // Labels follow the camera through a stable surface: the transform is read at projection time.
  const transformRef = useRef(camera.transform);
  const listeners = useRef(new Set<() => void>());
  const surface = useMemo<LabelSurface>(
    () => ({
      project: (p) => applyTransform(transformRef.current, layout.fitted(p)),
      size: () => layout.size,
      subscribe: (onMove) => {
        listeners.current.add(onMove);
        return () => listeners.current.delete(onMove);
      },
    }),
    [layout],
  );
  useEffect(() => {
    transformRef.current = camera.transform;
    listeners.current.forEach((f) => f());
  }, [camera.transform]);

  // The contract mark, once per page: the provinces are on screen with the indicator's colours.
  useEffect(() => {
    if (measured.width > 0) markMapReady();
  }, [measured.width, view]);

  const strokeScale = 1 / camera.transform.k;
  const basemapShown = basemapLayersAt(layout.zoomOf(camera.transform.k));
  const pointAt = (e: { clientX: number; clientY: number; currentTarget: Element }) => {
    const box = e.currentTarget.closest('.map')?.getBoundingClientRect();
    return { x: e.clientX - (box?.left ?? 0), y: e.clientY - (box?.top ?? 0) };
  };
  // Off the provinces and places (sea, other countries) nothing is hovered, as on the WebGL map.
  const clearHover = () => {
    hoverProvince(null);
    setTip(null);
  };

  return (
    <div
      className={`map svg-map${dark ? ' is-dark' : ''}`}
      ref={mapRef}
      role="region"
      aria-label={label}
      aria-describedby={MAP_DESCRIPTION_ID}
      tabIndex={0}
      data-renderer="svg"
      onMouseLeave={clearHover}
      onKeyDown={(e) => {
        // A step or a camera move takes the province away from under the pointer: its tip goes too.
        if (stepByKey(e, data, view) || camera.onKey(e)) clearHover();
      }}
    >
      {!secondary && <MapSummaryText data={data} view={view} description={description} />}
      <svg
        className="svg-map-canvas"
        width={layout.size.width}
        height={layout.size.height}
        ref={camera.wheelRef}
        aria-hidden="true"
        onPointerDown={camera.onPointerDown}
        onPointerMove={camera.onPointerMove}
        onPointerUp={camera.onPointerUp}
      >
        <rect className="svg-map-water" width={layout.size.width} height={layout.size.height} onPointerMove={clearHover} />
        <g transform={transformAttr(camera.transform)}>
          {basemapShown.worldFill && (
            <g
              className={`svg-map-world${basemapShown.worldOutline ? ' is-outlined' : ''}`}
              data-testid="svg-world"
              strokeWidth={0.6 * strokeScale}
              onPointerMove={clearHover}
            >
              {layout.world.map((d, i) => (
                <path key={i} d={d} />
              ))}
            </g>
          )}
          {basemapShown.region && (
            <g className="svg-map-land" data-testid="svg-region" strokeWidth={0.5 * strokeScale} onPointerMove={clearHover}>
              {layout.land.map((d, i) => (
                <path key={i} d={d} />
              ))}
            </g>
          )}
          <g stroke={BORDER.stroke} strokeWidth={BORDER.width * strokeScale} strokeLinejoin="round">
            {layout.provinces.map((p) => {
              const f = provinceFill(p.code, model.fillOf, model.highlighted, hover, selected);
              return (
                <path
                  key={p.code}
                  className="svg-province"
                  data-iso={p.code}
                  d={p.d}
                  fill={f.fill}
                  fillOpacity={f.opacity}
                  onPointerMove={(e) => {
                    hoverProvince(p.code);
                    setTip({ kind: 'province', id: p.code, ...pointAt(e) });
                  }}
                  onClick={(e) => {
                    if (camera.dragged()) return;
                    clickProvince(p.code, addsToSelection(e));
                  }}
                />
              );
            })}
          </g>
          {districtView && (
            <SvgDistricts
              view={districtView}
              layout={layout}
              strokeScale={strokeScale}
              hover={tip?.kind === 'district' ? tip.id : null}
              onHover={(f, e) => setTip({ kind: 'district', id: f.id, ...pointAt(e) })}
              dragged={camera.dragged}
            />
          )}
          {layers.includes('pilots') &&
            PILOT_STROKES.map((s, i) => (
              <g key={i} className="svg-pilots" fill="none" stroke={s.stroke} strokeWidth={s.width * strokeScale} strokeLinejoin="round">
                {[...data.pilotCodes].map((c) => (
                  <path key={c} d={pathOf.get(c)} />
                ))}
              </g>
            ))}
          <g fill="none" strokeLinejoin="round" className="svg-outlines">
            {outlined.map((f) => {
              const s = outlineStroke(f.id, hover, selected);
              return <path key={f.id} data-outline={f.id} d={pathOf.get(f.id)} stroke={s.stroke} strokeWidth={s.width * strokeScale} />;
            })}
          </g>
          <SvgPlaces
            model={model}
            layout={layout}
            strokeScale={strokeScale}
            onHover={(id, e) => {
              hoverProvince(null);
              setTip({ kind: 'place', id, ...pointAt(e) });
            }}
            dragged={camera.dragged}
          />
        </g>
      </svg>
      <MapLabels map={surface} data={data} hover={hover} selected={selected} />
      {!secondary && (
        <p className="svg-map-notice" role="status">
          {tr(reason === 'context-lost' ? 'svgNoticeLost' : 'svgNoticeNoWebgl')}
        </p>
      )}
      <div className="svg-map-controls">
        <button type="button" aria-label={tr('zoomIn')} onClick={() => camera.zoomBy(1.5)}>
          +
        </button>
        <button type="button" aria-label={tr('zoomOut')} onClick={() => camera.zoomBy(1 / 1.5)}>
          −
        </button>
        {/* With the zoom buttons, out of the legend's and the notice's way at any size or zoom. */}
        {!secondary && <ExportSvgButton data={data} className="svg-map-export" icon />}
      </div>
      <MapTips model={model} tip={tip} />
    </div>
  );
}
