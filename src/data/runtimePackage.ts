// Extra indicators a deployment publishes beside the app as Frictionless Data Packages, listed in
// data-packages.json: the config, each package's descriptor and its CSVs, validated like imports.
// The format is the one the atlas publishes (data/atlas-data/, see README): each resource a long
// CSV (iso, year, value; names optional) with an `atlas` block. Pure: texts in, indicators or a
// DataFileError naming the package and the field out; a package with any problem adds nothing.
import { DataFileError } from './atlasData';
import type { Bilingual, Indicator, Polarity, Unit } from './indicatorTypes';

/** Limits per package, so a deployment's mistake cannot stall the atlas. */
export const PACKAGE_LIMITS = { packages: 10, indicators: 30, csvBytes: 5_000_000, rows: 100_000 } as const;

const UNITS: readonly Unit[] = ['people', 'km2', 'people-per-km2', 'index', 'baht', 'million-baht', 'percent', 'count', 'ratio'];
const POLARITIES: readonly Polarity[] = ['higher-better', 'higher-worse', 'neutral'];
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A same-origin relative path: no scheme, no leading slash or `..` segment, no backslash. */
const RELATIVE = /^(?![a-z][a-z0-9+.-]*:)(?!\/)(?!.*(?:^|\/)\.\.(?:\/|$))[^\\?#]+$/i;

/** One resource of a package, checked: where its CSV is and the indicator it becomes. */
export interface PackageResourcePlan {
  path: string;
  meta: Omit<Indicator, 'years' | 'values'>;
}

/** The package paths of data-packages.json (`{"packages": ["eef/datapackage.json"]}`). */
export function readPackageConfig(json: unknown): string[] {
  const file = 'data-packages.json';
  const list = (json as { packages?: unknown } | null)?.packages;
  if (!Array.isArray(list)) throw new DataFileError(file, 'field "packages" must be a list of paths');
  if (list.length > PACKAGE_LIMITS.packages) throw new DataFileError(file, `more than ${PACKAGE_LIMITS.packages} packages`);
  list.forEach((p, i) => {
    if (typeof p !== 'string' || !RELATIVE.test(p)) throw new DataFileError(file, `packages[${i}] must be a path on this site, relative to the app`);
  });
  return list as string[];
}

/** Checks a package descriptor; `name` is how the package is named to the user (its path). */
export function planPackage(name: string, json: unknown, taken: ReadonlySet<string>): PackageResourcePlan[] {
  const fail = (field: string, message: string): never => {
    throw new DataFileError(name, `field ${field}: ${message}`);
  };
  const resources = (json as { resources?: unknown } | null)?.resources;
  if (!Array.isArray(resources) || resources.length === 0) fail('resources', 'must be a non-empty list');
  const list = resources as Record<string, unknown>[];
  if (list.length > PACKAGE_LIMITS.indicators) fail('resources', `more than ${PACKAGE_LIMITS.indicators} indicators`);
  const ids = new Set<string>();
  return list.map((r, i) => {
    const at = `resources[${i}]`;
    const str = (v: unknown, field: string): string => (typeof v === 'string' && v.trim() !== '' ? v : fail(field, 'is required (text)'));
    const bi = (v: unknown, field: string): Bilingual => {
      const o = v as Partial<Bilingual> | undefined;
      return { th: str(o?.th, `${field}.th`), en: str(o?.en, `${field}.en`) };
    };
    const id = str(r?.['name'], `${at}.name`);
    if (!ID.test(id)) fail(`${at}.name`, `"${id}" must be lowercase letters, digits and single dashes`);
    if (taken.has(id) || ids.has(id)) fail(`${at}.name`, `"${id}" is already an indicator of the atlas`);
    ids.add(id);
    const path = str(r['path'], `${at}.path`);
    if (!RELATIVE.test(path) || !path.endsWith('.csv')) fail(`${at}.path`, 'must be a .csv path on this site, relative to the package');
    const atlas = (r['atlas'] ?? fail(`${at}.atlas`, 'is required')) as Record<string, unknown>;
    const s = (atlas['source'] ?? fail(`${at}.atlas.source`, 'is required')) as Record<string, unknown>;
    const unit = atlas['unit'] as Unit;
    if (!UNITS.includes(unit)) fail(`${at}.atlas.unit`, `must be one of ${UNITS.join(', ')}`);
    const polarity = atlas['polarity'] as Polarity;
    if (!POLARITIES.includes(polarity)) fail(`${at}.atlas.polarity`, `must be one of ${POLARITIES.join(', ')}`);
    const decimals = atlas['decimals'];
    if (typeof decimals !== 'number' || !Number.isInteger(decimals) || decimals < 0 || decimals > 9) fail(`${at}.atlas.decimals`, 'must be a whole number from 0 to 9');
    const url = s['url'];
    if (url !== undefined && (typeof url !== 'string' || !/^https?:\/\//.test(url))) fail(`${at}.atlas.source.url`, 'must be an http(s) link');
    const label = bi(atlas['title'], `${at}.atlas.title`);
    return {
      path,
      meta: {
        id,
        label,
        description: atlas['description'] === undefined ? label : bi(atlas['description'], `${at}.atlas.description`),
        unit,
        polarity,
        decimals: decimals as number,
        // A deployment's figures carry no rule for adding up: no invented whole-kingdom value.
        aggregation: { kind: 'none' },
        source: {
          organisation: bi(s['publisher'], `${at}.atlas.source.publisher`),
          title: str(s['title'], `${at}.atlas.source.title`),
          ...(typeof url === 'string' ? { url } : {}),
          year: str(s['year'], `${at}.atlas.source.year`),
          licence: str(s['licence'], `${at}.atlas.source.licence`),
          ...(atlas['caveats'] === undefined ? {} : { note: bi(atlas['caveats'], `${at}.atlas.caveats`) }),
        },
        packageFrom: name,
      },
    };
  });
}

/**
 * One resource's CSV as an indicator aligned with `provinces` (absent or blank = null, never 0).
 * `file` names the CSV in messages (package path + resource path).
 */
export function packageIndicator(file: string, plan: PackageResourcePlan, text: string, provinces: readonly string[]): Indicator {
  const fail = (where: string, message: string): never => {
    throw new DataFileError(file, `${where}: ${message}`);
  };
  if (text.length > PACKAGE_LIMITS.csvBytes) fail('file', `larger than ${PACKAGE_LIMITS.csvBytes / 1_000_000} MB`);
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = (lines[0] ?? '').split(',').map((h) => h.trim());
  const col = (name: string): number => (header.includes(name) ? header.indexOf(name) : fail('line 1', `no column "${name}"`));
  const [iIso, iYear, iValue] = [col('iso'), col('year'), col('value')];
  const index = new Map(provinces.map((c, i) => [c, i]));
  const byYear = new Map<number, (number | null)[]>();
  const seen = new Set<string>();
  const rows = lines.slice(1);
  if (rows.length > PACKAGE_LIMITS.rows + 1) fail('file', `more than ${PACKAGE_LIMITS.rows} rows`);
  rows.forEach((line, r) => {
    if (line.trim() === '') return;
    const cells = splitCsvLine(line);
    const where = (field: string) => `line ${r + 2} field ${field}`;
    const iso = (cells[iIso] ?? '').trim();
    const at = index.get(iso) ?? fail(where('iso'), `"${iso}" is not a province code (TH-10 … TH-96)`);
    const yearText = (cells[iYear] ?? '').trim();
    const year = /^\d{4}$/.test(yearText) && Number(yearText) >= 1900 && Number(yearText) <= 2100 ? Number(yearText) : fail(where('year'), `"${yearText}" is not a year (CE)`);
    if (seen.has(`${iso}|${year}`)) fail(where('year'), `${iso} ${year} appears twice`);
    seen.add(`${iso}|${year}`);
    const raw = (cells[iValue] ?? '').trim();
    const value = raw === '' ? null : /^-?\d+(?:\.\d+)?$/.test(raw) ? Number(raw) : fail(where('value'), `"${raw}" is not a number`);
    const row = byYear.get(year) ?? provinces.map(() => null);
    row[at] = value;
    byYear.set(year, row);
  });
  const years = [...byYear.keys()].sort((a, b) => a - b);
  if (!years.some((y) => byYear.get(y)?.some((v) => v !== null))) fail('file', 'has no values');
  return { ...plan.meta, years, values: Object.fromEntries(years.map((y) => [String(y), byYear.get(y) ?? []])) };
}

/** Cells of one CSV line, honouring double quotes (a quoted comma stays in its cell). */
function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}
