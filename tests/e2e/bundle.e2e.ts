// The production bundle keeps what is rarely needed out of the entry chunk: the code that runs
// before the map's first frame must not contain the SVG map renderer (d3-geo), nor the import,
// story and export libraries (papaparse, fflate, markdown-it, comlink, idb-keyval).
// It builds the app with the project's own Vite config (not written to disk) and reads which
// modules ended up in the entry chunk and the chunks it imports statically; the assets it checks
// are the same ones `npm run build` writes. Sizes and timings are in `npm run bench`.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, type Rolldown } from 'vite';

type Output = Rolldown.RolldownOutput;
type Chunk = Rolldown.OutputChunk;

/** Must load only when used (`import()`), never with the page. */
const LAZY_PACKAGES = ['d3-geo', 'papaparse', 'fflate', 'markdown-it', 'comlink', 'idb-keyval'];
/** Our own lazy code, by folder. */
const LAZY_SOURCES = ['src/map/svg/', 'src/bench/', 'src/districts/', 'src/data/import/districtMatch.ts', 'src/map/multiples/SmallMultiples.tsx'];

async function buildOutput(): Promise<Chunk[]> {
  const result = (await build({ configFile: resolve('vite.config.ts'), logLevel: 'silent', build: { write: false } })) as Output | Output[];
  const outputs = Array.isArray(result) ? result : [result];
  return outputs.flatMap((o) => o.output.filter((c): c is Chunk => c.type === 'chunk'));
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
  it('holds none of the lazy parts, which do exist in the build', async () => {
    const chunks = await buildOutput();
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
