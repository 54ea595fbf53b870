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

/**
 * MapLibre as a label surface. The size is read once and again only after MapLibre's `resize`:
 * reading the canvas's size on every placement forced a layout of the page each camera frame and
 * each hover (2.6 ms a hover, 6 Dec 2026), the labels' own moves having just invalidated it.
 */
export function maplibreSurface(map: MapLibreMap): LabelSurface {
  let size: { width: number; height: number } | null = null;
  map.on('resize', () => {
    size = null;
  });
  return {
    project: (p) => map.project(p),
    size: () => (size ??= { width: map.getCanvas().clientWidth, height: map.getCanvas().clientHeight }),
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

  // The spans' sizes, kept by a ResizeObserver from the layout the browser does anyway: a hover
  // re-places the labels without reading every span's size, which forced a layout of the whole
  // page after the charts had changed (3.4 ms a hover, 6 Dec 2026). The observer also catches what
  // else resizes a label: the Thai font arriving, high contrast, language, the story's vw sizes.
  const sizes = useRef(new Map<string, { w: number; h: number }>());
  const relayout = useRef<() => void>(() => {});
  useEffect(() => {
    const container = containerRef.current;
    if (!container || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver((entries) => {
      for (const e of entries) {
        const box = e.borderBoxSize?.[0];
        const el = e.target as HTMLElement;
        sizes.current.set(el.dataset.label ?? '', box ? { w: box.inlineSize, h: box.blockSize } : { w: el.offsetWidth, h: el.offsetHeight });
      }
      relayout.current();
    });
    container.querySelectorAll('[data-label]').forEach((el) => observer.observe(el));
    return () => observer.disconnect();
  }, [data]);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const spans = new Map<string, HTMLElement>();
    container.querySelectorAll<HTMLElement>('[data-label]').forEach((el) => spans.set(el.dataset.label ?? '', el));
    // Without a ResizeObserver (tests' DOM), sizes are read here, once per run, in one batch.
    if (typeof ResizeObserver === 'undefined') spans.forEach((el, id) => sizes.current.set(id, { w: el.offsetWidth, h: el.offsetHeight }));
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
      const { candidates, obstacles } = labelCandidates(input, map.project, (id) => sizes.current.get(id) ?? { w: 0, h: 0 });
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
    relayout.current = update;
    update();
    const unsubscribe = map.subscribe(update);
    return () => {
      unsubscribe();
      relayout.current = () => {};
    };
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
