// Size of an element, kept up to date with a ResizeObserver. Charts take width/height as props
// and this hook feeds them in the browser; where there is no ResizeObserver (jsdom, server
// rendering) the initial size stays.
import { useCallback, useState } from 'react';

export interface Size {
  width: number;
  height: number;
}

/** Whether `next` changes nothing the caller reads (with `widthOnly`, the height is not read). */
export function sameSize(prev: Size, next: Size, widthOnly = false): boolean {
  return prev.width === next.width && (widthOnly || prev.height === next.height);
}

/**
 * Returns a ref callback to put on the measured element, and its content-box size in px
 * (rounded down, so sub-pixel jitter does not re-render the charts). `widthOnly`: a change of
 * height alone keeps the old size, so a column whose height follows its content (the charts,
 * re-laid out on every indicator change) is not rendered a second time for it.
 */
export function useSize<T extends Element>(
  initial: Size = { width: 0, height: 0 },
  { widthOnly = false }: { widthOnly?: boolean } = {},
): [(node: T | null) => void | (() => void), Size] {
  const [size, setSize] = useState<Size>(initial);
  const ref = useCallback((node: T | null) => {
    if (!node || typeof ResizeObserver === 'undefined') return undefined;
    const keep = (prev: Size, next: Size) => sameSize(prev, next, widthOnly);
    // Measure now, not only when the observer first reports: that can be seconds later while the
    // map loads, and until then the charts are drawn at a fallback width that may not fit.
    const cs = getComputedStyle(node);
    const now = {
      width: Math.floor(node.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight)),
      height: Math.floor(node.clientHeight - parseFloat(cs.paddingTop) - parseFloat(cs.paddingBottom)),
    };
    if (now.width > 0) setSize((prev) => (keep(prev, now) ? prev : now));
    const observer = new ResizeObserver((entries) => {
      const box = entries[0]?.contentRect;
      if (!box) return;
      const next = { width: Math.floor(box.width), height: Math.floor(box.height) };
      setSize((prev) => (keep(prev, next) ? prev : next));
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, [widthOnly]);
  return [ref, size];
}
