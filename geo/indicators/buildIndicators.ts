// Builds public/data/indicators.json from the curated tables and the province table: reads each
// recipe, aligns values to the 77 sorted ISO codes (absent or blank = null), computes the derived
// ratios, runs every check and logs what is missing. No file IO.
import type { Indicator, IndicatorsFile } from '../../src/data/indicatorTypes';
import type { ProvinceCode } from '../../src/data/types';
import type { ProvinceRow } from '../provinceTable';
import { assertNoProblems } from '../checks';
import { roundTo } from './cells';
import { checkIndicatorsFile } from './checks';
import { columnSeries, longSeries, readCuratedTable, wideSeries, yearColumns, type CuratedTable, type KnownProvinces, type Series } from './csvTable';
import { findMissing, formatMissing } from './missingReport';
import { tableOptions } from './indicatorPackage';
import type { IndicatorSpec, Recipe } from './spec';

/** Inputs: texts of the curated tables by file name, and the parsed geo/provinces.csv. */
export interface IndicatorInputs {
  tables: Readonly<Record<string, string>>;
  provinces: readonly ProvinceRow[];
}

/**
 * Builds and checks the catalogue. Throws a GeoCheckError listing every problem (table stage
 * first, then the built file); `log` gets table notes and one "missing" line per indicator.
 */
export function buildIndicators(catalogue: readonly IndicatorSpec[], inputs: IndicatorInputs, log: (text: string) => void): IndicatorsFile {
  const codes = inputs.provinces.map((p) => p.iso).sort() as ProvinceCode[];
  const known: KnownProvinces = new Map(inputs.provinces.map((p) => [p.iso, { nameTh: p.nameTh }]));
  const problems: string[] = [];
  const tables = readTables(catalogue, inputs.tables, known, problems, log);
  const built = new Map<string, Indicator>();
  // Table-backed indicators first, so derived ones can read any of them whatever the order.
  for (const spec of catalogue) {
    if (spec.recipe.kind === 'derived-ratio') continue;
    const series = readSeries(spec.recipe, tables, problems);
    if (series !== undefined) built.set(spec.meta.id, toIndicator(spec, series, codes));
  }
  assertNoProblems('indicator tables', problems);
  for (const spec of catalogue) {
    if (spec.recipe.kind === 'derived-ratio') built.set(spec.meta.id, derive(spec, built, problems));
  }
  assertNoProblems('derived indicators', problems);

  const file: IndicatorsFile = { provinces: codes, indicators: catalogue.map((s) => built.get(s.meta.id) as Indicator) };
  assertNoProblems('indicators.json', checkIndicatorsFile(file, codes));
  log('indicators: cells with no data (null), per indicator:');
  for (const ind of file.indicators) log(`  ${formatMissing(findMissing(ind, codes), ind.years)}`);
  return file;
}

function readTables(
  catalogue: readonly IndicatorSpec[],
  texts: Readonly<Record<string, string>>,
  provinces: KnownProvinces,
  problems: string[],
  log: (text: string) => void,
): Map<string, CuratedTable> {
  const tables = new Map<string, CuratedTable>();
  for (const [file, options] of tableOptions(catalogue)) {
    const text = texts[file];
    if (text === undefined) {
      problems.push(`${file}: table not provided`);
      continue;
    }
    const read = readCuratedTable(file, text, { provinces, ...options });
    problems.push(...read.problems);
    tables.set(file, read.table);
    const be = yearColumns(read.table).filter((c) => c.era === 'BE');
    if (be.length > 0) log(`${file}: year headers in Buddhist Era converted to CE (${be.map((c) => `${c.column}→${c.ce}`).join(', ')})`);
  }
  return tables;
}

function readSeries(recipe: Recipe, tables: ReadonlyMap<string, CuratedTable>, problems: string[]): Series | undefined {
  if (recipe.kind === 'derived-ratio') return undefined;
  const table = tables.get(recipe.file);
  if (table === undefined) return undefined; // already reported
  const read =
    recipe.kind === 'wide'
      ? wideSeries(table, recipe.shiftPow10 ?? 0)
      : recipe.kind === 'column'
        ? columnSeries(table, recipe.column, recipe.year)
        : longSeries(table, recipe.column, recipe.yearColumn);
  problems.push(...read.problems);
  if (recipe.kind === 'wide' && recipe.national === true && read.series.national.size === 0) problems.push(`${recipe.file}: no TH row for the national values`);
  return recipe.kind === 'wide' && recipe.national === true ? read.series : { ...read.series, national: new Map() };
}

/** Aligns a series to the sorted codes: a province with no row, or a blank cell, is null. */
function toIndicator(spec: IndicatorSpec, series: Series, codes: readonly string[]): Indicator {
  const values: Record<string, (number | null)[]> = {};
  for (const year of series.years) {
    const byCode = series.byYear.get(year);
    values[String(year)] = codes.map((c) => byCode?.get(c) ?? null);
  }
  const national: Record<string, number | null> = { ...spec.national };
  for (const [year, v] of series.national) national[String(year)] = v;
  return assemble(spec, series.years, values, national);
}

/** Values of a derived ratio, by the same formula as its aggregation, rounded to `decimals`. */
function derive(spec: IndicatorSpec, built: ReadonlyMap<string, Indicator>, problems: string[]): Indicator {
  const a = spec.meta.aggregation;
  const num = a.kind === 'ratio' ? built.get(a.numerator) : undefined;
  const den = a.kind === 'ratio' ? built.get(a.denominator) : undefined;
  if (a.kind !== 'ratio' || num === undefined || den === undefined) {
    problems.push(`${spec.meta.id}: a derived ratio needs a ratio aggregation over two table-backed indicators`);
    return assemble(spec, [], {}, {});
  }
  const values: Record<string, (number | null)[]> = {};
  for (const year of num.years) {
    const ds = den.values[String(a.denominatorYear ?? year)];
    if (ds === undefined) problems.push(`${spec.meta.id}: ${a.denominator} has no ${a.denominatorYear ?? year}`);
    values[String(year)] = (num.values[String(year)] ?? []).map((n, i) => {
      const d = ds?.[i] ?? null;
      return n === null || d === null || d === 0 ? null : roundTo((n / d) * (a.scale ?? 1), spec.meta.decimals);
    });
  }
  return { ...assemble(spec, num.years, values, { ...spec.national }), derivedFrom: [a.numerator, a.denominator] };
}

function assemble(spec: IndicatorSpec, years: number[], values: Record<string, (number | null)[]>, national: Record<string, number | null>): Indicator {
  const { id, label, description, unit, polarity, decimals, aggregation, source } = spec.meta;
  return {
    id,
    label,
    description,
    unit,
    polarity,
    decimals,
    aggregation,
    years,
    values,
    ...(Object.keys(national).length > 0 ? { national } : {}),
    source,
  };
}
