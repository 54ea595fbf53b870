// PNG of the map with its title, year, legend, source and attribution composed in (shell).
// MapLibre's canvas has no preserved drawing buffer, so it is re-rendered with `map.redraw()`
// and copied in the same task, before the browser can clear it; deck.gl's canvas keeps its
// buffer (luma.gl's default). Province names are DOM (browser-shaped Thai), so they are drawn
// again with canvas fillText, which the browser shapes the same way.
import type { IndicatorView } from '../state/indicatorView';
import type { Lang } from '../state/doc';
import { formatYear, t } from '../i18n/format';
import { changeTitleOf, formatViewValue, viewUnitLabel } from '../i18n/changeFormat';
import { NO_DATA_HEX } from '../lib/palettes';
import type { MapHandle } from '../map/mapHandle';
import { drawLabels } from '../map/startPrintSnapshots';
import { pngLayout } from './pngLayout';
import { wrapText } from '../charts/text';

function font(size: number, weight = 400): string {
  const family = getComputedStyle(document.documentElement).getPropertyValue('--font').trim() || 'sans-serif';
  return `${weight} ${size}px ${family}`;
}

/** Draws the map (basemap + deck.gl) into ctx at the given box. Must run synchronously. */
function drawMap(ctx: CanvasRenderingContext2D, handle: MapHandle, x: number, y: number, w: number, h: number): void {
  handle.map.redraw();
  ctx.drawImage(handle.map.getCanvas(), x, y, w, h);
  const deckCanvas = handle.overlay.getCanvas();
  if (deckCanvas) ctx.drawImage(deckCanvas, x, y, w, h);
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Runs `compose` with both map canvases re-rendered at `ratio` device pixels per CSS pixel, so a
 * 2× export has 2× map pixels on any screen (not the screen's pixels scaled up), then puts the
 * screen's ratio back. The CSS size does not change, so the page does not move.
 */
export async function atPixelRatio<T>(handle: MapHandle, ratio: number, compose: () => T): Promise<T> {
  const { map, overlay } = handle;
  const screen = map.getPixelRatio();
  if (Math.abs(screen - ratio) < 0.01) return compose();
  map.setPixelRatio(ratio);
  overlay.setProps({ useDevicePixels: ratio });
  try {
    // deck.gl resizes its drawing buffer on its next animation frame; wait until it has (at most
    // half a second: a slower GPU still gets an export, with the map pixels scaled).
    const want = Math.round(handle.container.clientWidth * ratio);
    for (let i = 0; i < 30 && (overlay.getCanvas()?.width ?? want) !== want; i++) await nextFrame();
    await nextFrame();
    return compose();
  } finally {
    map.setPixelRatio(screen);
    overlay.setProps({ useDevicePixels: true });
  }
}

/** Composes the export on a new canvas; `scale` 1 or 2. */
export function composeMapCanvas(handle: MapHandle, view: IndicatorView, lang: Lang, scale: number): HTMLCanvasElement {
  const { container } = handle;
  const mapW = container.clientWidth;
  const mapH = container.clientHeight;
  const rows = view.bins.length + (view.missing.length > 0 ? 1 : 0);
  const L = pngLayout(mapW, mapH, rows);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(L.width * scale);
  canvas.height = Math.round(L.height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.scale(scale, scale);
  ctx.imageSmoothingQuality = 'high';
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, L.width, L.height);

  const ink = '#1f2328';
  const muted = '#57606a';
  ctx.fillStyle = ink;
  ctx.textBaseline = 'alphabetic';
  ctx.font = font(L.title.size, 600);
  // In change mode the title says what the colours are: the change between the two years.
  const changeTitle = changeTitleOf(view, lang);
  ctx.fillText(changeTitle ?? view.indicator.label[lang], L.title.x, L.title.y, L.map.w);
  ctx.font = font(L.subtitle.size);
  ctx.fillStyle = muted;
  const subtitle = changeTitle ? viewUnitLabel(view, lang) || '' : formatYear(view.year, lang);
  ctx.fillText(`${subtitle ? `${subtitle} · ` : ''}${t(lang, 'appTitle')}`, L.subtitle.x, L.subtitle.y, L.map.w);

  drawMap(ctx, handle, L.map.x, L.map.y, L.map.w, L.map.h);
  ctx.save();
  ctx.beginPath();
  ctx.rect(L.map.x, L.map.y, L.map.w, L.map.h);
  ctx.clip();
  drawLabels(ctx, container, L.map.x, L.map.y);
  ctx.restore();
  ctx.strokeStyle = '#d0d7de';
  ctx.lineWidth = 1;
  ctx.strokeRect(L.map.x + 0.5, L.map.y + 0.5, L.map.w - 1, L.map.h - 1);

  // Legend: the same bins (and colours) as the map and the on-screen legend.
  const g = L.legend;
  ctx.fillStyle = 'rgba(255,255,255,0.92)';
  ctx.fillRect(g.x, g.y, g.w, g.h);
  ctx.strokeRect(g.x + 0.5, g.y + 0.5, g.w - 1, g.h - 1);
  ctx.fillStyle = ink;
  ctx.font = font(g.titleSize, 600);
  ctx.textBaseline = 'middle';
  ctx.fillText(t(lang, 'legendTitle'), g.x + g.pad, g.y + g.pad + 8, g.w - 2 * g.pad);
  const fmt = (v: number) => formatViewValue(view, v, lang, { withUnit: false });
  const entries = [
    ...view.bins.map((b) => ({ color: b.color, text: `${fmt(b.from)} – ${fmt(b.to)} (${b.codes.length})` })),
    ...(view.missing.length > 0 ? [{ color: NO_DATA_HEX, text: `${t(lang, 'noDataProvinces')} (${view.missing.length})` }] : []),
  ];
  ctx.font = font(g.textSize);
  entries.forEach((e, i) => {
    const rowY = g.y + g.pad + 20 + i * g.rowHeight;
    if (rowY + g.rowHeight > g.y + g.h) return;
    ctx.fillStyle = e.color;
    ctx.fillRect(g.x + g.pad, rowY + (g.rowHeight - g.swatch) / 2, g.swatch, g.swatch);
    ctx.fillStyle = ink;
    ctx.fillText(e.text, g.x + g.pad + g.swatch + 6, rowY + g.rowHeight / 2, g.w - 3 * g.pad - g.swatch);
  });

  const s = view.indicator.source;
  ctx.fillStyle = muted;
  ctx.font = font(L.footer.size);
  ctx.textBaseline = 'alphabetic';
  const sourceText = t(lang, 'exportSourceLine', { organisation: s.organisation[lang], title: s.title, year: s.year, licence: s.licence });
  const lines = wrapText(sourceText, L.footer.maxWidth, L.footer.size, (x) => ctx.measureText(x).width, lang, L.footer.sourceLines);
  lines.forEach((line, i) => ctx.fillText(line, L.footer.x, L.footer.y + i * L.footer.lineHeight, L.footer.maxWidth));
  ctx.fillText(t(lang, 'attribution'), L.footer.x, L.footer.y + L.footer.sourceLines * L.footer.lineHeight, L.footer.maxWidth);
  return canvas;
}

export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob failed'))), 'image/png'));
}
