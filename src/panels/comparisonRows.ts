// The comparison of selected provinces (pure): for each, the indicator's value and rank in the
// year shown (the same figures as the map, the legend and the selection's CSV export), its region
// and its series over the years; and the one value domain all their sparklines share.
import type { IndicatorsFile, Indicator } from '../data/indicatorTypes';
import { nationalValue, valuesByCode } from '../data/indicatorValues';
import type { Province, ProvinceCode, RegionNesdc } from '../data/types';
import type { IndicatorLookup, IndicatorView } from '../state/indicatorView';
import type { Lang } from '../state/doc';
import { formatIndicatorValue, formatYear, t } from '../i18n/format';
import { sharedSparkDomain, type SparkPoint } from './sparklineLayout';

export interface ComparisonRow {
  code: ProvinceCode;
  nameTh: string;
  nameEn: string;
  regionNesdc: RegionNesdc;
  /** The value in the view's year, or null: no data (never 0). */
  value: number | null;
  /** Rank of `total` (1 = highest value), or null without a value. */
  rank: number | null;
  /** The province's value in every year of the indicator. */
  series: SparkPoint[];
}

export interface Comparison {
  rows: ComparisonRow[];
  /** Provinces with a value this year: the N of "rank of N". */
  total: number;
  /** The value domain every sparkline of the comparison is drawn on; null when there is no value at all. */
  domain: [number, number] | null;
}

/** A province's value in every year of `indicator` (null where it has none). */
export function provinceSeries(file: IndicatorsFile, indicator: Indicator, code: ProvinceCode): SparkPoint[] {
  return indicator.years.map((year) => ({ year, value: valuesByCode(file, indicator, year).get(code) ?? null }));
}

/** The whole kingdom's value in every year of `indicator` (the sparklines' dashed reference). */
export function nationalSeries(file: IndicatorsFile, indicator: Indicator, lookup: IndicatorLookup): SparkPoint[] {
  return indicator.years.map((year) => ({ year, value: nationalValue(file, indicator, year, lookup) }));
}

/**
 * The comparison of `codes` (in selection order; codes without a province are left out) under the
 * indicator view. `national` (the kingdom's series, drawn dashed in each sparkline) joins the
 * shared domain, so every line and the reference sit on one scale.
 */
export function comparisonRows(
  file: IndicatorsFile,
  view: Pick<IndicatorView, 'indicator' | 'values' | 'ranks'>,
  provinceOf: (code: ProvinceCode) => Province | undefined,
  codes: readonly ProvinceCode[],
  national: readonly SparkPoint[] = [],
): Comparison {
  const rows = codes.flatMap((code): ComparisonRow[] => {
    const p = provinceOf(code);
    if (!p) return [];
    return [
      {
        code,
        nameTh: p.nameTh,
        nameEn: p.nameEn,
        regionNesdc: p.regionNesdc,
        value: view.values.get(code) ?? null,
        rank: view.ranks.get(code) ?? null,
        series: provinceSeries(file, view.indicator, code),
      },
    ];
  });
  return { rows, total: view.values.size, domain: sharedSparkDomain([...rows.map((r) => r.series), national]) };
}

/** What a screen reader hears when the selection becomes (or changes as) a comparison. */
export function comparisonAnnouncement(comparison: Comparison, indicator: Indicator, year: number, lang: Lang): string {
  const items = comparison.rows.map((r) => {
    const name = lang === 'th' ? r.nameTh : r.nameEn;
    return r.value === null || r.rank === null
      ? t(lang, 'compareItemNoValue', { name })
      : t(lang, 'compareItem', { name, value: formatIndicatorValue(r.value, indicator, lang), rank: r.rank, total: comparison.total });
  });
  return t(lang, 'compareAnnouncement', {
    count: comparison.rows.length,
    indicator: indicator.label[lang],
    year: formatYear(year, lang),
    items: items.join(lang === 'th' ? ' · ' : '; '),
  });
}
