// The interaction state every chart mark shows — selected, inside or outside a legend or brush
// highlight — read from the store as primitives, and the class names that show it. Hover is kept
// out of the charts' render (useHoverClass): the pointer crosses provinces all the time, and
// re-rendering every chart for each one cost a frame (16 ms of script a hover, 6 Dec 2026).
import { useCallback, useEffect, useLayoutEffect, useMemo, type MouseEvent, type RefObject } from 'react';
import type { ProvinceCode } from '../data/types';
import { hoverProvince, selectProvince, store, useAtlas } from '../state/store';
import { addsToSelection } from '../lib/addsToSelection';

export interface MarkState {
  selected: ReadonlySet<ProvinceCode>;
  /** Provinces lit by the legend or a brush; `null` = no highlight, nothing dimmed. */
  highlighted: ReadonlySet<ProvinceCode> | null;
  /** The highlight's codes as stored (its identity tells a brush whether it still owns it). */
  highlightCodes: readonly ProvinceCode[] | null;
}

export function useMarkState(): MarkState {
  const selection = useAtlas((s) => s.doc.province);
  const highlightCodes = useAtlas((s) => s.session.highlight?.codes ?? null);
  return useMemo(
    () => ({
      selected: new Set(selection),
      highlighted: highlightCodes ? new Set(highlightCodes) : null,
      highlightCodes,
    }),
    [selection, highlightCodes],
  );
}

/** `base` plus `is-selected`, `is-highlighted` / `is-dimmed` as they apply (`is-hovered`: useHoverClass). */
export function markClass(base: string, code: ProvinceCode, state: MarkState): string {
  let cls = base;
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
    if (code) selectProvince(code, addsToSelection(e));
  },
};

/** Moves `is-hovered` to the marks (`.mark[data-code]`) of province `hover` inside `root`. */
function showHover(root: Element, hover: ProvinceCode | null): void {
  // Only the marks that change are touched: this runs after every commit of a chart.
  for (const el of root.querySelectorAll('.mark.is-hovered')) {
    if (el.getAttribute('data-code') !== hover) el.classList.remove('is-hovered');
  }
  if (hover === null) return;
  for (const el of root.querySelectorAll(`.mark[data-code="${cssString(hover)}"]`)) el.classList.add('is-hovered');
}

/** `s` escaped for a double-quoted CSS string (a code is `TH-` and any text). */
const cssString = (s: string) => s.replace(/["\\]/g, '\\$&').replace(/\n/g, '\\a ');

/**
 * Keeps `is-hovered` on the store's hovered province's marks inside `ref`, outside React's render:
 * a new hover toggles a class on a few elements instead of re-rendering the chart. After each of
 * the chart's commits it is set again (React rewrites a mark's class when its selection or
 * highlight changes, and that drops the class).
 */
export function useHoverClass(ref: RefObject<Element | null>): void {
  const show = useCallback(() => {
    if (ref.current) showHover(ref.current, store.getState().session.hover);
  }, [ref]);
  useLayoutEffect(show);
  useEffect(
    () =>
      store.subscribe((s, prev) => {
        if (s.session.hover !== prev.session.hover) show();
      }),
    [show],
  );
}
