// The one place where D3 touches the chart DOM: a d3-brush attached by a single ref callback
// (which returns its cleanup, so StrictMode's double mount leaves one brush). The brush lights up
// the provinces inside it through the store (`setHighlight('brush', codes)`); everything else
// about the chart stays React-rendered.
import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import { brush, brushY, type D3BrushEvent } from 'd3-brush';
import { select } from 'd3-selection';
import type { ProvinceCode } from '../data/types';
import { setHighlight, store } from '../state/store';

/** A brushed rectangle in the chart's px coordinates. */
export interface BrushRect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface BrushInput {
  /** `y`: a vertical range (full width); `xy`: a rectangle. */
  kind: 'y' | 'xy';
  /** Where the brush can be drawn: [x0, y0, x1, y1] in px. */
  extent: readonly [number, number, number, number];
  /** The provinces inside a brushed rectangle (from the chart's layout). */
  codesIn: (rect: BrushRect) => readonly ProvinceCode[];
  /** The store's current highlight codes; when another source replaces ours, our brush clears. */
  highlightCodes: readonly ProvinceCode[] | null;
}

/** Returns the ref callback for an empty `<g>` that the brush draws into. */
export function useBrush({ kind, extent, codesIn, highlightCodes }: BrushInput) {
  const codesInRef = useRef(codesIn);
  /** The codes this brush last put in the store (null = it does not own the highlight). */
  const owned = useRef<readonly ProvinceCode[] | null>(null);
  const clearRef = useRef<(() => void) | null>(null);
  useLayoutEffect(() => {
    codesInRef.current = codesIn;
  }, [codesIn]);

  const [ex0, ey0, ex1, ey1] = extent;
  // The extent follows the layout (another indicator has more rows with data) without
  // re-attaching: a new brush would rebuild its DOM on every indicator change.
  const extentRef = useRef<readonly [number, number, number, number]>(extent);
  const attached = useRef<(() => void) | null>(null);
  useLayoutEffect(() => {
    extentRef.current = [ex0, ey0, ex1, ey1];
    attached.current?.();
  }, [ex0, ey0, ex1, ey1]);

  const ref = useCallback(
    (node: SVGGElement | null) => {
      if (!node) return undefined;
      const ownsStore = () => owned.current !== null && store.getState().session.highlight?.codes === owned.current;
      const release = () => {
        if (ownsStore()) setHighlight('brush', null);
        owned.current = null;
      };
      // Not on touch: a finger swiping over a chart is scrolling the panel, not brushing (the
      // legend's classes light up ranges of provinces there instead).
      const behaviour = (kind === 'y' ? brushY<unknown>() : brush<unknown>()).touchable(false);
      const g = select(node);
      const apply = () => {
        const [x0, y0, x1, y1] = extentRef.current;
        behaviour.extent([
          [x0, y0],
          [Math.max(x0, x1), Math.max(y0, y1)],
        ]);
        g.call(behaviour);
      };
      const onEvent = (event: D3BrushEvent<unknown>) => {
        // Programmatic moves (clearing after another highlight took over) have no source event.
        if (!event.sourceEvent) return;
        const sel = event.selection;
        if (!sel) {
          if (event.type === 'end') release();
          return;
        }
        const [x0, , x1] = extentRef.current;
        const rect: BrushRect =
          kind === 'y'
            ? { x0, x1, y0: sel[0] as number, y1: sel[1] as number }
            : {
                x0: (sel[0] as [number, number])[0],
                y0: (sel[0] as [number, number])[1],
                x1: (sel[1] as [number, number])[0],
                y1: (sel[1] as [number, number])[1],
              };
        const codes = codesInRef.current(rect);
        owned.current = codes;
        setHighlight('brush', codes);
      };
      behaviour.on('brush end', onEvent);
      apply();
      attached.current = apply;
      clearRef.current = () => g.call(behaviour.move, null);
      return () => {
        behaviour.on('brush end', null);
        g.on('.brush', null);
        g.selectAll('*').remove();
        clearRef.current = null;
        attached.current = null;
        release();
      };
    },
    [kind],
  );

  useEffect(() => {
    if (owned.current !== null && highlightCodes !== owned.current) {
      owned.current = null;
      clearRef.current?.();
    }
  }, [highlightCodes]);

  return ref;
}
