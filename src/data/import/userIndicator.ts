// A user's imported series as an Indicator of the same shape as the shipped ones, so the map,
// legend, charts, detail panel, URL and export treat it like any other. Pure.
import type { Aggregation, Bilingual, Indicator, Unit } from '../indicatorTypes';
import type { ProvinceCode } from '../types';

/** Ids of imported indicators start with this, so a link can tell it needs the user's data. */
export const USER_ID_PREFIX = 'my-';

/** Everything an import needs from outside the core: names, codes, the dataset's identity. */
export interface BuildContext {
  /** Province order of the catalogue; every values array follows it. */
  provinces: readonly ProvinceCode[];
  /** Short, lowercase [a-z0-9]; ids become `my-<datasetId>-<n>`. */
  datasetId: string;
  fileName: string;
  /** Shown as the source of every figure: who (the user) and on what terms. */
  source: { organisation: Bilingual; licence: string };
  /** Label templates with `{column}` and `{file}`: the shell's translations. */
  names: {
    rows: Bilingual;
    sumOf: Bilingual;
    meanOf: Bilingual;
    points: Bilingual;
    per100k: Bilingual;
  };
}

export function userIndicatorId(datasetId: string, n: number): string {
  return `${USER_ID_PREFIX}${datasetId}-${n}`;
}

export function isUserIndicatorId(id: string): boolean {
  return id.startsWith(USER_ID_PREFIX);
}

export function fillBilingual(t: Bilingual, vars: Record<string, string>): Bilingual {
  const fill = (s: string) => s.replace(/\{(\w+)\}/g, (m, k: string) => vars[k] ?? m);
  return { th: fill(t.th), en: fill(t.en) };
}

export interface SeriesInput {
  n: number;
  label: Bilingual;
  column: string;
  unit: Unit;
  decimals: number;
  aggregation: Aggregation;
  /** Values by CE year, aligned with `ctx.provinces`, null = no data. */
  values: Map<number, (number | null)[]>;
  /** The file's own whole-kingdom figures by CE year (its national total row). */
  national?: ReadonlyMap<number, number>;
}

export function userIndicator(ctx: BuildContext, s: SeriesInput): Indicator {
  const years = [...s.values.keys()].sort((a, b) => a - b);
  const yearText = years.length > 1 ? `${years[0]}–${years[years.length - 1]}` : String(years[0] ?? '');
  return {
    id: userIndicatorId(ctx.datasetId, s.n),
    label: s.label,
    description: { th: `${ctx.fileName} · ${s.column}`, en: `${ctx.fileName} · ${s.column}` },
    unit: s.unit,
    polarity: 'neutral',
    decimals: s.decimals,
    aggregation: s.aggregation,
    years,
    values: Object.fromEntries(years.map((y) => [String(y), s.values.get(y) as (number | null)[]])),
    ...(s.national && years.some((y) => s.national?.has(y))
      ? { national: Object.fromEntries(years.flatMap((y) => (s.national?.has(y) ? [[String(y), s.national.get(y) as number]] : []))) }
      : {}),
    source: { organisation: ctx.source.organisation, title: ctx.fileName, year: yearText, licence: ctx.source.licence },
    userData: { datasetId: ctx.datasetId, fileName: ctx.fileName, column: s.column },
  };
}

/** The file name without its extension, for labels. */
export function baseName(fileName: string): string {
  return fileName.replace(/\.[a-z0-9]{1,5}$/i, '');
}

/** True when a query string names an imported indicator (so start-up waits for the user's data). */
export function mentionsUserIndicator(search: string): boolean {
  const p = new URLSearchParams(search);
  return [p.get('indicator'), ...(p.get('scatter')?.split(',') ?? [])].some((v) => v?.trim().toLowerCase().startsWith(USER_ID_PREFIX));
}
