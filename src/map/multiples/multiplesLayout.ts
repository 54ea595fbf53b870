// Layout of the small multiples (one small map per year): the free box beside the overlays (the
// shared legend), the grid that makes the maps largest in it, the colours of each year from the
// one classification (it spans all years, so every small map reads with the same legend), the
// roving-focus step of the arrow keys, and the rise/fall count the summary states. Pure.
import type { IndicatorsFile } from '../../data/indicatorTypes';
import { valuesByCode } from '../../data/indicatorValues';
import { classOf } from '../../data/classify';
import type { ProvinceCode } from '../../data/types';
import { hexToRgba, NO_DATA_HEX, type RGBA } from '../../lib/palettes';
import type { IndicatorView } from '../../state/indicatorView';
import type { OverlayRect } from '../overlayPadding';

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * What the overlays leave of a `width` × `height` area: each overlay cuts off the strip (left,
 * right, top or bottom of it) that loses the least area.
 */
export function freeBox(width: number, height: number, rects: readonly OverlayRect[]): Box {
  let box: Box = { left: 0, top: 0, width, height };
  for (const r of rects) {
    const right = box.left + box.width;
    const bottom = box.top + box.height;
    if (r.right <= box.left || r.left >= right || r.bottom <= box.top || r.top >= bottom) continue;
    const options: Box[] = [
      { ...box, left: r.right, width: right - r.right },
      { ...box, width: r.left - box.left },
      { ...box, top: r.bottom, height: bottom - r.bottom },
      { ...box, height: r.top - box.top },
    ].filter((b) => b.width > 0 && b.height > 0);
    box = options.reduce((best, b) => (b.width * b.height > best.width * best.height ? b : best), options[0] ?? box);
  }
  return box;
}

export interface MultiplesGrid {
  cols: number;
  rows: number;
  /** One cell's size in px (map and its year label), gaps excluded. */
  cellWidth: number;
  cellHeight: number;
  /** The map's part of a cell (below the year label). */
  mapHeight: number;
}

export interface GridOptions {
  /** Map width ÷ height (Thailand is tall: about 0.55). */
  aspect: number;
  /** Px between cells. */
  gap: number;
  /** Px of the year label above each map. */
  labelHeight: number;
  /** Smallest map width; below it the grid scrolls instead of shrinking further. */
  minWidth: number;
}

/** The column count whose maps are largest while all `count` fit in `width` × `height`. */
export function multiplesGrid(count: number, width: number, height: number, o: GridOptions): MultiplesGrid {
  const n = Math.max(1, count);
  let best = { cols: 1, size: -Infinity };
  for (let cols = 1; cols <= n; cols++) {
    const rows = Math.ceil(n / cols);
    const byWidth = (width - o.gap * (cols - 1)) / cols;
    // Too narrow for the minimum: this many columns do not fit side by side.
    if (cols > 1 && byWidth < o.minWidth) break;
    const byHeight = ((height - o.gap * (rows - 1)) / rows - o.labelHeight) * o.aspect;
    const size = Math.min(byWidth, byHeight);
    if (size > best.size) best = { cols, size };
  }
  const mapWidth = Math.max(o.minWidth, Math.floor(best.size));
  const mapHeight = Math.floor(mapWidth / o.aspect);
  return { cols: best.cols, rows: Math.ceil(n / best.cols), cellWidth: mapWidth, mapHeight, cellHeight: mapHeight + o.labelHeight };
}

/** The index the roving focus moves to for `key` from `i` in a grid of `count` with `cols` columns; null: not a move. */
export function stepInGrid(key: string, i: number, count: number, cols: number): number | null {
  const clamp = (j: number) => Math.max(0, Math.min(count - 1, j));
  switch (key) {
    case 'ArrowRight':
      return clamp(i + 1);
    case 'ArrowLeft':
      return clamp(i - 1);
    case 'ArrowDown':
      return i + cols < count ? i + cols : i;
    case 'ArrowUp':
      return i - cols >= 0 ? i - cols : i;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/** A province's colour in `year`: the view's classes (over all years) applied to that year's value. */
export function yearFill(file: IndicatorsFile, view: IndicatorView, year: number): (code: ProvinceCode) => RGBA {
  const values = valuesByCode(file, view.indicator, year);
  const rgba = view.bins.map((b) => hexToRgba(b.color));
  const noData = hexToRgba(NO_DATA_HEX);
  return (code) => {
    const v = values.get(code);
    return v === undefined ? noData : (rgba[classOf(view.classification, v)] ?? noData);
  };
}

/** Between the first and last year: provinces with both values, and how many rose and fell. */
export function riseAndFall(file: IndicatorsFile, view: IndicatorView): { from: number; to: number; both: number; rose: number; fell: number } {
  const years = view.indicator.years;
  const from = years[0] as number;
  const to = years[years.length - 1] as number;
  const a = valuesByCode(file, view.indicator, from);
  const b = valuesByCode(file, view.indicator, to);
  let both = 0;
  let rose = 0;
  let fell = 0;
  for (const [code, v0] of a) {
    const v1 = b.get(code);
    if (v1 === undefined) continue;
    both++;
    if (v1 > v0) rose++;
    else if (v1 < v0) fell++;
  }
  return { from, to, both, rose, fell };
}
