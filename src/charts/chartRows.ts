// The rows every province chart starts from: one per province with its name in the UI language,
// its value (or null = no data), region, and whether it is a learning-city pilot or a UNESCO
// learning city. Pure.
import type { Province, ProvinceCode, RegionNesdc } from '../data/types';
import type { Lang } from '../state/doc';
import { provinceName } from './chartFormat';

export interface ProvinceRow {
  code: ProvinceCode;
  /** Name in the UI language. */
  label: string;
  /** `null` = no data (never drawn as zero). */
  value: number | null;
  region: RegionNesdc;
  pilot: boolean;
  learningCity: boolean;
}

/** Membership sets used to mark provinces (glyphs next to names, point shapes). */
export interface ProvinceMarks {
  pilots: ReadonlySet<ProvinceCode>;
  learningCities: ReadonlySet<ProvinceCode>;
}

/** One row per province, in the order of `provinces`. */
export function provinceRows(
  provinces: readonly Province[],
  values: ReadonlyMap<ProvinceCode, number>,
  lang: Lang,
  marks: ProvinceMarks,
): ProvinceRow[] {
  return provinces.map((p) => ({
    code: p.iso,
    label: provinceName(p, lang),
    value: values.get(p.iso) ?? null,
    region: p.regionNesdc,
    pilot: marks.pilots.has(p.iso),
    learningCity: marks.learningCities.has(p.iso),
  }));
}

/** A chart's plotting box in px. */
export interface Box {
  width: number;
  height: number;
}

/** Smallest and largest of `values`, widened to include zero (bars start at zero). */
export function extentWithZero(values: readonly number[]): [number, number] {
  let lo = 0;
  let hi = 0;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo === hi ? [lo, lo + 1] : [lo, hi];
}

/** Each province's index in `provinces`: the fixed order of chart marks in the DOM. */
export function provinceOrder(provinces: readonly Province[]): ReadonlyMap<ProvinceCode, number> {
  return new Map(provinces.map((p, i) => [p.iso, i]));
}

/**
 * `marks` (in the chart's reading order: by rank, by value) re-ordered by province, each with its
 * 1-based place in the reading order for `aria-posinset`. Charts key marks by province and keep
 * them in this order whatever the indicator, so a change of indicator moves marks by a transform:
 * no DOM moves, and no mark's name, shape or glyphs rewritten for another province.
 */
export function inProvinceOrder<T extends { code: ProvinceCode }>(
  marks: readonly T[],
  order: ReadonlyMap<ProvinceCode, number>,
): { mark: T; place: number }[] {
  return marks
    .map((mark, i) => ({ mark, place: i + 1 }))
    .sort((a, b) => (order.get(a.mark.code) ?? Infinity) - (order.get(b.mark.code) ?? Infinity));
}
