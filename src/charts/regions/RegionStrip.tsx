// The distribution strip: the current indicator's provinces as dots in their NESDC region's row,
// in the map's colours, with each region's aggregate as a tick and the national value as a line.
// Hover and click link it to the rest of the atlas.
import { ChartSvg, TopAxis } from '../ChartSvg';
import { memo, useMemo } from 'react';
import type { IndicatorsFile } from '../../data/indicatorTypes';
import type { Province, ProvinceCode } from '../../data/types';
import { formatIndicatorValue, formatYear } from '../../i18n/format';
import { REGION_NESDC_NAMES } from '../../i18n/messages';
import type { Lang } from '../../state/doc';
import { indicatorLookup, type IndicatorView } from '../../state/indicatorView';
import { hasComparableAggregate, tickFormatter } from '../chartFormat';
import { ct } from '../chartMessages';
import { provinceRows } from '../chartRows';
import { PointMark } from '../Glyphs';
import { markClass, markHandlers, useMarkState } from '../markState';
import { regionAggregates, regionLayout, type RegionLayout } from './regionLayout';

export interface RegionStripProps {
  view: IndicatorView;
  /** The catalogue, for the regional aggregates (ratios and weighted means need other indicators). */
  file: IndicatorsFile;
  provinces: readonly Province[];
  lang: Lang;
  pilots: ReadonlySet<ProvinceCode>;
  learningCities: ReadonlySet<ProvinceCode>;
  width: number;
}

/** The text alternative: each region's aggregate, or its range where there is no aggregate. */
export function regionDescription(layout: RegionLayout, view: IndicatorView, lang: Lang): string {
  const fmt = (v: number) => formatIndicatorValue(v, view.indicator, lang);
  const summary = layout.rows
    .map((row) => {
      const region = REGION_NESDC_NAMES[row.region][lang];
      if (row.aggregate) return ct(lang, 'regionsAggregate', { region, value: fmt(row.aggregate.value) });
      const first = row.dots[0];
      const last = row.dots[row.dots.length - 1];
      if (!first || !last) return `${region}: ${formatIndicatorValue(null, view.indicator, lang)}`;
      if (first === last) return `${region}: ${fmt(first.value)}`;
      return ct(lang, 'regionsRange', { region, min: fmt(first.value), max: fmt(last.value) });
    })
    .join(ct(lang, 'listSeparator'));
  return ct(lang, 'regionsDesc', { indicator: view.indicator.label[lang], year: formatYear(view.year, lang), summary });
}

export const RegionStrip = memo(function RegionStrip(props: RegionStripProps) {
  const { view, file, provinces, lang, pilots, learningCities, width } = props;
  const aggregates = useMemo(
    () => regionAggregates(file, view.indicator, view.year, provinces, indicatorLookup(file)),
    [file, view, provinces],
  );
  const layout = useMemo(() => {
    const rows = provinceRows(provinces, view.values, lang, { pilots, learningCities });
    // Regional and national totals (sums) are not comparable with provinces: not drawn then.
    const comparable = hasComparableAggregate(view.indicator);
    return regionLayout(rows, width, comparable ? { aggregates, national: view.national } : {});
  }, [provinces, view, lang, pilots, learningCities, width, aggregates]);
  const st = useMarkState();
  const fmt = (v: number) => formatIndicatorValue(v, view.indicator, lang);
  const tick = tickFormatter(view.indicator, lang, layout.ticks.map((t) => t.value), layout.kind);
  const { plot } = layout;

  return (
    <div className="chart chart-regions">
      {layout.kind === 'log' && <p className="chart-note">{ct(lang, 'logScaleNote')}</p>}
      <ChartSvg chart="regions" width={width} height={layout.height} title={`${ct(lang, 'regionsTitle')}: ${view.indicator.label[lang]}, ${formatYear(view.year, lang)}`} description={regionDescription(layout, view, lang)}>
        <TopAxis ticks={layout.ticks} top={plot.top} bottom={plot.bottom} format={tick} />
        {layout.national && (
          <g className="national" aria-hidden="true">
            <line x1={layout.national.x} x2={layout.national.x} y1={plot.top} y2={plot.bottom} />
            <text x={layout.national.x} y={layout.national.labelY} textAnchor="middle">
              {`${ct(lang, 'national')} ${fmt(layout.national.value)}`}
            </text>
          </g>
        )}
        {layout.rows.map((row) => {
          const regionName = REGION_NESDC_NAMES[row.region][lang];
          const label = row.aggregate ? `${regionName} · ${fmt(row.aggregate.value)}` : regionName;
          return (
            <g key={row.region} className="region-row" data-region={row.region}>
              <text className="region-label" x={0} y={row.labelY}>
                {label}
                {row.missing.length > 0 && (
                  <tspan className="no-data">{` · ${ct(lang, 'regionsMissing', { count: row.missing.length })}`}</tspan>
                )}
              </text>
              <line className="region-baseline" x1={plot.left} x2={plot.right} y1={(row.bandTop + row.bandBottom) / 2} y2={(row.bandTop + row.bandBottom) / 2} />
              {row.aggregate && (
                <line
                  className="region-aggregate"
                  x1={row.aggregate.x}
                  x2={row.aggregate.x}
                  y1={row.bandTop - 4}
                  y2={row.bandBottom + 4}
                >
                  <title>{ct(lang, 'regionsAggregate', { region: regionName, value: fmt(row.aggregate.value) })}</title>
                </line>
              )}
              <g className="marks" role="list" aria-label={regionName} {...markHandlers}>
                {row.dots.map((d) => {
                  const name = ct(lang, 'regionsMark', { name: d.label, region: regionName, value: fmt(d.value) });
                  return (
                    <g key={d.code} data-code={d.code} className={markClass('mark region-dot', d.code, st)} role="listitem" aria-label={name}>
                      <title>{name}</title>
                      <PointMark x={d.cx} y={d.cy} r={d.r} pilot={d.pilot} learningCity={d.learningCity} fill={view.hexOf(d.code)} />
                    </g>
                  );
                })}
              </g>
            </g>
          );
        })}
      </ChartSvg>
    </div>
  );
});
