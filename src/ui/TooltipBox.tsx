// The tooltip's box: placed beside the pointer and flipped at the map's edges after measuring.
import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { tooltipPosition } from './tooltipPosition';

export function TooltipBox({ x, y, dataId, children }: { x: number; y: number; dataId: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  // Measured after render so the flip near the edges uses the real, shaped text size.
  useLayoutEffect(() => {
    const el = ref.current;
    const parent = el?.parentElement;
    if (!el || !parent) return;
    const { left, top } = tooltipPosition(
      x,
      y,
      { width: el.offsetWidth, height: el.offsetHeight },
      { width: parent.clientWidth, height: parent.clientHeight },
    );
    el.style.transform = `translate(${left}px, ${top}px)`;
  });
  return (
    <div className="tooltip" role="tooltip" data-iso={dataId} ref={ref}>
      {children}
    </div>
  );
}
