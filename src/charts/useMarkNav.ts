// Keyboard access to a chart's marks, the shell half of keyboardNav.ts: the marks form one tab
// stop (roving tabindex), arrow keys move DOM focus between them, the focused mark is the store's
// hover (so the map and the other charts show it), Enter or Space selects, Escape returns focus
// to the chart's <svg>.
//
// Why listbox/option (not list/listitem, img or button): a focusable listitem or img is a
// document role, so NVDA and JAWS stay in browse mode and swallow the arrow keys before they reach
// us; a listbox is a widget, so they switch to focus mode on entering it, read "Phayao: 0.651,
// not selected, 3 of 77", and aria-selected tells them what Enter does. Real focus on the option
// (not aria-activedescendant) scrolls it into view and is what every screen reader follows.
// Checked in Chromium's accessibility tree: each mark is an option of its listbox (or of a group
// in it; plain <g>s in between need role="none"), named once (see MarkTooltip), with its state.
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';
import type { ProvinceCode } from '../data/types';
import { hoverProvince, selectProvince, store } from '../state/store';
import { tabStopOf } from './keyboardNav';
import { addsToSelection } from '../lib/addsToSelection';

export interface MarkNavInput {
  /** Every focusable mark's key (`data-key`, else `data-code`), in the chart's order. */
  keys: readonly string[];
  /** The province a mark stands for (keys are codes except in the time series). */
  codeOf: (key: string) => ProvinceCode;
  /** The chart's arrow-key rule (keyboardNav.ts); `null` for keys it leaves to the browser. */
  move: (current: string, key: string) => string | null;
  selected: ReadonlySet<ProvinceCode>;
}

export interface MarkNav {
  /** The mark holding the tab stop (`tabIndex` 0); every other mark gets -1. */
  tabStop: string | null;
  /** The mark with DOM focus, however it got there (click, tap, keys); for the readout. */
  focused: string | null;
  /** The focused mark unless a pointer (mouse, finger) put focus there; it gets the focus ring. */
  ring: string | null;
  /** Spread on the `<g>` that holds the marks (role, handlers, ref); no role while it is empty. */
  groupProps: {
    ref: RefObject<SVGGElement | null>;
    role: 'listbox' | undefined;
    'aria-multiselectable': true | undefined;
    onKeyDown: (e: KeyboardEvent<SVGGElement>) => void;
    onFocus: (e: FocusEvent<SVGGElement>) => void;
    onBlur: (e: FocusEvent<SVGGElement>) => void;
  };
}

// A mark's key is its `data-key`, or its `data-code` where the key is the province (rank, regions,
// scatter): one attribute fewer to rewrite on every mark when an indicator change re-ranks them.
const MARK = '[data-key], [data-code]';
const markKey = (el: Element): string | null => el.getAttribute('data-key') ?? el.getAttribute('data-code');

function keyOf(target: EventTarget | null): string | null {
  const el = target instanceof Element ? target.closest(MARK) : null;
  return el === null ? null : markKey(el);
}

function findMark(group: Element, key: string): SVGElement | undefined {
  return [...group.querySelectorAll<SVGElement>(MARK)].find((el) => markKey(el) === key);
}

/** Roving focus over a chart's marks; see the file comment. */
export function useMarkNav({ keys, codeOf, move, selected }: MarkNavInput): MarkNav {
  const groupRef = useRef<SVGGElement | null>(null);
  const [last, setLast] = useState<string | null>(null);
  const [focus, setFocus] = useState<{ key: string; visible: boolean } | null>(null);
  /** The focused mark and the province it put in `hover` (read by blur and the layout effect). */
  const focusRef = useRef<{ key: string; code: ProvinceCode } | null>(null);
  // Focus that follows a pointer press gets no ring, focus after a key press does (the rule of
  // :focus-visible, kept here so that it is the same in every browser and in tests).
  const pointerRef = useRef(false);
  useEffect(() => {
    const onPointer = () => {
      pointerRef.current = true;
    };
    const onKey = () => {
      pointerRef.current = false;
    };
    window.addEventListener('pointerdown', onPointer, true);
    window.addEventListener('keydown', onKey, true);
    return () => {
      window.removeEventListener('pointerdown', onPointer, true);
      window.removeEventListener('keydown', onKey, true);
    };
  }, []);
  const tabStop = tabStopOf(keys, last, (k) => selected.has(codeOf(k)));

  const release = useCallback(() => {
    const was = focusRef.current;
    focusRef.current = null;
    setFocus(null);
    // Only our own hover: the pointer may since have hovered something else.
    if (was && store.getState().session.hover === was.code) hoverProvince(null);
  }, []);

  const onFocus = useCallback(
    (e: FocusEvent<SVGGElement>) => {
      const key = keyOf(e.target);
      if (key === null) return;
      const code = codeOf(key);
      focusRef.current = { key, code };
      setLast(key);
      setFocus({ key, visible: !pointerRef.current });
      hoverProvince(code);
    },
    [codeOf],
  );

  const onBlur = useCallback(
    (e: FocusEvent<SVGGElement>) => {
      if (e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget)) return;
      release();
    },
    [release],
  );

  const onKeyDown = useCallback(
    (e: KeyboardEvent<SVGGElement>) => {
      const group = e.currentTarget;
      const current = keyOf(e.target) ?? tabStop;
      if (current === null) return;
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        if (!e.repeat) selectProvince(codeOf(current), addsToSelection(e));
        return;
      }
      if (e.key === 'Escape') {
        e.preventDefault();
        // The first Escape only leaves the marks; the panels' window-level Escape (clear the
        // selection) then gets the next one, pressed on the chart itself.
        e.stopPropagation();
        const svg = group.ownerSVGElement;
        if (svg) svg.focus({ preventScroll: true });
        if (focusRef.current !== null) release();
        return;
      }
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const next = move(current, e.key);
      if (next === null) return;
      e.preventDefault();
      if (next !== current) findMark(group, next)?.focus();
      else setFocus((f) => (f ? { ...f, visible: true } : f));
    },
    [codeOf, move, release, tabStop],
  );

  // Focus stays with the province, not with the element: charts key their marks by rank or slot
  // (no DOM moves when values change), so after a new indicator or year the focused element may
  // now stand for another province; and a focused mark can disappear (Enter deselects a
  // time-series line, the data change): keep focus in the chart instead of losing it to <body>.
  useLayoutEffect(() => {
    const group = groupRef.current;
    const focused = focusRef.current;
    if (!group || focused === null) return;
    const active = document.activeElement;
    if (active instanceof Element && group.contains(active) && keyOf(active) === focused.key) return;
    const target = findMark(group, focused.key) ?? (tabStop === null ? undefined : findMark(group, tabStop));
    if (target) target.focus();
    else {
      group.ownerSVGElement?.focus({ preventScroll: true });
      release();
    }
  });

  return {
    tabStop,
    focused: focus?.key ?? null,
    ring: focus?.visible ? focus.key : null,
    groupProps: {
      ref: groupRef,
      // An empty listbox is an error to axe (aria-required-children): a chart without marks
      // (no line selected, no province with both values) has a plain group.
      role: keys.length > 0 ? 'listbox' : undefined,
      'aria-multiselectable': keys.length > 0 ? true : undefined,
      onKeyDown,
      onFocus,
      onBlur,
    },
  };
}
