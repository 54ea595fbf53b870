// The interaction state every chart mark shows — hovered, selected, inside or outside a legend or
// brush highlight — read from the store as primitives, and the class names that show it.
import { useMemo, type MouseEvent } from 'react';
import type { ProvinceCode } from '../data/types';
import { hoverProvince, selectProvince, useAtlas } from '../state/store';

export interface MarkState {
  hover: ProvinceCode | null;
  selected: ReadonlySet<ProvinceCode>;
  /** Provinces lit by the legend or a brush; `null` = no highlight, nothing dimmed. */
  highlighted: ReadonlySet<ProvinceCode> | null;
  /** The highlight's codes as stored (its identity tells a brush whether it still owns it). */
  highlightCodes: readonly ProvinceCode[] | null;
}

export function useMarkState(): MarkState {
  const hover = useAtlas((s) => s.session.hover);
  const selection = useAtlas((s) => s.doc.province);
  const highlightCodes = useAtlas((s) => s.session.highlight?.codes ?? null);
  return useMemo(
    () => ({
      hover,
      selected: new Set(selection),
      highlighted: highlightCodes ? new Set(highlightCodes) : null,
      highlightCodes,
    }),
    [hover, selection, highlightCodes],
  );
}

/** `base` plus `is-hovered`, `is-selected`, `is-highlighted` / `is-dimmed` as they apply. */
export function markClass(base: string, code: ProvinceCode, state: MarkState): string {
  let cls = base;
  if (state.hover === code) cls += ' is-hovered';
  if (state.selected.has(code)) cls += ' is-selected';
  if (state.highlighted) cls += state.highlighted.has(code) ? ' is-highlighted' : ' is-dimmed';
  return cls;
}

/** The province of the nearest ancestor with `data-code` (event delegation on a chart group). */
function codeOf(target: EventTarget | null): ProvinceCode | null {
  const el = target instanceof Element ? target.closest('[data-code]') : null;
  return (el?.getAttribute('data-code') as ProvinceCode | null) ?? null;
}

/**
 * Handlers for a group of marks, delegated through `data-code`: pointer over → hover, leaving the
 * group → no hover, click → select (Shift, Ctrl or ⌘ adds to the selection).
 */
export const markHandlers = {
  onMouseOver: (e: MouseEvent) => {
    const code = codeOf(e.target);
    if (code) hoverProvince(code);
  },
  onMouseLeave: () => hoverProvince(null),
  onClick: (e: MouseEvent) => {
    const code = codeOf(e.target);
    if (code) selectProvince(code, e.shiftKey || e.metaKey || e.ctrlKey);
  },
};
