// The one rule for a click or Enter that adds a province to the selection instead of replacing it:
// Shift, or Ctrl / ⌘ as in file lists. Used by the map (WebGL and SVG), the charts and the table.

/** True when the event's modifier keys ask to add to the selection. */
export function addsToSelection(e: { shiftKey: boolean; metaKey: boolean; ctrlKey: boolean }): boolean {
  return e.shiftKey || e.metaKey || e.ctrlKey;
}
