// Layout of the exported map image (pure): title and year above the map, the legend in the
// map's lower-left corner, source and attribution below. All sizes in CSS px at 1×; the
// exporter multiplies by the scale (1× or 2×) so text stays sharp on slides.

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface PngLayout {
  width: number;
  height: number;
  title: { x: number; y: number; size: number };
  subtitle: { x: number; y: number; size: number };
  map: Box;
  legend: Box & { rowHeight: number; swatch: number; pad: number; titleSize: number; textSize: number };
  footer: { x: number; y: number; lineHeight: number; size: number; maxWidth: number; sourceLines: number };
}

export const MARGIN = 16;
const HEADER = 58;
/** Source (up to two lines) and attribution. */
const FOOTER = 64;
const LEGEND_ROW = 18;
const LEGEND_WIDTH = 190;

/**
 * `mapW`×`mapH` is the map's size on screen (CSS px); `legendRows` the number of legend entries
 * (classes plus "no data"). The legend shrinks to the map when the map is small.
 */
export function pngLayout(mapW: number, mapH: number, legendRows: number): PngLayout {
  const w = Math.max(1, Math.round(mapW));
  const h = Math.max(1, Math.round(mapH));
  const map: Box = { x: MARGIN, y: MARGIN + HEADER, w, h };
  const pad = 8;
  const legendH = Math.min(h - 2 * pad, pad * 2 + 20 + legendRows * LEGEND_ROW);
  return {
    width: w + 2 * MARGIN,
    height: MARGIN + HEADER + h + FOOTER + MARGIN,
    title: { x: MARGIN, y: MARGIN + 24, size: 22 },
    subtitle: { x: MARGIN, y: MARGIN + 48, size: 15 },
    map,
    legend: {
      x: map.x + pad,
      y: map.y + h - pad - legendH,
      w: Math.min(LEGEND_WIDTH, w - 2 * pad),
      h: legendH,
      rowHeight: LEGEND_ROW,
      swatch: 12,
      pad,
      titleSize: 12,
      textSize: 12,
    },
    footer: { x: MARGIN, y: map.y + h + 20, lineHeight: 17, size: 12, maxWidth: w, sourceLines: 2 },
  };
}

