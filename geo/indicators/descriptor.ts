// Reads the indicators' Data Package descriptor (geo/datapackage.json): validates it against the
// Frictionless Data Package schema and the atlas's own schema of its `indicators` property, checks
// what JSON Schema cannot (resources and fields that exist, formulas), and turns each entry into
// an IndicatorSpec. Every problem names the file, its line and the field. No file IO.
import { parseTree, findNodeAtLocation, type Node as JsonNode } from 'jsonc-parser';
import type { Aggregation, IndicatorSource } from '../../src/data/indicatorTypes';
import type { IndicatorSpec, Recipe } from './spec';
import { compileSchema, type SchemaError } from './jsonSchema';

/** A tabular resource of the package: its name, its path as written, and its Table Schema. */
export interface PackageResource {
  name: string;
  path: string;
  schema: TableSchemaDescriptor;
}

/** The parts of a Table Schema this build reads and enforces (see ./tableSchema.ts). */
export interface TableSchemaDescriptor {
  fields: { name: string; type?: string; constraints?: { required?: boolean; pattern?: string; enum?: unknown[] } }[];
  fieldsMatch?: 'exact' | 'equal' | 'subset' | 'superset' | 'partial';
  missingValues?: string[];
  primaryKey?: string | string[];
}

export interface IndicatorPackage {
  resources: PackageResource[];
  specs: IndicatorSpec[];
}

/** The descriptor's indicator entry, as the atlas schema allows it. */
interface Entry {
  id: string;
  title: { th: string; en: string };
  description: { th: string; en: string };
  unit: IndicatorSpec['meta']['unit'];
  polarity: IndicatorSpec['meta']['polarity'];
  decimals: number;
  aggregation?: Aggregation;
  source: { publisher: { th: string; en: string }; title: string; url?: string; year: string; licence: string };
  caveats?: { th: string; en: string };
  values: { resource: string; field?: string; year?: number; shiftPow10?: number; national?: boolean } | { formula: string };
  national?: Record<string, number>;
}

const FORMULA = /^([a-z0-9-]+) \/ ([a-z0-9-]+)(?:\[(\d{4})\])?(?: \* (\d+(?:\.\d+)?))?$/;

/**
 * Validates `text` (the descriptor at `file`, e.g. `geo/datapackage.json`). Returns the package
 * (resources with paths resolved against the descriptor's folder) and every problem found; the
 * package is returned even when there are problems, so the tables can be checked in the same run.
 */
export function readIndicatorPackage(
  file: string,
  text: string,
  schemas: { datapackage: object; indicators: object },
): { pkg: IndicatorPackage; problems: string[] } {
  const tree = parseTree(text);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { pkg: { resources: [], specs: [] }, problems: [`${file}: not valid JSON (${error instanceof Error ? error.message : String(error)})`] };
  }
  const at = (path: (string | number)[]): number => lineOf(text, tree === undefined ? undefined : findNodeAtLocation(tree, path));
  const problems = [
    ...compileSchema(schemas.datapackage)(json).map((e) => describe(file, e, json, at)),
    ...compileSchema(schemas.indicators)(json).map((e) => describe(file, e, json, at)),
  ];
  const root = json as { resources?: unknown; indicators?: unknown };
  const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
  const resources = (Array.isArray(root.resources) ? root.resources : [])
    .filter((r): r is PackageResource => typeof r === 'object' && r !== null && typeof r.name === 'string' && typeof r.path === 'string' && Array.isArray(r.schema?.fields))
    .map((r) => ({ ...r, path: `${dir}${r.path}` }));
  const entries = (Array.isArray(root.indicators) ? root.indicators : []) as Entry[];
  const specs: IndicatorSpec[] = [];
  entries.forEach((entry, i) => {
    const where = (field: string): string => `${file} line ${at(['indicators', i, ...field.split('.')])} field indicators[${i}].${field} ("${String(entry?.id)}")`;
    const spec = toSpec(entry, resources, (field, message) => problems.push(`${where(field)}: ${message}`));
    if (spec !== undefined) specs.push(spec);
  });
  return { pkg: { resources, specs }, problems };
}

function toSpec(entry: Entry, resources: readonly PackageResource[], problem: (field: string, message: string) => void): IndicatorSpec | undefined {
  if (typeof entry !== 'object' || entry === null || typeof entry.values !== 'object' || entry.values === null) return undefined;
  const recipe = 'formula' in entry.values ? formulaRecipe(entry, problem) : tableRecipe(entry.values, resources, problem);
  if (recipe === undefined) return undefined;
  const aggregation = recipe.aggregation ?? entry.aggregation ?? { kind: 'none' };
  const s = entry.source ?? {};
  const source: IndicatorSource = {
    organisation: s.publisher,
    title: s.title,
    ...(s.url === undefined ? {} : { url: s.url }),
    year: s.year,
    licence: s.licence,
    ...(entry.caveats === undefined ? {} : { note: entry.caveats }),
  };
  const meta = { id: entry.id, label: entry.title, description: entry.description, unit: entry.unit, polarity: entry.polarity, decimals: entry.decimals, aggregation, source };
  return { meta, recipe: recipe.recipe, ...(entry.national === undefined ? {} : { national: entry.national }) };
}

/** `numerator / denominator[year] * scale`: the values and the aggregate are that ratio. */
function formulaRecipe(entry: Entry, problem: (field: string, message: string) => void): { recipe: Recipe; aggregation: Aggregation } | undefined {
  const formula = (entry.values as { formula: string }).formula;
  const m = FORMULA.exec(formula);
  if (m === null) return undefined; // the schema's pattern reports it
  if (entry.aggregation !== undefined) problem('aggregation', 'a derived indicator takes its aggregation from values.formula; remove it');
  const [, numerator = '', denominator = '', year, scale] = m;
  return {
    recipe: { kind: 'derived-ratio' },
    aggregation: {
      kind: 'ratio',
      numerator,
      denominator,
      ...(scale === undefined ? {} : { scale: Number(scale) }),
      ...(year === undefined ? {} : { denominatorYear: Number(year) }),
    },
  };
}

/** A resource's field for one year, a long table's field by its year field, or a wide table. */
function tableRecipe(
  values: Exclude<Entry['values'], { formula: string }>,
  resources: readonly PackageResource[],
  problem: (field: string, message: string) => void,
): { recipe: Recipe; aggregation?: undefined } | undefined {
  const resource = resources.find((r) => r.name === values.resource);
  if (resource === undefined) {
    problem('values.resource', `no resource named "${values.resource}" in this package`);
    return undefined;
  }
  const file = resource.path;
  const yearField = resource.schema.fields.find((f) => f.type === 'year')?.name;
  if (values.field === undefined) {
    if (values.year !== undefined) problem('values.year', 'a wide table takes its years from its column headers; give values.field to read one column');
    return { recipe: { kind: 'wide', file, ...(values.shiftPow10 === undefined ? {} : { shiftPow10: values.shiftPow10 }), ...(values.national === true ? { national: true } : {}) } };
  }
  if (!resource.schema.fields.some((f) => f.name === values.field)) {
    problem('values.field', `resource "${resource.name}" has no field "${values.field}"`);
    return undefined;
  }
  if (values.national === true || values.shiftPow10 !== undefined) problem('values', 'national and shiftPow10 apply to wide tables only');
  if (values.year !== undefined) return { recipe: { kind: 'column', file, column: values.field, year: values.year } };
  if (yearField !== undefined) return { recipe: { kind: 'long', file, column: values.field, yearColumn: yearField } };
  problem('values.year', `resource "${resource.name}" has no field of type "year": give the year of values.field`);
  return undefined;
}

/** `file line N field a.b[2].c: message`, with the indicator's id where the error is inside one. */
function describe(file: string, error: SchemaError, json: unknown, at: (path: (string | number)[]) => number): string {
  const path = [...error.path, ...(error.property === undefined ? [] : [error.property])];
  const line = at(path) > 1 || error.property === undefined ? at(path) : at(error.path);
  const field = path.reduce<string>((out, p) => (typeof p === 'number' ? `${out}[${p}]` : out === '' ? p : `${out}.${p}`), '');
  const id = path[0] === 'indicators' && typeof path[1] === 'number' ? (json as { indicators: { id?: unknown }[] }).indicators[path[1]]?.id : undefined;
  return `${file} line ${line} field ${field === '' ? '(top level)' : field}${typeof id === 'string' ? ` ("${id}")` : ''}: ${error.message}`;
}

/** 1-based line of a node's start; 1 when the node is absent. */
function lineOf(text: string, node: JsonNode | undefined): number {
  if (node === undefined) return 1;
  let line = 1;
  for (let i = 0; i < node.offset; i += 1) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}
