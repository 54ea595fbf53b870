// Locale-aware formatting of numbers, years and messages. Pure: the locale comes in as an argument.
import type { Indicator, Unit } from '../data/indicatorTypes';
import type { Lang } from '../state/doc';
import { catalogues, type MessageKey } from './messages';

/** BCP 47 locale for a UI language. Thai uses Latin digits unless `thaiDigits` is asked for. */
export function localeOf(lang: Lang, thaiDigits = false): string {
  if (lang === 'en') return 'en-GB';
  return thaiDigits ? 'th-TH-u-nu-thai' : 'th-TH';
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** Formats a number for display; `null`/NaN never become 0 — they are "no data". */
export function formatNumber(
  value: number | null | undefined,
  lang: Lang,
  options: Intl.NumberFormatOptions & { thaiDigits?: boolean } = {},
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return t(lang, 'noData');
  const { thaiDigits, ...intl } = options;
  const key = `${lang}|${thaiDigits ? 1 : 0}|${JSON.stringify(intl)}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(localeOf(lang, thaiDigits), intl);
    numberFormats.set(key, f);
  }
  return f.format(value);
}

/** Offset between the Buddhist Era and the Common Era (2024 CE = 2567 BE). */
export const BE_OFFSET = 543;

/** A CE year as shown to the user: in Buddhist Era when asked (Thai convention), else CE. */
export function formatYear(yearCe: number, lang: Lang, buddhistEra = lang === 'th'): string {
  const y = buddhistEra ? yearCe + BE_OFFSET : yearCe;
  return lang === 'th' ? `${buddhistEra ? 'พ.ศ. ' : 'ค.ศ. '}${y}` : `${y}${buddhistEra ? ' BE' : ''}`;
}

/**
 * The lookup for a th/en catalogue: `(lang, key, vars)` → the filled message. The app's main
 * catalogue and the lazily loaded ones (charts, import, stories) all look messages up this way.
 */
export function lookupIn<K extends string>(
  cats: Record<Lang, Record<K, string>>,
): (lang: Lang, key: K, vars?: Record<string, string | number>) => string {
  return (lang, key, vars = {}) => fillTemplate(cats[lang][key], vars);
}

/** Looks up a message and fills `{name}` placeholders. */
export const t = lookupIn<MessageKey>(catalogues);

/** Replaces `{name}` placeholders; unknown ones stay visible so a missing value is noticed. */
export function fillTemplate(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

/** Short unit labels shown after a value ("0.651" for an index has none). */
const UNIT_SUFFIX: Record<Unit, { th: string; en: string }> = {
  people: { th: 'คน', en: 'people' },
  km2: { th: 'ตร.กม.', en: 'km²' },
  'people-per-km2': { th: 'คน/ตร.กม.', en: '/km²' },
  index: { th: '', en: '' },
  baht: { th: 'บาท', en: 'baht' },
  'million-baht': { th: 'ล้านบาท', en: 'million baht' },
  percent: { th: '%', en: '%' },
  count: { th: '', en: '' },
  ratio: { th: '', en: '' },
};

export function unitSuffix(unit: Unit, lang: Lang): string {
  return UNIT_SUFFIX[unit][lang];
}

/**
 * A value of an indicator as the UI shows it: locale digits, the indicator's decimals and its
 * unit ("12.5 %", "585,689 baht"); missing is "No data". `compact` shortens large numbers for axes.
 */
export function formatIndicatorValue(
  value: number | null | undefined,
  indicator: Pick<Indicator, 'unit' | 'decimals'>,
  lang: Lang,
  opts: { compact?: boolean; thaiDigits?: boolean; withUnit?: boolean } = {},
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return t(lang, 'noData');
  const digits = formatNumber(value, lang, {
    thaiDigits: opts.thaiDigits ?? false,
    ...(opts.compact
      ? { notation: 'compact', maximumSignificantDigits: 3 }
      : { minimumFractionDigits: indicator.decimals, maximumFractionDigits: indicator.decimals }),
  });
  const suffix = opts.withUnit === false ? '' : unitSuffix(indicator.unit, lang);
  if (!suffix) return digits;
  return indicator.unit === 'percent' ? `${digits}%` : `${digits} ${suffix}`;
}
