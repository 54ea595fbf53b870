// Checks a CSV table against its Table Schema (Frictionless): the header against `fields` (by
// `fieldsMatch`), every cell against its field's type and constraints, blanks by `missingValues`.
// Keys (`primaryKey`) and province codes are checked by ./checks.ts (checkTableRows), which also
// knows the whole-kingdom row. No file IO.
import Papa from 'papaparse';
import type { TableSchemaDescriptor } from './descriptor';

type Field = TableSchemaDescriptor['fields'][number];

/** Lexical forms this build accepts; stricter than Table Schema allows, never looser. */
const TYPES: Record<string, { test: RegExp; says: string }> = {
  number: { test: /^-?\d+(?:\.\d+)?$/, says: 'a plain decimal number' },
  integer: { test: /^-?\d+$/, says: 'a whole number' },
  year: { test: /^\d{4}$/, says: 'a four-digit year' },
};

/** Every problem of `text` (the table at `file`) against `schema`, as `file line N field F: …`. */
export function checkTable(file: string, text: string, schema: TableSchemaDescriptor): string[] {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const problems = parsed.errors.map((e) => `${file} line ${(e.row ?? 0) + 1}: ${e.message}`);
  const [header = [], ...rows] = parsed.data;
  problems.push(...checkHeader(file, header, schema));
  const missing = new Set(schema.missingValues ?? ['']);
  const columns = schema.fields.map((field) => ({ field, index: header.indexOf(field.name) })).filter((c) => c.index >= 0);
  rows.forEach((row, r) => {
    // The header is line 1; a row of the file is line r + 2 (the tables have no multi-line cells).
    for (const { field, index } of columns) {
      const problem = checkCell(row[index] ?? '', field, missing);
      if (problem !== undefined) problems.push(`${file} line ${r + 2} field ${field.name}: ${problem}`);
    }
  });
  return problems;
}

function checkHeader(file: string, header: readonly string[], schema: TableSchemaDescriptor): string[] {
  const names = schema.fields.map((f) => f.name);
  const match = schema.fieldsMatch ?? 'exact';
  const lacking = names.filter((n) => !header.includes(n));
  const extra = header.filter((h) => !names.includes(h));
  const problems: string[] = [];
  if (match === 'exact' && (header.length !== names.length || header.some((h, i) => h !== names[i]))) {
    problems.push(`${file} line 1: the header must be exactly the schema's fields in order (${names.join(', ')}); it is ${header.join(', ')}`);
  } else if ((match === 'equal' || match === 'subset') && lacking.length > 0) {
    problems.push(`${file} line 1: no column for field${lacking.length > 1 ? 's' : ''} ${lacking.join(', ')}`);
  }
  if ((match === 'equal' || match === 'superset') && extra.length > 0) problems.push(`${file} line 1: column${extra.length > 1 ? 's' : ''} ${extra.join(', ')} not in the schema`);
  if (match === 'partial' && lacking.length === names.length) problems.push(`${file} line 1: none of the schema's fields is a column`);
  return problems;
}

function checkCell(raw: string, field: Field, missing: ReadonlySet<string>): string | undefined {
  const text = raw.trim();
  const c = field.constraints ?? {};
  if (missing.has(text)) return c.required === true ? 'is required (blank)' : undefined;
  const type = TYPES[field.type ?? 'string'];
  if (type !== undefined && !type.test.test(text)) return `"${text}" is not ${type.says}`;
  if (c.pattern !== undefined && !new RegExp(`^(?:${c.pattern})$`).test(text)) return `"${text}" does not match ${c.pattern}`;
  if (c.enum !== undefined && !c.enum.map(String).includes(text)) return `"${text}" is not one of ${c.enum.join(', ')}`;
  return undefined;
}
