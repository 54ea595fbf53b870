// Validation rules of the indicator catalogue: table rows (codes, duplicates, names) and the built
// indicators.json (sources, shapes, ids, references, derived values). Each rule returns problems
// (empty = fine) so one build reports all of them; the build turns them into one loud error.
import type { Indicator, IndicatorsFile } from '../../src/data/indicatorTypes';
import { decimalsOf } from './cells';

/** What the row checks need of a CSV row. `key` is the year of a long table ('' otherwise). */
export interface TableRowRef {
  iso: string;
  line: number;
  nameTh?: string | undefined;
  key: string;
}

/** Ids go into URLs (`?indicator=gpp-per-capita`): lowercase letters, digits, single dashes. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Every row's code must be a province of geo/provinces.csv (or `nationalCode`, once), its Thai
 * name (when the table has one) must match that province's, and no province may appear twice for
 * the same year (`key`, from the column `keyField`): the table's primary key and its reference to
 * the province table.
 */
export function checkTableRows(
  file: string,
  rows: readonly TableRowRef[],
  provinces: ReadonlyMap<string, { nameTh: string }>,
  nationalCode?: string,
  keyField = 'iso_3166_2',
): string[] {
  const problems: string[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    const where = (field: string): string => `${file} line ${row.line} field ${field}`;
    const known = provinces.get(row.iso);
    if (row.iso !== nationalCode && known === undefined) problems.push(`${where('iso_3166_2')}: "${row.iso}" is not a province code of geo/provinces.csv`);
    if (known !== undefined && row.nameTh !== undefined && row.nameTh !== known.nameTh) {
      problems.push(`${where('name_th')}: ${row.iso} is named "${row.nameTh}" here but "${known.nameTh}" in geo/provinces.csv`);
    }
    const id = `${row.iso}|${row.key}`;
    const first = seen.get(id);
    if (first !== undefined) problems.push(`${where(row.key === '' ? 'iso_3166_2' : keyField)}: ${row.iso}${row.key === '' ? '' : ` ${row.key}`} already on line ${first}`);
    else seen.set(id, row.line);
  }
  return problems;
}

/** `provinces` must be exactly the expected codes, sorted, without repeats. */
export function checkProvinceList(provinces: readonly string[], expected: readonly string[]): string[] {
  const want = [...new Set(expected)].sort();
  if (provinces.length === want.length && provinces.every((c, i) => c === want[i])) return [];
  return [`provinces must be the ${want.length} codes of geo/provinces.csv, sorted; got ${provinces.length}: ${provinces.slice(0, 5).join(', ')}…`];
}

/** Ids must be URL-safe and unique. */
export function checkIds(indicators: readonly Pick<Indicator, 'id'>[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const { id } of indicators) {
    if (!ID_PATTERN.test(id)) problems.push(`id "${id}" is not URL-safe (lowercase, digits, dashes)`);
    if (seen.has(id)) problems.push(`id "${id}" is used twice`);
    seen.add(id);
  }
  return problems;
}

/** A figure without a named source is not shipped: organisation (th and en), title, year, licence. */
export function checkSource(ind: Indicator): string[] {
  const s = ind.source;
  const blank = (v: string | undefined): boolean => v === undefined || v.trim() === '';
  const missing = [
    blank(s.organisation.th) && 'organisation.th',
    blank(s.organisation.en) && 'organisation.en',
    blank(s.title) && 'title',
    blank(s.year) && 'year',
    blank(s.licence) && 'licence',
    s.note !== undefined && (blank(s.note.th) || blank(s.note.en)) && 'note (th and en)',
  ].filter((m): m is string => m !== false);
  return missing.length === 0 ? [] : [`${ind.id}: source lacks ${missing.join(', ')}`];
}

/**
 * Years ascending whole numbers, exactly the keys of `values`; each array exactly `count` long;
 * every entry `null` or a finite number; `national` only for those years.
 */
export function checkShape(ind: Indicator, count: number): string[] {
  const problems: string[] = [];
  const p = (msg: string): void => void problems.push(`${ind.id}: ${msg}`);
  if (ind.years.length === 0) p('no years');
  ind.years.forEach((y, i) => {
    if (!Number.isInteger(y)) p(`year ${y} is not a whole number`);
    const prev = ind.years[i - 1];
    if (prev !== undefined && !(y > prev)) p(`years not strictly ascending at ${y}`);
  });
  const keys = Object.keys(ind.values);
  const want = ind.years.map(String);
  if (keys.length !== want.length || !want.every((k) => keys.includes(k))) {
    p(`values keys [${keys.join(', ')}] do not match years [${want.join(', ')}]`);
  }
  for (const [year, row] of Object.entries(ind.values)) {
    if (row.length !== count) p(`values[${year}] has ${row.length} entries, not ${count}`);
    row.forEach((v, i) => {
      if (v !== null && !(typeof v === 'number' && Number.isFinite(v))) p(`values[${year}][${i}] is not a finite number or null`);
    });
  }
  for (const [year, v] of Object.entries(ind.national ?? {})) {
    if (!want.includes(year)) p(`national has year ${year} that is not in years`);
    if (v !== null && !Number.isFinite(v)) p(`national[${year}] is not finite`);
  }
  if (!Number.isInteger(ind.decimals) || ind.decimals < 0) p(`decimals ${ind.decimals} is not a whole number ≥ 0`);
  return problems;
}

/** Ids named by `aggregation` and `derivedFrom` exist and have the years the rule reads. */
export function checkReferences(ind: Indicator, byId: ReadonlyMap<string, Indicator>): string[] {
  const problems: string[] = [];
  const needYears = (id: string, role: string, years: readonly number[]): void => {
    const other = byId.get(id);
    if (other === undefined) problems.push(`${ind.id}: ${role} "${id}" is not a shipped indicator`);
    else if (id === ind.id) problems.push(`${ind.id}: ${role} refers to itself`);
    else {
      const lacking = years.filter((y) => !other.years.includes(y));
      if (lacking.length > 0) problems.push(`${ind.id}: ${role} "${id}" has no data for ${lacking.join(', ')}`);
    }
  };
  const a = ind.aggregation;
  if (a.kind === 'ratio') {
    needYears(a.numerator, 'numerator', ind.years);
    needYears(a.denominator, 'denominator', a.denominatorYear === undefined ? ind.years : [a.denominatorYear]);
  }
  if (a.kind === 'weighted-mean') needYears(a.weight, 'weight', ind.years);
  for (const id of ind.derivedFrom ?? []) needYears(id, 'derivedFrom', []);
  return problems;
}

/**
 * Where the rule is a ratio, each province value must equal numerator ÷ denominator × scale
 * within the rounding of the shipped value (see `tolerance`). A derived indicator
 * must also be null exactly where an input is null, and be rounded to its `decimals`.
 */
export function checkRatioValues(ind: Indicator, byId: ReadonlyMap<string, Indicator>): string[] {
  const a = ind.aggregation;
  if (a.kind !== 'ratio') return [];
  const num = byId.get(a.numerator);
  const den = byId.get(a.denominator);
  if (num === undefined || den === undefined) return []; // reported by checkReferences
  const derived = ind.derivedFrom !== undefined;
  const problems: string[] = [];
  for (const year of ind.years) {
    const values = ind.values[String(year)] ?? [];
    const ns = num.values[String(year)] ?? [];
    const ds = den.values[String(a.denominatorYear ?? year)] ?? [];
    values.forEach((v, i) => {
      const n = ns[i] ?? null;
      const d = ds[i] ?? null;
      const where = `${ind.id} ${year} #${i}`;
      if (n === null || d === null || d === 0) {
        if (v !== null) problems.push(`${where}: ${v} but ${a.numerator} or ${a.denominator} has no data`);
        return;
      }
      const expected = (n / d) * (a.scale ?? 1);
      if (v === null) {
        if (derived) problems.push(`${where}: null but the formula gives ${expected}`);
        return;
      }
      if (derived && decimalsOf(v) > ind.decimals) problems.push(`${where}: ${v} has more than ${ind.decimals} decimals`);
      const tolerance = derived
        ? halfUnit(v) + Math.abs(expected) * 1e-12
        : // A published ratio was computed from unrounded inputs and may be truncated (NESDC's GPP
          // per capita is): allow a whole unit of its last digit plus the rounding of the inputs.
          2 * halfUnit(v) + Math.abs(expected) * (halfUnit(n) / Math.abs(n) + halfUnit(d) / Math.abs(d));
      if (Math.abs(v - expected) > tolerance) problems.push(`${where}: ${v} ≠ ${a.numerator}/${a.denominator} = ${expected}`);
    });
  }
  return problems;
}

/** Half a unit of the last digit of `value` as written (`1.369` → 0.0005). */
function halfUnit(value: number): number {
  return 0.5 * 10 ** -decimalsOf(value);
}

/** A weighted mean needs a weight wherever there is a value. */
export function checkWeights(ind: Indicator, byId: ReadonlyMap<string, Indicator>): string[] {
  const a = ind.aggregation;
  if (a.kind !== 'weighted-mean') return [];
  const w = byId.get(a.weight);
  if (w === undefined) return [];
  const problems: string[] = [];
  for (const year of ind.years) {
    const ws = w.values[String(year)] ?? [];
    (ind.values[String(year)] ?? []).forEach((v, i) => {
      const weight = ws[i] ?? null;
      if (v !== null && (weight === null || weight <= 0)) problems.push(`${ind.id} ${year} #${i}: value without a positive weight`);
    });
  }
  return problems;
}

/** Every rule above over a whole file; `expectedProvinces` are the codes of geo/provinces.csv. */
export function checkIndicatorsFile(file: IndicatorsFile, expectedProvinces: readonly string[]): string[] {
  const byId = new Map(file.indicators.map((i) => [i.id, i]));
  return [
    ...checkProvinceList(file.provinces, expectedProvinces),
    ...checkIds(file.indicators),
    ...file.indicators.flatMap((ind) => [
      ...checkSource(ind),
      ...checkShape(ind, file.provinces.length),
      ...checkReferences(ind, byId),
      ...checkRatioValues(ind, byId),
      ...checkWeights(ind, byId),
    ]),
  ];
}
