// The district layer as a sentence for screen readers: what it shows, how many districts, the
// extremes and how many lack data. Pure.
import type { DistrictFeature } from '../data/import/districts';
import type { Lang } from '../state/doc';
import { districtFormat, type DistrictView } from '../state/districtView';
import { formatIndicatorValue } from '../i18n/format';
import { dt } from './districtMessages';

/** A district's name in `lang`, falling back to the other language, then its id. */
export function districtName(f: DistrictFeature, lang: Lang): string {
  const { nameTh, nameEn } = f.properties;
  return (lang === 'th' ? nameTh || nameEn : nameEn || nameTh) || f.id;
}

export function districtSummary(view: DistrictView, lang: Lang): string {
  const count = view.features.length;
  const indicator = view.indicator;
  if (!indicator) return dt(lang, 'summaryOutlines', { file: view.fileName, count });
  let high: [DistrictFeature, number] | null = null;
  let low: [DistrictFeature, number] | null = null;
  view.features.forEach((f, i) => {
    const v = indicator.values[i];
    if (v === null || v === undefined) return;
    if (!high || v > high[1]) high = [f, v];
    if (!low || v < low[1]) low = [f, v];
  });
  const fmt = (v: number) => formatIndicatorValue(v, districtFormat(indicator), lang);
  const h = high as [DistrictFeature, number] | null;
  const l = low as [DistrictFeature, number] | null;
  const parts = [
    h && l
      ? dt(lang, 'summary', {
          indicator: indicator.name,
          file: indicator.fileName,
          count,
          high: districtName(h[0], lang),
          highValue: fmt(h[1]),
          low: districtName(l[0], lang),
          lowValue: fmt(l[1]),
        })
      : dt(lang, 'summaryOutlines', { file: view.fileName, count }),
    view.missing.length > 0 ? dt(lang, 'summaryMissing', { count: view.missing.length }) : '',
  ];
  return parts.filter(Boolean).join(' ');
}
