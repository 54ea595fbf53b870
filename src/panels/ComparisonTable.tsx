// Two or more selected provinces side by side: the indicator's value, rank of N, region and trend
// for each, the sparklines on one shared scale (comparisonRows), with the indicator's source.
import { useMemo } from 'react';
import type { AtlasData } from '../data/atlasData';
import type { ProvinceCode } from '../data/types';
import { indicatorLookup, type IndicatorView } from '../state/indicatorView';
import { useAtlas } from '../state/store';
import { useT } from '../i18n/useT';
import { formatIndicatorValue, formatYear } from '../i18n/format';
import { REGION_NESDC_NAMES } from '../i18n/messages';
import { comparisonRows, nationalSeries } from './comparisonRows';
import { Sparkline } from './Sparkline';
import { IndicatorSourceNote } from './IndicatorSourceNote';
import './comparison.css';

const SPARK_WIDTH = 120;
const SPARK_HEIGHT = 44;

export function ComparisonTable({ data, view, codes }: { data: AtlasData; view: IndicatorView; codes: readonly ProvinceCode[] }) {
  const lang = useAtlas((s) => s.doc.lang);
  const tr = useT();
  const { indicator, year } = view;
  const file = data.indicators;
  const national = useMemo(() => nationalSeries(file, indicator, indicatorLookup(file)), [file, indicator]);
  const comparison = useMemo(() => comparisonRows(file, view, data.index.byCode, codes, national), [file, view, data, codes, national]);
  const fmt = (v: number | null) => formatIndicatorValue(v, indicator, lang);
  const first = indicator.years[0];
  const last = indicator.years[indicator.years.length - 1];
  const name = (r: { nameTh: string; nameEn: string }) => (lang === 'th' ? r.nameTh : r.nameEn);

  return (
    <section className="comparison" data-testid="comparison">
      <h3 id="comparison-heading">
        {indicator.label[lang]} <span className="legend-year">{formatYear(year, lang)}</span>
      </h3>
      {/* Focusable so a keyboard can scroll a wide selection sideways (axe: scrollable-region-focusable). */}
      <div className="comparison-scroll" tabIndex={0} role="group" aria-labelledby="comparison-heading">
        <table className="comparison-table">
          <caption className="visually-hidden">
            {tr('compareHeading', { count: comparison.rows.length })}: {indicator.label[lang]} {formatYear(year, lang)}
          </caption>
          <thead>
            <tr>
              <td />
              {comparison.rows.map((r) => (
                <th key={r.code} scope="col" lang={lang} data-iso={r.code}>
                  {name(r)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{tr('value')}</th>
              {comparison.rows.map((r) => (
                <td key={r.code} data-field="value" data-iso={r.code} className="big-value">
                  {fmt(r.value)}
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">{tr('rank')}</th>
              {comparison.rows.map((r) => (
                <td key={r.code} data-field="rank" data-iso={r.code}>
                  {r.rank === null ? tr('noData') : tr('rankOf', { rank: r.rank, total: comparison.total })}
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">{tr('regionNesdc')}</th>
              {comparison.rows.map((r) => (
                <td key={r.code} data-field="region" data-iso={r.code}>
                  {REGION_NESDC_NAMES[r.regionNesdc][lang]}
                </td>
              ))}
            </tr>
            {first !== undefined && last !== undefined && first !== last && (
              <tr>
                <th scope="row">
                  {tr('trend')} ({formatYear(first, lang)}–{formatYear(last, lang)})
                </th>
                {comparison.rows.map((r) => (
                  <td key={r.code} data-field="trend" data-iso={r.code}>
                    <Sparkline
                      points={r.series}
                      national={national}
                      year={year}
                      width={SPARK_WIDTH}
                      height={SPARK_HEIGHT}
                      domain={comparison.domain}
                      label={`${name(r)}, ${indicator.label[lang]}: ${r.series.map((p) => `${formatYear(p.year, lang)} ${fmt(p.value)}`).join(', ')}`}
                    />
                  </td>
                ))}
              </tr>
            )}
          </tbody>
        </table>
      </div>
      {comparison.domain && (
        <p className="source-note comparison-scale">
          {tr('compareNational', { from: fmt(comparison.domain[0]), to: fmt(comparison.domain[1]) })}
        </p>
      )}
      <IndicatorSourceNote source={indicator.source} />
    </section>
  );
}
