// The change map in words, for screen readers (and a stable hook for tests): how many provinces
// rose and fell between the two years, the largest rise and fall, and how many have no data for
// one of the years (counted apart, never as "unchanged"). Pure.
import type { Province, ProvinceCode } from '../data/types';
import type { ChangeView } from '../state/changeView';
import type { Lang } from '../lib/kinds';
import { formatYear } from '../i18n/format';
import { ctx, formatChange } from '../i18n/changeFormat';

export function changeSummary(view: ChangeView, byCode: (code: ProvinceCode) => Province | undefined, lang: Lang): string {
  const { change, indicator } = view;
  const name = (c: ProvinceCode) => {
    const p = byCode(c);
    return p ? (lang === 'th' ? p.nameTh : p.nameEn) : c;
  };
  const fmt = (v: number) => formatChange(v, indicator, change.kind, lang);
  const extreme = (codes: readonly ProvinceCode[], pick: (a: number, b: number) => boolean) => {
    let best: [ProvinceCode, number] | null = null;
    for (const c of codes) {
      const v = view.values.get(c) as number;
      if (!best || pick(v, best[1])) best = [c, v];
    }
    return best;
  };
  const rise = extreme(change.rose, (a, b) => a > b);
  const fall = extreme(change.fell, (a, b) => a < b);
  let sentence = ctx(lang, 'summaryChange', {
    indicator: indicator.label[lang],
    from: formatYear(change.fromYear, lang),
    to: formatYear(change.toYear, lang),
    rose: change.rose.length,
    fell: change.fell.length,
  });
  if (change.unchanged.length > 0) sentence += ctx(lang, 'summaryUnchanged', { count: change.unchanged.length });
  if (rise) sentence += ctx(lang, 'summaryLargestRise', { name: name(rise[0]), value: fmt(rise[1]) });
  if (fall) sentence += ctx(lang, 'summaryLargestFall', { name: name(fall[0]), value: fmt(fall[1]) });
  else sentence += lang === 'th' ? '' : '.';
  const missing = view.missing.length > 0 ? ctx(lang, 'summaryMissing', { count: view.missing.length }) : '';
  return [sentence, missing].filter(Boolean).join(' ');
}
