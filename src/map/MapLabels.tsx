// Names on the map as DOM text so the browser shapes Thai correctly (deck.gl's TextLayer and
// MapLibre symbols lay Thai out one code point at a time: vowels and tone marks collide).
// Province names, pilot marks (▲) and the names of learning cities and partners; React renders
// the spans once per language, camera frames move them through refs.
import { memo, useEffect, useRef } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AtlasData } from '../data/atlasData';
import type { ProvinceCode } from '../data/types';
import { cityJoined, shortName } from '../data/network';
import { NETWORK_LAST_YEAR } from '../state/doc';
import { useAtlas } from '../state/store';
import { placeLabels } from './labelPlacement';
import { labelCandidates } from './labelCandidates';

/**
 * What the labels need of a map: project a [lon, lat] to container pixels, the container's
 * size, and a signal when the camera moves. MapLibre provides it, and so does the SVG map.
 */
export interface LabelSurface {
  project: (lonLat: [number, number]) => { x: number; y: number };
  size: () => { width: number; height: number };
  /** Calls `onMove` after every camera change until the returned function is called. */
  subscribe: (onMove: () => void) => () => void;
}

/** MapLibre as a label surface. */
export function maplibreSurface(map: MapLibreMap): LabelSurface {
  return {
    project: (p) => map.project(p),
    size: () => ({ width: map.getCanvas().clientWidth, height: map.getCanvas().clientHeight }),
    subscribe: (onMove) => {
      map.on('move', onMove);
      map.on('resize', onMove);
      return () => {
        map.off('move', onMove);
        map.off('resize', onMove);
      };
    },
  };
}

interface Props {
  map: LabelSurface;
  data: AtlasData;
  hover: ProvinceCode | null;
  selected: readonly ProvinceCode[];
}

// A memo component: the map re-renders on every indicator change, the labels' inputs do not change
// with it, and ~150 spans were reconciled each time for nothing (issue 16).
export const MapLabels = memo(function MapLabels({ map, data, hover, selected }: Props) {
  const lang = useAtlas((s) => s.doc.lang);
  const layers = useAtlas((s) => s.doc.layers);
  const year = useAtlas((s) => s.doc.network ?? NETWORK_LAST_YEAR);
  const place = useAtlas((s) => s.doc.place);
  const containerRef = useRef<HTMLDivElement>(null);
  const showPilots = layers.includes('pilots');

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const spans = new Map<string, HTMLElement>();
    container.querySelectorAll<HTMLElement>('[data-label]').forEach((el) => spans.set(el.dataset.label ?? '', el));
    // Sizes are read once per render, in one batch, to avoid layout thrash on every frame.
    const sizes = new Map<string, { w: number; h: number }>();
    spans.forEach((el, id) => sizes.set(id, { w: el.offsetWidth, h: el.offsetHeight }));
    const input = {
      provinces: data.provinces,
      cities: data.places.learningCities,
      partners: data.places.partners,
      showCities: (c: (typeof data.places.learningCities)[number]) => layers.includes('cities') && cityJoined(c, year),
      showPartners: layers.includes('partners'),
      hover,
      selected,
      place,
    };

    const update = () => {
      const viewport = map.size();
      const { candidates, obstacles } = labelCandidates(input, map.project, (id) => sizes.get(id) ?? { w: 0, h: 0 });
      const shown = placeLabels(candidates, viewport, 3, obstacles);
      const placed = new Set(candidates.map((c) => c.id));
      for (const c of candidates) {
        const el = spans.get(c.id);
        if (!el) continue;
        const at = shown.get(c.id) ?? c;
        el.style.transform = `translate(${Math.round(at.x - c.w / 2)}px, ${Math.round(at.y - c.h / 2)}px)`;
        el.style.visibility = shown.has(c.id) ? 'visible' : 'hidden';
        el.classList.toggle('is-selected', selected.includes(c.id as ProvinceCode) || c.id === place);
      }
      spans.forEach((el, id) => {
        if (!placed.has(id)) el.style.visibility = 'hidden';
      });
    };
    update();
    return map.subscribe(update);
  }, [map, data, hover, selected, lang, layers, year, place]);

  const pilotCodes = data.pilotCodes;
  return (
    <div className="province-labels" ref={containerRef} aria-hidden="true">
      {data.provinces.map((p) => (
        <span key={p.iso} data-label={p.iso} data-iso={p.iso} lang={lang} className="province-label">
          {showPilots && pilotCodes.has(p.iso) && <span className="pilot-mark">▲ </span>}
          {lang === 'th' ? p.nameTh : p.nameEn}
        </span>
      ))}
      {data.places.learningCities.map((c) => (
        <span key={c.id} data-label={`city:${c.id}`} lang={lang} className="province-label place-label city-label">
          {shortName(c.name[lang])}
        </span>
      ))}
      {data.places.partners.map((p) => (
        <span key={p.id} data-label={`partner:${p.id}`} lang={lang} className="province-label place-label partner-label">
          {shortName(p.name[lang])}
        </span>
      ))}
    </div>
  );
});
