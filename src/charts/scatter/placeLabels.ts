// Placing point labels (selected and hovered provinces, the national cross) beside their points
// without overlapping each other or leaving the plot. Pure.
import { approxMeasure, type MeasureText } from '../text';

export interface LabelAnchor {
  key: string;
  x: number;
  y: number;
  text: string;
}

export interface PlacedLabel {
  key: string;
  x: number;
  /** Baseline. */
  y: number;
  anchor: 'start' | 'end';
}

/**
 * Places point labels (selected and hovered provinces, the national cross) beside their points
 * without overlapping each other: each tries right-above, right-below, left-above, left-below,
 * and takes the first that stays inside `bounds` and clear of the labels placed before it (else
 * the least-overlapping one). Deterministic, in input order.
 */
export function placeLabels(
  anchors: readonly LabelAnchor[],
  bounds: { left: number; right: number; top: number; bottom: number },
  fontSize: number,
  measure: MeasureText = approxMeasure,
  offset = 6,
): PlacedLabel[] {
  type Rect = [number, number, number, number];
  const placed: Rect[] = [];
  const overlap = (a: Rect, b: Rect) =>
    Math.max(0, Math.min(a[2], b[2]) - Math.max(a[0], b[0])) * Math.max(0, Math.min(a[3], b[3]) - Math.max(a[1], b[1]));
  return anchors.map((a) => {
    const w = measure(a.text, fontSize);
    const up = a.y - offset + 1;
    const down = a.y + offset + fontSize - 1;
    const options: PlacedLabel[] = [
      { key: a.key, x: a.x + offset, y: up, anchor: 'start' },
      { key: a.key, x: a.x + offset, y: down, anchor: 'start' },
      { key: a.key, x: a.x - offset, y: up, anchor: 'end' },
      { key: a.key, x: a.x - offset, y: down, anchor: 'end' },
    ];
    const rectOf = (p: PlacedLabel): Rect => {
      const x0 = p.anchor === 'start' ? p.x : p.x - w;
      return [x0, p.y - fontSize, x0 + w, p.y + 3];
    };
    const cost = (p: PlacedLabel) => {
      const r = rectOf(p);
      const outside =
        Math.max(0, bounds.left - r[0]) + Math.max(0, r[2] - bounds.right) + Math.max(0, bounds.top - r[1]) + Math.max(0, r[3] - bounds.bottom);
      return outside * 1000 + placed.reduce((sum, q) => sum + overlap(r, q), 0);
    };
    let best = options[0] as PlacedLabel;
    let bestCost = cost(best);
    for (const o of options.slice(1)) {
      if (bestCost === 0) break;
      const c = cost(o);
      if (c < bestCost) {
        best = o;
        bestCost = c;
      }
    }
    placed.push(rectOf(best));
    return best;
  });
}
