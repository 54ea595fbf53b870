// Layout of the exported map image (pure): title and year above the map, the legend in the
// map's lower-left corner, source and attribution below. All sizes in CSS px at 1×; the
// exporter multiplies by the scale (1× or 2×) so text stays sharp on slides. A video frame
// (`bigYear`) has a taller header with the year in large type at its right, and is fitted
// into the video's fixed frame with `fitFrame`.

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface PngLayout {
  width: number;
  height: number;
  title: { x: number; y: number; size: number; maxWidth: number };
  subtitle: { x: number; y: number; size: number; maxWidth: number };
  /** The year in large type, right-aligned at `x` (video frames only). */
  year: { x: number; y: number; size: number } | null;
  map: Box;
  legend: Box & { rowHeight: number; swatch: number; pad: number; titleSize: number; textSize: number };
  footer: { x: number; y: number; lineHeight: number; size: number; maxWidth: number; sourceLines: number };
}

export interface LayoutOptions {
  /** The year in large type at the header's right (each frame of the video of the years). */
  bigYear?: boolean;
}

export const MARGIN = 16;
const HEADER = 58;
const BIG_YEAR_HEADER = 92;
const BIG_YEAR_SIZE = 72;
/** Source (up to two lines) and attribution. */
const FOOTER = 64;
const LEGEND_ROW = 18;
const LEGEND_WIDTH = 190;
const BIG_LEGEND_ROW = 22;
const BIG_LEGEND_WIDTH = 230;

/**
 * `mapW`×`mapH` is the map's size on screen (CSS px); `legendRows` the number of legend entries
 * (classes plus "no data"). The legend shrinks to the map when the map is small.
 */
export function pngLayout(mapW: number, mapH: number, legendRows: number, opts: LayoutOptions = {}): PngLayout {
  const w = Math.max(1, Math.round(mapW));
  const h = Math.max(1, Math.round(mapH));
  const header = opts.bigYear ? BIG_YEAR_HEADER : HEADER;
  const map: Box = { x: MARGIN, y: MARGIN + header, w, h };
  const pad = 8;
  // A video is watched from across a room: its legend is a size larger.
  const row = opts.bigYear ? BIG_LEGEND_ROW : LEGEND_ROW;
  const text = opts.bigYear ? 15 : 12;
  const legendH = Math.min(h - 2 * pad, pad * 2 + 20 + legendRows * row);
  // Beside the big year, the title keeps to the left (the year is at most "พ.ศ. 2568" wide).
  const textW = opts.bigYear ? Math.max(1, w - 5.2 * BIG_YEAR_SIZE) : w;
  return {
    width: w + 2 * MARGIN,
    height: MARGIN + header + h + FOOTER + MARGIN,
    title: opts.bigYear ? { x: MARGIN, y: MARGIN + 30, size: 26, maxWidth: textW } : { x: MARGIN, y: MARGIN + 24, size: 22, maxWidth: w },
    subtitle: opts.bigYear ? { x: MARGIN, y: MARGIN + 64, size: 17, maxWidth: textW } : { x: MARGIN, y: MARGIN + 48, size: 15, maxWidth: w },
    year: opts.bigYear ? { x: MARGIN + w, y: MARGIN + header - 14, size: BIG_YEAR_SIZE } : null,
    map,
    legend: {
      x: map.x + pad,
      y: map.y + h - pad - legendH,
      w: Math.min(opts.bigYear ? BIG_LEGEND_WIDTH : LEGEND_WIDTH, w - 2 * pad),
      h: legendH,
      rowHeight: row,
      swatch: text,
      pad,
      titleSize: text,
      textSize: text,
    },
    footer: { x: MARGIN, y: map.y + h + 20, lineHeight: 17, size: 12, maxWidth: w, sourceLines: 2 },
  };
}

/** Scale and offset that fit a `width`×`height` layout, centred, into a `frameW`×`frameH` frame. */
export function fitFrame(width: number, height: number, frameW: number, frameH: number): { scale: number; x: number; y: number } {
  const scale = Math.min(frameW / Math.max(1, width), frameH / Math.max(1, height));
  return { scale, x: (frameW - width * scale) / 2, y: (frameH - height * scale) / 2 };
}
