// Watches the WebGL canvases inside the map container for a lost context (a GPU reset, a driver
// update, too many tabs). MapLibre restores its own canvas; deck.gl 9.4 does not (luma.gl only
// logs "WebGL context restored", its device and buffers stay dead), so the map recreates the
// deck.gl overlay when its canvas comes back. If a canvas stays lost for `timeoutMs`, the map
// gives up on WebGL (the app then draws the SVG map from the same store).
export interface ContextWatchOptions {
  /** deck.gl's canvas, as opposed to MapLibre's (`maplibregl-canvas`). */
  isDeckCanvas: (canvas: HTMLCanvasElement) => boolean;
  onDeckRestored: () => void;
  onGiveUp: () => void;
  timeoutMs: number;
}

/** Starts watching `container`; returns the function that stops. */
export function watchWebglContexts(container: HTMLElement, opts: ContextWatchOptions): () => void {
  const lost = new Set<HTMLCanvasElement>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  const clear = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  // Context events do not bubble; a capturing listener on the container still sees them, for
  // canvases created later (a recreated overlay) too.
  const onLost = (e: Event) => {
    if (!(e.target instanceof HTMLCanvasElement)) return;
    // Without preventDefault the browser never restores the context.
    e.preventDefault();
    lost.add(e.target);
    timer ??= setTimeout(() => {
      timer = null;
      if (lost.size > 0) opts.onGiveUp();
    }, opts.timeoutMs);
  };
  const onRestored = (e: Event) => {
    if (!(e.target instanceof HTMLCanvasElement)) return;
    lost.delete(e.target);
    if (opts.isDeckCanvas(e.target)) opts.onDeckRestored();
    if (lost.size === 0) clear();
  };
  container.addEventListener('webglcontextlost', onLost, true);
  container.addEventListener('webglcontextrestored', onRestored, true);
  return () => {
    clear();
    container.removeEventListener('webglcontextlost', onLost, true);
    container.removeEventListener('webglcontextrestored', onRestored, true);
  };
}
