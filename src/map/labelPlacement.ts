// Decides which province labels to show so they never pile up: greedy placement by priority,
// skipping any label whose box would overlap one already placed or leave the viewport.

export interface LabelCandidate {
  id: string;
  /** Centre of the label box in screen pixels. */
  x: number;
  y: number;
  /** Rendered size in pixels (measured from the browser-shaped text). */
  w: number;
  h: number;
  /** Higher is placed first. */
  priority: number;
  /** Other centres to try, in order, when the first is blocked (e.g. a selected name beside a dot). */
  alternates?: readonly { x: number; y: number }[];
}

/** A screen rectangle: left, top, right, bottom in pixels. */
export interface Box {
  l: number;
  t: number;
  r: number;
  b: number;
}

export interface Viewport {
  width: number;
  height: number;
}

/**
 * Returns the labels to show, each with the centre it was placed at (its own, or the first free
 * alternate). `gap` is the empty margin kept around each label, in px.
 * O(n²) in the number of candidates, which is fine for 77 provinces on every camera frame.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  viewport: Viewport,
  gap = 3,
  obstacles: readonly Box[] = [],
): Map<string, { x: number; y: number }> {
  const order = [...candidates].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
  // Obstacles (map symbols) are placed first: no label may cover them.
  const placed: Box[] = [...obstacles];
  const shown = new Map<string, { x: number; y: number }>();
  const fits = (box: Box) =>
    box.l >= 0 && box.t >= 0 && box.r <= viewport.width && box.b <= viewport.height &&
    !placed.some((p) => box.l < p.r && box.r > p.l && box.t < p.b && box.b > p.t);
  for (const c of order) {
    for (const at of [{ x: c.x, y: c.y }, ...(c.alternates ?? [])]) {
      const box = { l: at.x - c.w / 2 - gap, t: at.y - c.h / 2 - gap, r: at.x + c.w / 2 + gap, b: at.y + c.h / 2 + gap };
      if (!fits(box)) continue;
      placed.push(box);
      shown.set(c.id, at);
      break;
    }
  }
  return shown;
}
