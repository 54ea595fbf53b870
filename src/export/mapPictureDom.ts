// Where an export gets the map's pixels (shell), for the PNG and every frame of the video alike.
// The WebGL map: MapLibre's canvas has no preserved drawing buffer, so it is re-rendered with
// `map.redraw()` and copied in the same task; deck.gl's canvas keeps its buffer (luma.gl's
// default). The SVG map (no WebGL): its <svg> is cloned with the computed styles written as
// attributes (as the chart SVG export does), loaded as an image from a blob: URL (CSP img-src
// allows blob:) and drawn scaled, so it stays sharp at any size. In both, province names are DOM
// labels in `container`, drawn again by the composer with the browser's (Thai-shaping) fillText.
import { getMapHandle, type MapHandle } from '../map/mapHandle';
import { inlineStyles } from './chartSvgDom';

export interface MapPicture {
  /** The element holding the map and its DOM province labels; its client size is the map's. */
  container: HTMLElement;
  /** Draws the map at the box. Synchronous (the WebGL copy must happen in the task it renders in). */
  draw(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number): void;
}

function webglPicture(handle: MapHandle): MapPicture {
  return {
    container: handle.container,
    draw(ctx, x, y, w, h) {
      handle.map.redraw();
      ctx.drawImage(handle.map.getCanvas(), x, y, w, h);
      const deckCanvas = handle.overlay.getCanvas();
      if (deckCanvas) ctx.drawImage(deckCanvas, x, y, w, h);
    },
  };
}

async function svgImage(svg: SVGSVGElement): Promise<HTMLImageElement> {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone);
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.removeAttribute('aria-hidden');
  const blob = new Blob([new XMLSerializer().serializeToString(clone)], { type: 'image/svg+xml' });
  const url = URL.createObjectURL(blob);
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    return img;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The map on the page as it is now, ready to draw (WebGL or SVG); throws when there is none. */
export async function mapPicture(): Promise<MapPicture> {
  const handle = getMapHandle();
  if (handle) return webglPicture(handle);
  const svg = document.querySelector<SVGSVGElement>('.svg-map svg.svg-map-canvas');
  const container = svg?.closest<HTMLElement>('.svg-map');
  if (!svg || !container) throw new Error('the map is not ready');
  const img = await svgImage(svg);
  return { container, draw: (ctx, x, y, w, h) => ctx.drawImage(img, x, y, w, h) };
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Runs `compose` with both WebGL map canvases re-rendered at `ratio` device pixels per CSS pixel,
 * so a 2× export has 2× map pixels on any screen (not the screen's pixels scaled up), then puts the
 * screen's ratio back. The CSS size does not change, so the page does not move. The SVG map needs
 * nothing: it is drawn from vectors at the export's size.
 */
export async function atPixelRatio<T>(ratio: number, compose: () => T | Promise<T>): Promise<T> {
  const handle = getMapHandle();
  if (!handle) return compose();
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
    return await compose();
  } finally {
    map.setPixelRatio(screen);
    overlay.setProps({ useDevicePixels: true });
  }
}
