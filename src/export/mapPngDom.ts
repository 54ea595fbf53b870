// The map with its title, year, legend, source and attribution composed on a 2D canvas (shell):
// the PNG export, and each frame of the video of the years. The map's pixels come from
// mapPictureDom (WebGL or SVG map). Province names are DOM (browser-shaped Thai), so they are
// drawn again with canvas fillText, which the browser shapes the same way.
import type { IndicatorView } from '../state/indicatorView';
import type { Lang } from '../state/doc';
import { formatYear, t } from '../i18n/format';
import { changeTitleOf, formatViewValue, viewUnitLabel } from '../i18n/changeFormat';
import { NO_DATA_HEX } from '../lib/palettes';
import { drawLabels } from '../map/startPrintSnapshots';
import { pngLayout, type LayoutOptions, type PngLayout } from './pngLayout';
import type { MapPicture } from './mapPictureDom';
import { wrapText } from '../charts/text';

function font(size: number, weight = 400): string {
  const family = getComputedStyle(document.documentElement).getPropertyValue('--font').trim() || 'sans-serif';
  return `${weight} ${size}px ${family}`;
}

/** What the header says besides the indicator's name. */
export interface FrameHeading {
  /** Default: "<year> · <app title>". */
  subtitle: string;
  /** The year in large type, where the layout has room for it (video frames). */
  bigYear?: string;
}

/** The layout for the map on the page and the view's legend. */
export function layoutFor(picture: MapPicture, view: IndicatorView, opts: LayoutOptions = {}): PngLayout {
  const rows = view.bins.length + (view.missing.length > 0 ? 1 : 0);
  return pngLayout(picture.container.clientWidth, picture.container.clientHeight, rows, opts);
}

/**
 * Draws one export frame into `ctx` in layout units (the caller has scaled and translated ctx):
 * title, subtitle, the big year when the layout has one, the map with its labels, the legend, the
 * source line and the attribution. The PNG and every frame of the video of the years use this.
 */
export function composeMapFrame(ctx: CanvasRenderingContext2D, picture: MapPicture, view: IndicatorView, lang: Lang, L: PngLayout, heading?: FrameHeading): void {
  ctx.imageSmoothingQuality = 'high';
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, L.width, L.height);

  const ink = '#1f2328';
  const muted = '#57606a';
  ctx.fillStyle = ink;
  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'left';
  ctx.font = font(L.title.size, 600);
  // In change mode the title says what the colours are: the change between the two years.
  const changeTitle = changeTitleOf(view, lang);
  ctx.fillText(changeTitle ?? view.indicator.label[lang], L.title.x, L.title.y, L.title.maxWidth);
  ctx.font = font(L.subtitle.size);
  ctx.fillStyle = muted;
  const unit = changeTitle ? viewUnitLabel(view, lang) || '' : formatYear(view.year, lang);
  ctx.fillText(heading?.subtitle ?? `${unit ? `${unit} · ` : ''}${t(lang, 'appTitle')}`, L.subtitle.x, L.subtitle.y, L.subtitle.maxWidth);
  if (L.year && heading?.bigYear) {
    ctx.fillStyle = ink;
    ctx.font = font(L.year.size, 700);
    ctx.textAlign = 'right';
    ctx.fillText(heading.bigYear, L.year.x, L.year.y);
    ctx.textAlign = 'left';
  }

  picture.draw(ctx, L.map.x, L.map.y, L.map.w, L.map.h);
  ctx.save();
  ctx.beginPath();
  ctx.rect(L.map.x, L.map.y, L.map.w, L.map.h);
  ctx.clip();
  drawLabels(ctx, picture.container, L.map.x, L.map.y);
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
}

/** Composes the PNG export on a new canvas; `scale` 1 or 2. */
export function composeMapCanvas(picture: MapPicture, view: IndicatorView, lang: Lang, scale: number): HTMLCanvasElement {
  const L = layoutFor(picture, view);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(L.width * scale);
  canvas.height = Math.round(L.height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.scale(scale, scale);
  composeMapFrame(ctx, picture, view, lang, L);
  return canvas;
}

export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob failed'))), 'image/png'));
}
