// Where the phone's bottom sheet comes to rest: three snap points, chosen from where a drag ends
// and how fast it was moving, or stepped one at a time from the keyboard.

export type SheetState = 'peek' | 'half' | 'full';
export const SHEET_STATES: readonly SheetState[] = ['peek', 'half', 'full'];

/** Visible heights of the sheet in px for a viewport `viewportH` px tall. */
export function sheetHeights(viewportH: number, topReserved: number): Record<SheetState, number> {
  const peek = 96;
  const full = Math.max(peek, viewportH - topReserved);
  const half = Math.min(full, Math.max(peek, Math.round(viewportH * 0.42)));
  return { peek, half, full };
}

/** A flick faster than this (px/ms, upward positive) moves one step past the nearest snap point. */
export const FLICK_VELOCITY = 0.5;

/**
 * The state a drag settles into. `height` is the sheet's visible height when the pointer is
 * released; `velocity` is its rate of growth (px/ms, positive = dragged up).
 */
export function snapSheet(height: number, velocity: number, heights: Record<SheetState, number>): SheetState {
  let nearest: SheetState = 'peek';
  for (const s of SHEET_STATES) {
    if (Math.abs(heights[s] - height) < Math.abs(heights[nearest] - height)) nearest = s;
  }
  if (velocity > FLICK_VELOCITY && heights[nearest] <= height) return stepSheet(nearest, 1);
  if (velocity < -FLICK_VELOCITY && heights[nearest] >= height) return stepSheet(nearest, -1);
  return nearest;
}

/** One step up (`1`) or down (`-1`), stopping at the ends. */
export function stepSheet(state: SheetState, dir: 1 | -1): SheetState {
  const i = SHEET_STATES.indexOf(state) + dir;
  return SHEET_STATES[Math.min(SHEET_STATES.length - 1, Math.max(0, i))] ?? state;
}

/** What a tap on the handle does: open a closed sheet halfway, close an open one. */
export function toggleSheet(state: SheetState): SheetState {
  return state === 'peek' ? 'half' : 'peek';
}
