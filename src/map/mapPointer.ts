// The WebGL map's pointer: hover and click from MapLibre's own mouse events, hit-tested on the CPU
// (hitTest.ts) instead of by deck.gl's picking, which reads a pixel back from the GPU on every
// pointer move. Handlers hear what deck.gl's `onHover` used to tell them: the thing entered (again
// on each move, for the tooltip's position) and null once the pointer leaves it for another kind
// of thing or for nothing.
import type { Map as MaplibreMap, MapMouseEvent } from 'maplibre-gl';
import type { DistrictFeature } from '../data/import/districts';
import type { ProvinceCode } from '../data/types';
import { addsToSelection } from '../lib/addsToSelection';
import { hitAt, type HitInput, type MapHit } from './hitTest';

export { hitInputOf } from './hitTest';

export interface MapHandlers {
  onProvinceHover: (code: ProvinceCode | null, x: number, y: number) => void;
  onProvinceClick: (code: ProvinceCode, additive: boolean) => void;
  onPlaceHover: (id: string | null, x: number, y: number) => void;
  onPlaceClick: (id: string) => void;
  onDistrictHover: (district: DistrictFeature | null, x: number, y: number) => void;
  onDistrictClick: (district: DistrictFeature) => void;
}

function hover(on: MapHandlers, kind: MapHit['kind'], hit: MapHit | null, x: number, y: number): void {
  if (kind === 'place') on.onPlaceHover(hit?.kind === 'place' ? hit.id : null, x, y);
  else if (kind === 'district') on.onDistrictHover(hit?.kind === 'district' ? hit.feature : null, x, y);
  else on.onProvinceHover(hit?.kind === 'province' ? hit.code : null, x, y);
}

/**
 * Hit-tests `map`'s pointer against `input()` (the model drawn now) and calls `on`. Returns the
 * cleanup. A drag is not a hover: it ends the hover when it starts.
 */
export function watchPointer(map: MaplibreMap, input: () => HitInput, on: MapHandlers): () => void {
  let last: MapHit | null = null;
  const canvas = map.getCanvasContainer();
  const hitOf = (e: MapMouseEvent) => hitAt(input(), e.point, [e.lngLat.lng, e.lngLat.lat], (c) => map.project(c));
  const show = (next: MapHit | null, x: number, y: number) => {
    if (last && last.kind !== next?.kind) hover(on, last.kind, null, x, y);
    last = next;
    if (next) hover(on, next.kind, next, x, y);
    // Over something that a click selects: the hand, as on any link.
    canvas.style.cursor = next ? 'pointer' : '';
  };
  const onMove = (e: MapMouseEvent) => {
    if (e.originalEvent.buttons !== 0) return;
    show(hitOf(e), e.point.x, e.point.y);
  };
  const onLeave = (e: MapMouseEvent) => show(null, e.point.x, e.point.y);
  const onDrag = () => {
    if (last) show(null, 0, 0);
  };
  const onClick = (e: MapMouseEvent) => {
    const hit = hitOf(e);
    if (hit?.kind === 'place') on.onPlaceClick(hit.id);
    else if (hit?.kind === 'district') on.onDistrictClick(hit.feature);
    else if (hit?.kind === 'province') on.onProvinceClick(hit.code, addsToSelection(e.originalEvent));
  };
  map.on('mousemove', onMove);
  map.on('mouseout', onLeave);
  map.on('dragstart', onDrag);
  map.on('click', onClick);
  return () => {
    map.off('mousemove', onMove);
    map.off('mouseout', onLeave);
    map.off('dragstart', onDrag);
    map.off('click', onClick);
    canvas.style.cursor = '';
  };
}
