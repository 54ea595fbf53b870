// Locale-aware formatting of numbers, years and messages. Pure: the locale comes in as an argument.
import type { Indicator, Unit } from '../data/indicatorTypes';
import type { Lang } from '../lib/kinds';
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
  return numberFormat(JSON.stringify(intl), lang, thaiDigits, intl).format(value);
}

/** The formatter for `lang` and `intl`, cached; `optionsKey` must name everything in `intl`. */
function numberFormat(optionsKey: string, lang: Lang, thaiDigits: boolean | undefined, intl: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${thaiDigits ? 1 : 0}|${optionsKey}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(localeOf(lang, thaiDigits), intl);
    numberFormats.set(key, f);
  }
  return f;
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
 * catalogue and the lazily loaded ones (charts, import, stories, districts) all look messages up
 * this way, so every count gets the same plural rules and number formatting.
 */
export function lookupIn<K extends string>(
  cats: Record<Lang, Record<K, string>>,
): (lang: Lang, key: K, vars?: Record<string, string | number>) => string {
  return (lang, key, vars = {}) => fillTemplate(cats[lang][key], vars, lang);
}

/** Looks up a message and fills `{name}` placeholders. */
export const t = lookupIn<MessageKey>(catalogues);

/** `{count, plural, one {# province} other {# provinces}}` — ICU's plural select, flat (no nesting). */
const PLURAL = /\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\})+)\s*\}/g;
const PLURAL_CASE = /(=\d+|zero|one|two|few|many|other)\s*\{([^{}]*)\}/g;
const pluralRules = new Map<Lang, Intl.PluralRules>();

/**
 * A number placed in a message: the locale's digits and grouping ("1,234"). Years are not numbers
 * here: callers pass them through {@link formatYear}, which knows the era.
 */
export function formatCount(n: number, lang: Lang): string {
  return formatNumber(n, lang, { maximumFractionDigits: 2 });
}

/**
 * Fills a message: `{name, plural, …}` picks the case for the number `vars[name]` by
 * `Intl.PluralRules` (an exact `=n` case first), with `#` as the formatted number; then `{name}`
 * placeholders, numbers formatted by {@link formatCount}. A plural given a string, or a
 * placeholder without a value, stays visible so the mistake is noticed ("{count, plural, …}").
 */
export function fillTemplate(template: string, vars: Record<string, string | number>, lang: Lang = 'en'): string {
  const plural = template.replace(PLURAL, (whole, name: string, body: string) => {
    const n = vars[name];
    if (typeof n !== 'number' || !Number.isFinite(n)) return whole;
    const cases = new Map([...body.matchAll(PLURAL_CASE)].map((m) => [m[1] ?? '', m[2] ?? '']));
    let rules = pluralRules.get(lang);
    if (!rules) {
      rules = new Intl.PluralRules(localeOf(lang));
      pluralRules.set(lang, rules);
    }
    const chosen = cases.get(`=${n}`) ?? cases.get(rules.select(n)) ?? cases.get('other') ?? '';
    return chosen.replace(/#/g, formatCount(n, lang));
  });
  return plural.replace(/\{(\w+)\}/g, (m, name: string) => {
    const v = vars[name];
    if (v === undefined) return m;
    return typeof v === 'number' ? formatCount(v, lang) : v;
  });
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
  // A short key of its own: the charts format hundreds of values per indicator change, and
  // formatNumber's generic key (the options as JSON) was most of the cost (issue 16).
  const thaiDigits = opts.thaiDigits ?? false;
  const digits = numberFormat(
    opts.compact ? 'compact' : `decimals ${indicator.decimals}`,
    lang,
    thaiDigits,
    opts.compact
      ? { notation: 'compact', maximumSignificantDigits: 3 }
      : { minimumFractionDigits: indicator.decimals, maximumFractionDigits: indicator.decimals },
  ).format(value);
  const suffix = opts.withUnit === false ? '' : unitSuffix(indicator.unit, lang);
  if (!suffix) return digits;
  return indicator.unit === 'percent' ? `${digits}%` : `${digits} ${suffix}`;
}
