// Printing the map: a WebGL canvas without a preserved drawing buffer may print blank, and the
// DOM labels are not re-placed when the print layout resizes the map. So just before printing
// (Ctrl+P or the export dialog's Print) the map, its deck.gl layers and its labels are copied
// into one 2D canvas that the print stylesheet shows instead; removed after printing.
import { getMapHandle } from './mapHandle';

/**
 * The DOM labels currently shown on the map, drawn at their screen position (offset by dx, dy)
 * with canvas fillText, which the browser shapes like the DOM (Thai stays correct).
 */
export function drawLabels(ctx: CanvasRenderingContext2D, container: HTMLElement, dx: number, dy: number): void {
  const origin = container.getBoundingClientRect();
  for (const el of container.querySelectorAll<HTMLElement>('.province-label')) {
    const cs = getComputedStyle(el);
    if (cs.visibility !== 'visible' || cs.display === 'none') continue;
    const r = el.getBoundingClientRect();
    if (r.right < origin.left || r.left > origin.right || r.bottom < origin.top || r.top > origin.bottom) continue;
    const text = el.textContent ?? '';
    const x = dx + r.left - origin.left + parseFloat(cs.paddingLeft || '0');
    const y = dy + r.top - origin.top + r.height / 2;
    ctx.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
    ctx.textBaseline = 'middle';
    if (cs.backgroundColor && cs.backgroundColor !== 'rgba(0, 0, 0, 0)') {
      ctx.fillStyle = cs.backgroundColor;
      ctx.fillRect(dx + r.left - origin.left, dy + r.top - origin.top, r.width, r.height);
    } else {
      ctx.lineWidth = 3;
      ctx.lineJoin = 'round';
      ctx.strokeStyle = 'rgba(255,255,255,0.9)';
      ctx.strokeText(text, x, y);
    }
    ctx.fillStyle = cs.color;
    ctx.fillText(text, x, y);
  }
}

function snapshot(): HTMLCanvasElement | null {
  const handle = getMapHandle();
  if (!handle) return null;
  const { container, map, overlay } = handle;
  const canvas = document.createElement('canvas');
  const ratio = window.devicePixelRatio || 1;
  canvas.width = Math.round(container.clientWidth * ratio);
  canvas.height = Math.round(container.clientHeight * ratio);
  canvas.className = 'print-map-snapshot';
  canvas.setAttribute('aria-hidden', 'true');
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  // Rendered and read in the same task, before the browser may clear MapLibre's buffer.
  map.redraw();
  ctx.drawImage(map.getCanvas(), 0, 0, canvas.width, canvas.height);
  const deckCanvas = overlay.getCanvas();
  if (deckCanvas) ctx.drawImage(deckCanvas, 0, 0, canvas.width, canvas.height);
  ctx.scale(ratio, ratio);
  drawLabels(ctx, container, 0, 0);
  container.append(canvas);
  return canvas;
}

/** Listens for beforeprint/afterprint; returns the cleanup. */
export function startPrintSnapshots(): () => void {
  let current: HTMLCanvasElement | null = null;
  const before = () => {
    current?.remove();
    current = snapshot();
  };
  const after = () => {
    current?.remove();
    current = null;
  };
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', after);
  return () => {
    window.removeEventListener('beforeprint', before);
    window.removeEventListener('afterprint', after);
    after();
  };
}
