// Bench: what an indicator change spends its main-thread script time on, from a V8 CPU profile of
// the change: the charts' components (code in the charts chunks), DOM writes (the native calls
// React's commit makes), the map (deck.gl and MapLibre drawing a frame), garbage collection, and
// the rest (React itself, the other panels, the store). A regression then names its part. The
// production bundle is minified, so the map is recognised by deck.gl's and MapLibre's method
// names, which survive minification as property names, and by deck.gl's own lazy chunks. Pure.

/** The parts of a V8 CPU profile (`Profiler.stop`) read here. */
export interface CpuProfile {
  nodes: { id: number; callFrame: CallFrame; children?: number[] }[];
  samples?: number[];
  timeDeltas?: number[];
}
interface CallFrame {
  functionName: string;
  url: string;
}

export const PARTS = ['charts', 'domWrites', 'map', 'gc', 'other'] as const;
export type Part = (typeof PARTS)[number];
export type Parts = Record<Part, number>;

/** Native DOM calls that write (React's commit, D3's brush). */
const DOM_WRITES = new Set([
  'setAttribute',
  'setAttributeNS',
  'removeAttribute',
  'insertBefore',
  'appendChild',
  'removeChild',
  'replaceChild',
  'createElement',
  'createElementNS',
  'createTextNode',
  'set textContent',
  'set nodeValue',
  'set data',
  'set className',
  'set value',
]);

/** Methods of deck.gl's Deck, layers and animation loop and of MapLibre's Map that run a frame. */
const MAP_FRAMES = new Set([
  '_animationFrame',
  '_onRenderFrame',
  '_drawLayers',
  'drawLayers',
  'redraw',
  '_updateLayers',
  'updateAttributes',
  '_updateAttributes',
  '_render',
  'triggerRepaint',
]);

/** deck.gl / luma.gl chunks Vite splits off the entry (their file names survive the build). */
const MAP_CHUNK = /(?:-layer-|webgl-device|array-utils-flat|buffer-transform|get-attribute-from-layouts|maplibre)/;
/** The charts' lazy chunks. */
const CHARTS_CHUNK = /\/(?:ChartsPanel|charts)-[\w-]+\.js$/;

const fileOf = (url: string): string => url.slice(url.lastIndexOf('/') + 1);

/** Part of one sample, from its leaf frame up to the root. */
function partOf(stack: readonly CallFrame[]): Part | null {
  const leaf = stack[0];
  if (leaf === undefined) return null;
  if (leaf.functionName === '(idle)' || leaf.functionName === '(program)' || leaf.functionName === '(root)') return null;
  if (leaf.functionName === '(garbage collector)') return 'gc';
  // The map's own DOM writes (MapLibre's controls and canvas) count as the map's.
  for (const f of stack) {
    if (MAP_FRAMES.has(f.functionName) || MAP_CHUNK.test(fileOf(f.url))) return 'map';
  }
  if (leaf.url === '' && DOM_WRITES.has(leaf.functionName)) return 'domWrites';
  for (const f of stack) if (CHARTS_CHUNK.test(f.url)) return 'charts';
  return 'other';
}

/** ms of the profile's samples per part (idle and "(program)" samples are left out). */
export function partsOfProfile(profile: CpuProfile): Parts {
  const out: Parts = { charts: 0, domWrites: 0, map: 0, gc: 0, other: 0 };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const deltas = profile.timeDeltas ?? [];
  const memo = new Map<number, Part | null>();
  profile.samples?.forEach((id, i) => {
    // A sample's time is the gap to the next sample (V8's own convention in DevTools).
    const ms = (deltas[i + 1] ?? 0) / 1000;
    let part = memo.get(id);
    if (part === undefined) {
      const stack: CallFrame[] = [];
      for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
        const node = byId.get(n);
        if (node) stack.push(node.callFrame);
      }
      part = partOf(stack);
      memo.set(id, part);
    }
    if (part !== null) out[part] += ms;
  });
  return out;
}
