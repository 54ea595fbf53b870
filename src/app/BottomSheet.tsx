// On a phone the side column becomes a bottom sheet over the map: a peek strip by default,
// dragged or tapped open to half or full height, and opened by itself when something is
// selected so the figures the user asked for are on screen.
import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { setSheetCover, useAtlas } from '../state/store';
import { useT } from '../i18n/useT';
import { sheetHeights, snapSheet, stepSheet, toggleSheet, type SheetState } from './sheetSnap';

interface Drag {
  startY: number;
  startH: number;
  lastY: number;
  lastT: number;
  velocity: number;
}

/** Space kept above a fully open sheet so the header (and language toggle) stay reachable. */
function topReserved(): number {
  return document.querySelector('.app-header')?.getBoundingClientRect().height ?? 64;
}

export function BottomSheet({ children }: { children: ReactNode }) {
  const tr = useT();
  const [state, setState] = useState<SheetState>('peek');
  const [dragH, setDragH] = useState<number | null>(null);
  const drag = useRef<Drag | null>(null);
  const selection = useAtlas((s) => `${s.doc.province.join(',')}|${s.doc.place ?? ''}`);

  // A new selection opens the sheet far enough to read it; it never closes it.
  const first = useRef(true);
  useEffect(() => {
    if (first.current && selection === '|') {
      first.current = false;
      return;
    }
    first.current = false;
    if (selection !== '|') setState((s) => (s === 'peek' ? 'half' : s));
  }, [selection]);

  // Heights follow the viewport (rotation, the phone's URL bar) so CSS and drags agree.
  const [viewportH, setViewportH] = useState(() => window.innerHeight);
  useEffect(() => {
    const onResize = () => setViewportH(window.innerHeight);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  const heights = () => sheetHeights(viewportH, topReserved());

  // What the sheet covers once a selection opens it, for the map's camera (at least half open).
  const shown = dragH ?? heights()[state];
  const cover = Math.max(shown, sheetHeights(viewportH, 0).half);
  useEffect(() => setSheetCover(cover), [cover]);
  useEffect(() => () => setSheetCover(0), []);

  const onPointerDown = (e: PointerEvent<HTMLButtonElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    const h = heights()[state];
    drag.current = { startY: e.clientY, startH: h, lastY: e.clientY, lastT: e.timeStamp, velocity: 0 };
  };
  const onPointerMove = (e: PointerEvent<HTMLButtonElement>) => {
    const d = drag.current;
    if (!d) return;
    const dt = e.timeStamp - d.lastT;
    if (dt > 0) d.velocity = (d.lastY - e.clientY) / dt;
    d.lastY = e.clientY;
    d.lastT = e.timeStamp;
    const hs = heights();
    setDragH(Math.min(hs.full, Math.max(hs.peek, d.startH + d.startY - e.clientY)));
  };
  const onPointerUp = (e: PointerEvent<HTMLButtonElement>) => {
    const d = drag.current;
    drag.current = null;
    setDragH(null);
    if (!d) return;
    // A press that barely moved is a tap: the click handler toggles.
    if (Math.abs(e.clientY - d.startY) < 6) return;
    setState(snapSheet(d.startH + d.startY - e.clientY, d.velocity, heights()));
    suppressClick.current = true;
  };
  const suppressClick = useRef(false);
  const onClick = () => {
    if (suppressClick.current) {
      suppressClick.current = false;
      return;
    }
    setState(toggleSheet);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key === 'ArrowUp') setState((s) => stepSheet(s, 1));
    else if (e.key === 'ArrowDown') setState((s) => stepSheet(s, -1));
    else return;
    e.preventDefault();
  };

  return (
    <section
      className="sheet"
      data-state={state}
      data-testid="bottom-sheet"
      aria-label={tr('sheetLabel')}
      style={dragH === null ? { height: `${heights()[state]}px` } : { height: `${dragH}px`, transition: 'none' }}
    >
      <button
        type="button"
        className="sheet-handle"
        aria-expanded={state !== 'peek'}
        title={tr('sheetHint')}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => {
          drag.current = null;
          setDragH(null);
        }}
        onClick={onClick}
        onKeyDown={onKeyDown}
      >
        <span className="sheet-grip" aria-hidden="true" />
        <span className="sheet-title">{tr('sheetLabel')}</span>
      </button>
      <div className="sheet-body">{children}</div>
    </section>
  );
}
