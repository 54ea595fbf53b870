// The indicator package stage of the geo build: the descriptor (Data Package schema, the atlas's
// indicator schema, references) and every table it lists (Table Schema, province codes, keys),
// all checked in one pass so one run reports every problem. No file IO.
import { assertNoProblems } from '../checks';
import { readCuratedTable, type KnownProvinces } from './csvTable';
import { readIndicatorPackage, type IndicatorPackage } from './descriptor';
import type { IndicatorSpec } from './spec';
import { checkTable } from './tableSchema';

/** The descriptor and its tables as read from disk. */
export interface IndicatorPackageInput {
  /** Path of the descriptor as messages should show it (e.g. `geo/datapackage.json`). */
  file: string;
  text: string;
  /** Texts of the package's tables by path (the descriptor's folder + resource path); absent = not found. */
  tables: Readonly<Record<string, string>>;
  /** The Frictionless Data Package profile and the atlas's schema of `indicators`, parsed. */
  schemas: { datapackage: object; indicators: object };
}

/** Validates the whole package; throws a GeoCheckError listing every problem. */
export function checkIndicatorPackage(input: IndicatorPackageInput, provinces: KnownProvinces): IndicatorPackage {
  const { pkg, problems } = readIndicatorPackage(input.file, input.text, input.schemas);
  const options = tableOptions(pkg.specs);
  for (const resource of pkg.resources) {
    const text = input.tables[resource.path];
    if (text === undefined) {
      problems.push(`${resource.path}: file not found (resource "${resource.name}" of ${input.file})`);
      continue;
    }
    problems.push(...checkTable(resource.path, text, resource.schema));
    problems.push(...readCuratedTable(resource.path, text, { provinces, allowNational: false, ...options.get(resource.path) }).problems);
  }
  assertNoProblems('indicator package', problems);
  return pkg;
}

/**
 * How to read each table the recipes name: a `TH` row is allowed only where a recipe reads the
 * national values from it; a long table is keyed by its year column.
 */
export function tableOptions(specs: readonly IndicatorSpec[]): Map<string, { allowNational: boolean; yearColumn?: string }> {
  const options = new Map<string, { allowNational: boolean; yearColumn?: string }>();
  for (const { recipe: r } of specs) {
    if (r.kind === 'derived-ratio') continue;
    const o = options.get(r.file) ?? { allowNational: false };
    if (r.kind === 'wide' && r.national === true) o.allowNational = true;
    if (r.kind === 'long') o.yearColumn = r.yearColumn;
    options.set(r.file, o);
  }
  return options;
}
