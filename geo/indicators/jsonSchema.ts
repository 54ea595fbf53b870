// JSON Schema validation for the geo build (ajv, draft-07 as the Frictionless profiles use), with
// errors as paths rather than JSON pointers so callers can find the line and name the field.
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/** One failed rule: where (path of keys and indexes), the property it is about, and why. */
export interface SchemaError {
  path: (string | number)[];
  /** The missing or unexpected property, for `required` and `additionalProperties` errors. */
  property?: string;
  message: string;
}

const compiled = new WeakMap<object, ValidateFunction>();

/** A validator for `schema` (compiled once per schema object); returns every error, deduplicated. */
export function compileSchema(schema: object): (data: unknown) => SchemaError[] {
  let validate = compiled.get(schema);
  if (validate === undefined) {
    // strict: false — the Frictionless profiles carry annotation keywords of their own
    // ("propertyOrder", "context") that strict mode rejects; they do not change validation.
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    ajv.addFormat('textarea', true); // an editor hint in the Frictionless profiles, not a constraint
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  const run = validate;
  return (data) => {
    run(data);
    const seen = new Set<string>();
    return (run.errors ?? []).flatMap((e) => {
      const error = toError(e);
      const key = `${error.path.join('/')}|${error.property ?? ''}|${error.message}`;
      if (seen.has(key)) return [];
      seen.add(key);
      return [error];
    });
  };
}

function toError(e: ErrorObject): SchemaError {
  const path = e.instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  const params = e.params as { missingProperty?: string; additionalProperty?: string; allowedValues?: unknown[] };
  if (e.keyword === 'required' && params.missingProperty !== undefined) return { path, property: params.missingProperty, message: 'is required' };
  if (e.keyword === 'additionalProperties' && params.additionalProperty !== undefined) {
    return { path, property: params.additionalProperty, message: 'is not a property the schema allows (a typo?)' };
  }
  if (e.keyword === 'enum' && params.allowedValues !== undefined) return { path, message: `must be one of ${params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}` };
  return { path, message: e.message ?? e.keyword };
}
