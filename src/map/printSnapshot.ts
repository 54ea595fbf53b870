// Printing the map: a WebGL canvas without a preserved drawing buffer may print blank, so just
// before printing (Ctrl+P or the export dialog's Print) the map and its deck.gl layers are
// copied into a 2D canvas that the print stylesheet shows over them; removed after printing.
import { getMapHandle } from './mapHandle';

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
