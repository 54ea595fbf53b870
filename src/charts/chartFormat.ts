// Number, year and name formatting shared by the charts: axis ticks with as many decimals as the
// tick step needs (compact for large numbers), years in the UI's era, axis titles with unit and
// year. Pure.
import type { Indicator } from '../data/indicatorTypes';
import type { Province } from '../data/types';
import { BE_OFFSET, formatNumber, formatYear, unitSuffix } from '../i18n/format';
import type { Lang } from '../state/doc';
import { ct } from './chartMessages';

/** A province's name in the UI language. */
export function provinceName(p: Pick<Province, 'nameTh' | 'nameEn'>, lang: Lang): string {
  return lang === 'th' ? p.nameTh : p.nameEn;
}

/** Digits after the point needed to tell ticks `step` apart (0.05 → 2, 5 → 0). */
export function decimalsForStep(step: number): number {
  if (!Number.isFinite(step) || step <= 0) return 0;
  return Math.max(0, Math.min(6, -Math.floor(Math.log10(step) + 1e-9)));
}

/**
 * Formatter for the ticks of an axis showing `indicator`: compact notation ("150k", "1.5M") when
 * the largest tick is 10,000 or more, else fixed digits from the tick step (on a log axis, from
 * each tick's own size); no unit (the axis title carries it) except the per-cent sign.
 */
export function tickFormatter(
  indicator: Pick<Indicator, 'unit'>,
  lang: Lang,
  ticks: readonly number[],
  kind: 'linear' | 'log' = 'linear',
): (v: number) => string {
  const max = Math.max(0, ...ticks.map((t) => Math.abs(t)));
  const step = ticks.length > 1 ? Math.abs((ticks[1] as number) - (ticks[0] as number)) : 1;
  const pct = indicator.unit === 'percent' ? '%' : '';
  if (max >= 10_000) {
    return (v) => formatNumber(v, lang, { notation: 'compact', maximumFractionDigits: 1 }) + pct;
  }
  if (kind === 'log') {
    return (v) => {
      const d = decimalsForStep(Math.abs(v));
      return formatNumber(v, lang, { minimumFractionDigits: d, maximumFractionDigits: d }) + pct;
    };
  }
  const digits = decimalsForStep(step);
  return (v) => formatNumber(v, lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }) + pct;
}

/** A year as an axis tick: the bare number, Buddhist Era in Thai (the axis title says "พ.ศ."). */
export function yearTick(yearCe: number, lang: Lang): string {
  return String(lang === 'th' ? yearCe + BE_OFFSET : yearCe);
}

/** "Gross provincial product per capita (baht), 2020" — label, unit where it has one, and year. */
export function axisTitle(indicator: Indicator, year: number, lang: Lang): string {
  const unit = unitSuffix(indicator.unit, lang);
  const vars = { label: indicator.label[lang], unit, year: formatYear(year, lang) };
  return ct(lang, unit ? 'axisTitle' : 'axisTitleNoUnit', vars);
}

/**
 * Whether the indicator's national and regional aggregates are comparable with province values:
 * not for sums (the kingdom's population is not a province-sized figure), yes for ratios,
 * weighted means and indices.
 */
export function hasComparableAggregate(indicator: Pick<Indicator, 'aggregation'>): boolean {
  return indicator.aggregation.kind !== 'sum';
}

/** BCP 47 locale for word segmentation and sorting. */
export function localeFor(lang: Lang): string {
  return lang === 'th' ? 'th' : 'en';
}
