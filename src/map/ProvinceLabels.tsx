// Province names as DOM text so the browser shapes Thai correctly (deck.gl's TextLayer and
// MapLibre symbols lay Thai out one code point at a time: vowels and tone marks collide).
// React renders the spans once per language; camera frames move them through refs.
import { useEffect, useRef } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AtlasData } from '../data/atlasData';
import type { ProvinceCode } from '../data/types';
import { useAtlas } from '../state/store';
import { placeLabels, type LabelCandidate } from './labelPlacement';
import { labelPriority } from './labelPriority';

interface Props {
  map: MapLibreMap;
  data: AtlasData;
  hover: ProvinceCode | null;
  selected: readonly ProvinceCode[];
}

export function ProvinceLabels({ map, data, hover, selected }: Props) {
  const lang = useAtlas((s) => s.doc.lang);
  const containerRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const spans = new Map<string, HTMLElement>();
    container.querySelectorAll<HTMLElement>('[data-iso]').forEach((el) => spans.set(el.dataset.iso ?? '', el));
    // Sizes are read once per language, in one batch, to avoid layout thrash on every frame.
    const sizes = new Map<string, { w: number; h: number }>();
    spans.forEach((el, iso) => sizes.set(iso, { w: el.offsetWidth, h: el.offsetHeight }));

    const update = () => {
      const canvas = map.getCanvas();
      const viewport = { width: canvas.clientWidth, height: canvas.clientHeight };
      const candidates: LabelCandidate[] = data.provinces.map((p) => {
        const pt = map.project(p.label);
        const size = sizes.get(p.iso) ?? { w: 0, h: 0 };
        return { id: p.iso, x: pt.x, y: pt.y, w: size.w, h: size.h, priority: labelPriority(p, hover, selected) };
      });
      const shown = placeLabels(candidates, viewport);
      for (const c of candidates) {
        const el = spans.get(c.id);
        if (!el) continue;
        const visible = shown.has(c.id);
        el.style.transform = `translate(${Math.round(c.x - c.w / 2)}px, ${Math.round(c.y - c.h / 2)}px)`;
        el.style.visibility = visible ? 'visible' : 'hidden';
        el.classList.toggle('is-selected', selected.includes(c.id as ProvinceCode));
      }
    };
    update();
    map.on('move', update);
    map.on('resize', update);
    return () => {
      map.off('move', update);
      map.off('resize', update);
    };
  }, [map, data, hover, selected, lang]);

  return (
    <div className="province-labels" ref={containerRef} aria-hidden="true">
      {data.provinces.map((p) => (
        <span key={p.iso} data-iso={p.iso} lang={lang} className="province-label">
          {lang === 'th' ? p.nameTh : p.nameEn}
        </span>
      ))}
    </div>
  );
}
