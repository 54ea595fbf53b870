// Reading the indicator catalogue: values for a year as a map by province, the year to show,
// ranks, and national and regional aggregates. Pure.
import type { Indicator, IndicatorsFile } from './indicatorTypes';
import type { ProvinceCode } from './types';

/** Values already read, per catalogue, indicator object and year: a loaded catalogue never changes. */
const valuesCache = new WeakMap<IndicatorsFile, WeakMap<Indicator, Map<number, ReadonlyMap<ProvinceCode, number>>>>();

/**
 * Values of one indicator and year, by province; provinces without data are absent. Memoised:
 * the classification reads every year's values on each indicator change.
 */
export function valuesByCode(file: IndicatorsFile, indicator: Indicator, year: number): ReadonlyMap<ProvinceCode, number> {
  let byIndicator = valuesCache.get(file);
  if (!byIndicator) valuesCache.set(file, (byIndicator = new WeakMap()));
  let byYear = byIndicator.get(indicator);
  if (!byYear) byIndicator.set(indicator, (byYear = new Map()));
  const cached = byYear.get(year);
  if (cached) return cached;
  const out = new Map<ProvinceCode, number>();
  const row = indicator.values[String(year)];
  if (row) {
    file.provinces.forEach((code, i) => {
      const v = row[i];
      if (v !== null && v !== undefined && Number.isFinite(v)) out.set(code, v);
    });
  }
  byYear.set(year, out);
  return out;
}

/** The year to show: the requested one if the indicator has it, else the nearest (later wins ties), else the latest. */
export function resolveYear(indicator: Indicator, requested: number | null): number {
  const years = indicator.years;
  const latest = years[years.length - 1] as number;
  if (requested === null) return latest;
  let best = latest;
  for (const y of years) {
    if (Math.abs(y - requested) < Math.abs(best - requested) || (Math.abs(y - requested) === Math.abs(best - requested) && y > best)) {
      best = y;
    }
  }
  return best;
}

/** Rank of each province (1 = highest value), ties share the better rank; missing values are unranked. */
export function ranks(values: ReadonlyMap<ProvinceCode, number>): Map<ProvinceCode, number> {
  const sorted = [...values.entries()].sort((a, b) => b[1] - a[1]);
  const out = new Map<ProvinceCode, number>();
  sorted.forEach(([code, v], i) => {
    const prev = sorted[i - 1];
    out.set(code, prev && prev[1] === v ? (out.get(prev[0]) as number) : i + 1);
  });
  return out;
}

/**
 * The aggregate of an indicator over `codes` for a year, per its aggregation rule; `null` when
 * the rule is `none`, or when any province in `codes` lacks data (a partial sum would mislead).
 */
export function aggregate(
  file: IndicatorsFile,
  indicator: Indicator,
  year: number,
  codes: readonly ProvinceCode[],
  byId: (id: string) => Indicator | undefined,
): number | null {
  const values = valuesByCode(file, indicator, year);
  const sumOf = (ind: Indicator, y = year) => {
    const vs = valuesByCode(file, ind, y);
    let total = 0;
    for (const c of codes) {
      const v = vs.get(c);
      if (v === undefined) return null;
      total += v;
    }
    return total;
  };
  const rule = indicator.aggregation;
  switch (rule.kind) {
    case 'none':
      return null;
    case 'sum':
      return codes.every((c) => values.has(c)) ? sumOf(indicator) : null;
    case 'ratio': {
      const num = byId(rule.numerator);
      const den = byId(rule.denominator);
      if (!num || !den) return null;
      const n = sumOf(num);
      const d = sumOf(den, rule.denominatorYear ?? year);
      return n === null || d === null || d === 0 ? null : (n / d) * (rule.scale ?? 1);
    }
    case 'weighted-mean': {
      const w = byId(rule.weight);
      if (!w) return null;
      const ws = valuesByCode(file, w, year);
      let num = 0;
      let den = 0;
      for (const c of codes) {
        const v = values.get(c);
        const wt = ws.get(c);
        if (v === undefined || wt === undefined) return null;
        num += v * wt;
        den += wt;
      }
      return den === 0 ? null : num / den;
    }
    default: {
      const never: never = rule;
      throw new Error(`unknown aggregation ${JSON.stringify(never)}`);
    }
  }
}

/** The whole-kingdom value: the source's published figure when there is one, else the aggregate. */
export function nationalValue(
  file: IndicatorsFile,
  indicator: Indicator,
  year: number,
  byId: (id: string) => Indicator | undefined,
): number | null {
  return nationalFigure(file, indicator, year, byId).value;
}

/**
 * Where a whole-kingdom value comes from, so the UI can say it:
 * `source` — the source's own national figure (`indicator.national`; for an imported file, its
 * total row); `computed` — aggregated here over all 77 provinces; `not-additive` — the indicator
 * has no honest aggregate and the source publishes none; `not-in-source` — some province has no
 * value that year and the source data carries no national figure (a sum over the others would
 * mislead); `no-data` — no province has a value that year.
 */
export type NationalFigure =
  | { value: number; basis: 'source' | 'computed' }
  | { value: null; basis: 'not-additive' | 'not-in-source' | 'no-data' };

export function nationalFigure(
  file: IndicatorsFile,
  indicator: Indicator,
  year: number,
  byId: (id: string) => Indicator | undefined,
): NationalFigure {
  const published = indicator.national?.[String(year)];
  if (published !== undefined && published !== null) return { value: published, basis: 'source' };
  const computed = aggregate(file, indicator, year, file.provinces, byId);
  if (computed !== null) return { value: computed, basis: 'computed' };
  if (indicator.aggregation.kind === 'none') return { value: null, basis: 'not-additive' };
  return { value: null, basis: valuesByCode(file, indicator, year).size === 0 ? 'no-data' : 'not-in-source' };
}
