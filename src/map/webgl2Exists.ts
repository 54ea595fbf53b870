// Whether the browser was built with WebGL2 at all (the map hosts pick their renderer by it).

/** False in browsers built without WebGL2 (no context can ever be created). */
export function webgl2Exists(): boolean {
  return typeof WebGL2RenderingContext !== 'undefined';
}
