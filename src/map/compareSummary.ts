// Compare mode's sentence for screen readers and tests (the one map summary): the indicator, the
// two years, how many provinces rose and fell between them, and the largest rise. Values are
// compared as shown (rounded to the indicator's decimals): a change too small to see is no change.
// Pure.
import type { Province, ProvinceCode } from '../data/types';
import type { IndicatorView } from '../state/indicatorView';
import type { Lang } from '../state/doc';
import { formatIndicatorValue, formatYear, lookupIn } from '../i18n/format';

const en = {
  compareSentence: '{indicator}, {before} and {after}: {rose, plural, one {# province} other {# provinces}} rose, {fell} fell',
  compareSame: '{same} unchanged',
  compareNoData: '{count, plural, one {# province} other {# provinces}} without data in one of the years',
  compareLargestRise: 'largest rise: {name} ({delta})',
  compareLargestFall: 'largest fall: {name} ({delta})',
};
const th: typeof en = {
  compareSentence: '{indicator} {before} และ {after}: เพิ่มขึ้น {rose} จังหวัด ลดลง {fell} จังหวัด',
  compareSame: 'เท่าเดิม {same} จังหวัด',
  compareNoData: 'ไม่มีข้อมูลในปีใดปีหนึ่ง {count} จังหวัด',
  compareLargestRise: 'เพิ่มขึ้นมากที่สุด: {name} ({delta})',
  compareLargestFall: 'ลดลงมากที่สุด: {name} ({delta})',
};
const ct = lookupIn({ en, th });

/** A province's change between the two years. */
export interface ProvinceChange {
  code: ProvinceCode;
  delta: number;
}

export interface CompareCounts {
  rose: number;
  fell: number;
  same: number;
  /** Provinces without a value in one year or both. */
  noData: number;
  /** The largest rise (null when none rose); ties go to the first in catalogue order. */
  largestRise: ProvinceChange | null;
  /** The largest fall (null when none fell). */
  largestFall: ProvinceChange | null;
}

const roundTo = (v: number, decimals: number) => Number(v.toFixed(decimals));

/** Counts over `codes` (catalogue order) from the values of the earlier and the later year. */
export function compareCounts(
  codes: readonly ProvinceCode[],
  before: ReadonlyMap<ProvinceCode, number>,
  after: ReadonlyMap<ProvinceCode, number>,
  decimals: number,
): CompareCounts {
  const out: CompareCounts = { rose: 0, fell: 0, same: 0, noData: 0, largestRise: null, largestFall: null };
  for (const code of codes) {
    const a = before.get(code);
    const b = after.get(code);
    if (a === undefined || b === undefined) {
      out.noData++;
      continue;
    }
    const delta = roundTo(roundTo(b, decimals) - roundTo(a, decimals), decimals);
    if (delta > 0) {
      out.rose++;
      if (!out.largestRise || delta > out.largestRise.delta) out.largestRise = { code, delta };
    } else if (delta < 0) {
      out.fell++;
      if (!out.largestFall || delta < out.largestFall.delta) out.largestFall = { code, delta };
    } else out.same++;
  }
  return out;
}

/**
 * "<indicator>, <year A> and <year B>: N provinces rose, M fell; largest rise: <province> (+d)".
 * `before` is the comparison year's view (left or top map), `after` the document's year.
 */
export function compareSummary(
  before: IndicatorView,
  after: IndicatorView,
  codes: readonly ProvinceCode[],
  byCode: (code: ProvinceCode) => Province | undefined,
  lang: Lang,
): string {
  const ind = after.indicator;
  const c = compareCounts(codes, before.values, after.values, ind.decimals);
  const name = (code: ProvinceCode) => {
    const p = byCode(code);
    return p ? (lang === 'th' ? p.nameTh : p.nameEn) : code;
  };
  const signed = (d: number) => `${d > 0 ? '+' : '−'}${formatIndicatorValue(Math.abs(d), ind, lang)}`;
  const head = ct(lang, 'compareSentence', {
    indicator: ind.label[lang],
    before: formatYear(before.year, lang),
    after: formatYear(after.year, lang),
    rose: c.rose,
    fell: c.fell,
  });
  const parts = [
    head,
    c.same > 0 ? ct(lang, 'compareSame', { same: c.same }) : '',
    c.largestRise ? ct(lang, 'compareLargestRise', { name: name(c.largestRise.code), delta: signed(c.largestRise.delta) }) : '',
    !c.largestRise && c.largestFall ? ct(lang, 'compareLargestFall', { name: name(c.largestFall.code), delta: signed(c.largestFall.delta) }) : '',
    c.noData > 0 ? ct(lang, 'compareNoData', { count: c.noData }) : '',
  ].filter(Boolean);
  return `${parts.join(lang === 'th' ? ' ' : '; ')}${lang === 'th' ? '' : '.'}`;
}
