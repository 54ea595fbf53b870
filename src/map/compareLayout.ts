// How compare mode places its two maps: side by side when each half still draws Thailand large
// (Thailand is tall, so halves of a wide box suit it), stacked on a phone or a narrow window.
// Pure: the shell measures the box.
import { THAILAND_ASPECT, type MapSize } from './overlayPadding';

export type CompareLayout = 'side' | 'stacked';

/** Narrowest map (px) beside another: below it the zoom buttons and labels crowd the land. */
export const MIN_SIDE_WIDTH = 320;
/** Gap between the two maps, in px (compare.css). */
export const COMPARE_GAP = 4;

/** Height (px) at which Thailand, `aspect` wide ÷ high, fits in a box. */
function fitted(width: number, height: number, aspect: number): number {
  return width <= 0 || height <= 0 ? 0 : Math.min(width / aspect, height);
}

/**
 * Side by side when each map is at least {@link MIN_SIDE_WIDTH} wide and Thailand is drawn at
 * least as large as it would be stacked; stacked otherwise (and before the box is measured on a
 * box with no width).
 */
export function compareLayout(box: MapSize, aspect = THAILAND_ASPECT): CompareLayout {
  const half = (box.width - COMPARE_GAP) / 2;
  if (half < MIN_SIDE_WIDTH) return 'stacked';
  const side = fitted(half, box.height, aspect);
  const stacked = fitted(box.width, (box.height - COMPARE_GAP) / 2, aspect);
  return side >= stacked ? 'side' : 'stacked';
}
