// The production bundle keeps what is rarely needed out of the entry chunk: the code that runs
// before the map's first frame must not contain the SVG map renderer (d3-geo), nor the import,
// story and export libraries (papaparse, fflate, markdown-it, comlink, idb-keyval).
// It reads the build the suite serves (`npm run build`, or ATLAS_DIST): which modules ended up in
// the entry chunk and the chunks it imports statically, from the record the build writes beside
// its output (vite.config.ts, moduleGraphPlugin), checked first against the files themselves (every
// chunk there at its recorded size, every script in assets/ recorded, the page's script an entry),
// so a record left from another build fails. Sizes and timings are in `npm run bench`.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { moduleGraphFile, type BuiltChunk, type ModuleGraph } from '../../scripts/moduleGraph.ts';

type Chunk = BuiltChunk;

/** Must load only when used (`import()`), never with the page. */
const LAZY_PACKAGES = ['d3-geo', 'papaparse', 'fflate', 'markdown-it', 'comlink', 'idb-keyval'];
/** Our own lazy code, by folder. */
const LAZY_SOURCES = ['src/map/svg/', 'src/bench/', 'src/districts/', 'src/data/import/districtMatch.ts', 'src/map/multiples/SmallMultiples.tsx'];

const DIST = resolve(process.env.ATLAS_DIST ?? 'dist');

/** The chunks of the served build, from its module-graph record, after checking the record is that build's. */
function builtChunks(): Chunk[] {
  const file = moduleGraphFile(DIST);
  if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build (it writes the record beside ${DIST})`);
  const { chunks, assets } = JSON.parse(readFileSync(file, 'utf8')) as ModuleGraph;
  for (const c of chunks) {
    const path = join(DIST, c.fileName);
    expect(existsSync(path), `${c.fileName} of the record is in ${DIST}`).toBe(true);
    expect(statSync(path).size, `${c.fileName}: bytes on disk = bytes recorded`).toBe(c.bytes);
  }
  // Workers are built apart and reach this build as assets.
  const recorded = new Set([...chunks.map((c) => c.fileName), ...assets]);
  const scripts = readdirSync(join(DIST, 'assets')).filter((f) => f.endsWith('.js')).map((f) => `assets/${f}`);
  expect(scripts.filter((f) => !recorded.has(f)), 'scripts in assets/ the record does not know').toEqual([]);
  const pageScript = /<script[^>]+src="\.\/([^"]+\.js)"/.exec(readFileSync(join(DIST, 'index.html'), 'utf8'))?.[1];
  expect(chunks.find((c) => c.fileName === pageScript)?.isEntry, `index.html's script ${pageScript} is an entry chunk`).toBe(true);
  return chunks;
}

/** The entry chunk and every chunk it imports statically, transitively. */
function loadedWithPage(chunks: Chunk[]): Chunk[] {
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const seen = new Set<string>();
  const visit = (c: Chunk) => {
    if (seen.has(c.fileName)) return;
    seen.add(c.fileName);
    for (const dep of c.imports) {
      const d = byName.get(dep);
      if (d) visit(d);
    }
  };
  chunks.filter((c) => c.isEntry && c.facadeModuleId?.endsWith('index.html')).forEach(visit);
  chunks.filter((c) => c.isEntry && !c.fileName.includes('worker')).forEach(visit);
  return [...seen].map((n) => byName.get(n) as Chunk);
}

const packageOf = (id: string) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(id)?.[1] ?? null;

describe('entry chunk', () => {
  it('holds none of the lazy parts, which do exist in the build', () => {
    const chunks = builtChunks();
    const entry = loadedWithPage(chunks);
    expect(entry.length).toBeGreaterThan(0);
    const entryModules = entry.flatMap((c) => c.moduleIds);
    // The app itself is in it (the check looks at the right chunks).
    expect(entryModules.some((id) => id.endsWith('src/main.tsx'))).toBe(true);
    expect(entryModules.some((id) => packageOf(id) === 'maplibre-gl')).toBe(true);
    const leaked = entryModules.filter(
      (id) => LAZY_PACKAGES.includes(packageOf(id) ?? '') || LAZY_SOURCES.some((dir) => id.includes(`/${dir}`)),
    );
    expect(leaked).toEqual([]);
    // The SVG renderer and d3-geo are built, into a chunk loaded on demand.
    const lazyModules = chunks.filter((c) => !entry.includes(c)).flatMap((c) => c.moduleIds);
    expect(lazyModules.some((id) => id.endsWith('src/map/svg/SvgMapView.tsx'))).toBe(true);
    expect(lazyModules.some((id) => packageOf(id) === 'd3-geo')).toBe(true);
    expect(lazyModules.some((id) => id.endsWith('src/districts/DistrictLegend.tsx'))).toBe(true);
  });
});
