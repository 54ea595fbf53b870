// Words and numbers of the change mode: a change with its sign and unit (percentage points for
// shares, "%" for a % change, the indicator's unit for levels), the legend's title, the colour
// key and the map summary's sentence, in Thai and English. Its own small catalogue, so the mode's
// text stays in one file. Pure.
import type { Indicator } from '../data/indicatorTypes';
import type { ChangeKind } from '../data/change';
import type { Lang } from '../lib/kinds';
import { formatIndicatorValue, formatNumber, formatYear, lookupIn, unitSuffix } from './format';

const en = {
  changeTitle: 'Change in {indicator}, {from} → {to}',
  pctChangeTitle: '% change in {indicator}, {from} → {to}',
  changeLegendUnit: 'Change, {unit}',
  changeLegendUnitNone: 'Change',
  pctUnit: 'per cent of the {from} value',
  ppUnit: 'percentage points',
  keyBetter: 'Purple: better · orange: worse',
  keyNeutral: 'Purple: rose · orange: fell',
  classesOverChange: 'Classes symmetric around zero, cut by the size of the change {from} → {to}',
  changeNoBase: '% change: no data where the {from} value is 0',
  summaryChange: '{indicator}, {from} and {to}: {rose, plural, one {# province rose} other {# provinces rose}}, {fell} fell',
  summaryUnchanged: ', {count} unchanged',
  summaryLargestRise: '; largest rise: {name} ({value})',
  summaryLargestFall: '; largest fall: {name} ({value}).',
  summaryMissing: '{count, plural, one {# province has} other {# provinces have}} no data for one of the years.',
  change: 'Change',
  pctChange: '% change',
  rankOfChange: 'Rank of the change',
} as const;

export type ChangeMessageKey = keyof typeof en;

const th: Record<ChangeMessageKey, string> = {
  changeTitle: 'การเปลี่ยนแปลงของ{indicator} {from} → {to}',
  pctChangeTitle: 'ร้อยละการเปลี่ยนแปลงของ{indicator} {from} → {to}',
  changeLegendUnit: 'การเปลี่ยนแปลง หน่วย: {unit}',
  changeLegendUnitNone: 'การเปลี่ยนแปลง',
  pctUnit: 'ร้อยละของค่า {from}',
  ppUnit: 'จุดร้อยละ',
  keyBetter: 'สีม่วง: ดีขึ้น · สีส้ม: แย่ลง',
  keyNeutral: 'สีม่วง: เพิ่มขึ้น · สีส้ม: ลดลง',
  classesOverChange: 'ช่วงสีสมมาตรรอบศูนย์ แบ่งตามขนาดการเปลี่ยนแปลง {from} → {to}',
  changeNoBase: 'ร้อยละการเปลี่ยนแปลง: ไม่มีข้อมูลเมื่อค่าปี {from} เป็น 0',
  summaryChange: '{indicator} {from} และ {to}: เพิ่มขึ้น {rose} จังหวัด ลดลง {fell} จังหวัด',
  summaryUnchanged: ' คงที่ {count} จังหวัด',
  summaryLargestRise: ' เพิ่มขึ้นมากที่สุด: {name} ({value})',
  summaryLargestFall: ' ลดลงมากที่สุด: {name} ({value})',
  summaryMissing: 'ไม่มีข้อมูลปีใดปีหนึ่ง {count} จังหวัด',
  change: 'การเปลี่ยนแปลง',
  pctChange: 'ร้อยละที่เปลี่ยน',
  rankOfChange: 'อันดับการเปลี่ยนแปลง',
};

/** Looks up a change-mode message and fills its placeholders. */
export const ctx = lookupIn<ChangeMessageKey>({ en, th });

/** The unit of a change: "pp"-style words for shares, "%" for a % change, else the indicator's unit. */
export function changeUnitLabel(indicator: Pick<Indicator, 'unit'>, kind: ChangeKind, lang: Lang, fromYear?: number): string {
  if (kind === 'pct') return fromYear === undefined ? '%' : ctx(lang, 'pctUnit', { from: formatYear(fromYear, lang) });
  if (indicator.unit === 'percent') return ctx(lang, 'ppUnit');
  return unitSuffix(indicator.unit, lang);
}

/**
 * A change as the UI shows it: always signed ("+1.2 pp", "−3,400 people", "+4.5%"), the
 * indicator's decimals (one for a % change); missing is "No data", never zero.
 */
export function formatChange(
  value: number | null | undefined,
  indicator: Pick<Indicator, 'unit' | 'decimals'>,
  kind: ChangeKind,
  lang: Lang,
  opts: { withUnit?: boolean; thaiDigits?: boolean } = {},
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return formatNumber(null, lang);
  const decimals = kind === 'pct' ? 1 : indicator.decimals;
  const digits = formatNumber(value, lang, {
    thaiDigits: opts.thaiDigits ?? false,
    signDisplay: 'exceptZero',
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).replace('-', '−');
  if (opts.withUnit === false) return digits;
  if (kind === 'pct') return `${digits}%`;
  if (indicator.unit === 'percent') return `${digits} ${lang === 'th' ? 'จุดร้อยละ' : 'pp'}`;
  const unit = unitSuffix(indicator.unit, lang);
  return unit ? `${digits} ${unit}` : digits;
}

/** Anything shaped like an indicator view; `change` is set on a change view. */
interface ViewLike {
  indicator: Pick<Indicator, 'unit' | 'decimals'>;
  change?: { kind: ChangeKind };
}

/** A value of a view as shown: a signed change on a change view, else the indicator's value. */
export function formatViewValue(
  view: ViewLike,
  value: number | null | undefined,
  lang: Lang,
  opts: { withUnit?: boolean; thaiDigits?: boolean } = {},
): string {
  return view.change ? formatChange(value, view.indicator, view.change.kind, lang, opts) : formatIndicatorValue(value, view.indicator, lang, opts);
}

/** A view whose `change` names its years (the change view's shape, without importing state). */
interface TitledView {
  indicator: Pick<Indicator, 'unit' | 'decimals' | 'label'>;
  change?: { kind: ChangeKind; fromYear: number; toYear: number };
}

/** "Change in <indicator>, 2015 → 2021" for a change view; null for a one-year view. */
export function changeTitleOf(view: TitledView, lang: Lang): string | null {
  const { change } = view;
  if (!change) return null;
  const vars = { indicator: view.indicator.label[lang], from: formatYear(change.fromYear, lang), to: formatYear(change.toYear, lang) };
  return ctx(lang, change.kind === 'pct' ? 'pctChangeTitle' : 'changeTitle', vars);
}

/** The unit a view's legend carries: the change's unit on a change view, else the indicator's. */
export function viewUnitLabel(view: TitledView, lang: Lang): string {
  return view.change ? changeUnitLabel(view.indicator, view.change.kind, lang, view.change.fromYear) : unitSuffix(view.indicator.unit, lang);
}
