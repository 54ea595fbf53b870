// Keyboard helpers for the chart component tests (jsdom has no Tab key of its own, and the
// project has no user-event): Tab moves to the next element in the tab order, as a browser does.
import { act, fireEvent } from '@testing-library/react';

const TABBABLE = 'a[href], button, input, select, textarea, [tabindex]';

/** Focuses the next tab stop after the focused element (tabindex ≥ 0, document order). */
export function pressTab(): Element {
  const all = [...document.querySelectorAll(TABBABLE)].filter((el) => Number(el.getAttribute('tabindex') ?? '0') >= 0);
  const from = document.activeElement;
  const start = from === null || from === document.body ? null : from;
  // Descendants count as following: Tab from the <svg> goes to its tab stop inside.
  const next = (start && all.find((el) => start.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)) || all[0];
  if (!next) throw new Error('nothing to tab to');
  act(() => (next as HTMLElement | SVGElement).focus());
  return next;
}

/** Presses `key` (with modifiers) on the focused element. */
export function press(key: string, init: KeyboardEventInit = {}): void {
  const target = document.activeElement ?? document.body;
  fireEvent.keyDown(target, { key, ...init });
}

/** The element with focus, as an SVG element (or null when focus is on <body>). */
export function focused(): Element | null {
  return document.activeElement === document.body ? null : document.activeElement;
}
