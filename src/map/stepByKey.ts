// `]` and `[` on a focused map step to the next/previous province by rank, select it and frame
// it. Shared by the WebGL map and the SVG map so both answer the same keys.
import type { KeyboardEvent } from 'react';
import type { AtlasData } from '../data/atlasData';
import type { IndicatorView } from '../state/indicatorView';
import { rankOrder, stepProvince } from '../state/stepProvince';
import { hoverProvince, requestCamera, selectProvince, store } from '../state/store';

/** Handles `]`/`[`; returns true when it did (the caller leaves other keys alone). */
export function stepByKey(e: KeyboardEvent, data: AtlasData, view: IndicatorView | null): boolean {
  if (e.key !== ']' && e.key !== '[') return false;
  e.preventDefault();
  const order = view ? rankOrder(view.ranks, data.indicators.provinces) : data.provinces.map((p) => p.iso);
  const next = stepProvince(order, store.getState().doc.province.at(-1) ?? null, e.key === ']' ? 1 : -1);
  if (!next) return true;
  // The pointer's hover is stale once the map moves under it: the tooltip (MapTips shows a
  // province tip only while the store hovers it) and the highlight go with it, on both renderers.
  hoverProvince(null);
  selectProvince(next);
  requestCamera({ kind: 'province', code: next });
  return true;
}
