// The current indicator in the province detail panel: value, rank of N, the whole kingdom and
// the province's region for comparison, and a sparkline over the years.
import { useMemo } from 'react';
import type { AtlasData } from '../data/atlasData';
import type { Province } from '../data/types';
import { aggregate } from '../data/indicatorValues';
import { nationalSeries, provinceSeries } from './comparisonRows';
import { indicatorLookup, type IndicatorView } from '../state/indicatorView';
import { useAtlas } from '../state/store';
import { useT } from '../i18n/useT';
import { formatIndicatorValue, formatYear } from '../i18n/format';
import { REGION_NESDC_NAMES } from '../i18n/messages';
import { Sparkline } from './Sparkline';
import { IndicatorSourceNote } from './IndicatorSourceNote';
import { OpenDataLink } from './OpenDataLink';

export function ProvinceIndicator({ data, view, province }: { data: AtlasData; view: IndicatorView; province: Province }) {
  const lang = useAtlas((s) => s.doc.lang);
  const tr = useT();
  const { indicator, year } = view;
  const file = data.indicators;
  const value = view.values.get(province.iso) ?? null;
  const rank = view.ranks.get(province.iso);
  const regionCodes = useMemo(
    () => data.provinces.filter((p) => p.regionNesdc === province.regionNesdc).map((p) => p.iso),
    [data, province],
  );
  const lookup = useMemo(() => indicatorLookup(file), [file]);
  const regionValue = aggregate(file, indicator, year, regionCodes, lookup);
  const series = useMemo(
    () => ({ points: provinceSeries(file, indicator, province.iso), national: nationalSeries(file, indicator, lookup) }),
    [file, indicator, province, lookup],
  );
  const fmt = (v: number | null) => formatIndicatorValue(v, indicator, lang);
  const regionName = REGION_NESDC_NAMES[province.regionNesdc][lang];

  return (
    <section className="province-indicator" data-testid="province-indicator">
      <h3>
        {indicator.label[lang]} <span className="legend-year">{formatYear(year, lang)}</span>
      </h3>
      <dl>
        <dt>{tr('value')}</dt>
        <dd data-field="value" className="big-value">
          {fmt(value)}
        </dd>
        <dt>{tr('rank')}</dt>
        <dd data-field="rank">{rank ? tr('rankOf', { rank, total: view.values.size }) : tr('noData')}</dd>
        <dt>{tr('nationalValue')}</dt>
        <dd data-field="national">
          {view.national === null ? tr('notAggregated') : fmt(view.national)}
          {/* An imported file's national total row is the user's figure, not a computed one: say so. */}
          {indicator.userData && indicator.national?.[String(year)] != null && (
            <span className="national-source" data-testid="national-from-file"> ({tr('nationalFromFile')})</span>
          )}
        </dd>
        <dt>{tr('regionValue', { region: regionName })}</dt>
        <dd data-field="region">{regionValue === null ? tr('notAggregated') : fmt(regionValue)}</dd>
      </dl>
      {indicator.years.length > 1 && (
        <figure className="trend">
          <figcaption>
            {tr('trend')} ({formatYear(indicator.years[0] as number, lang)}–{formatYear(indicator.years[indicator.years.length - 1] as number, lang)})
          </figcaption>
          <Sparkline
            points={series.points}
            national={series.national}
            year={year}
            label={`${indicator.label[lang]}: ${series.points.map((p) => `${formatYear(p.year, lang)} ${fmt(p.value)}`).join(', ')}`}
          />
        </figure>
      )}
      <IndicatorSourceNote source={indicator.source} />
      <OpenDataLink indicator={indicator} />
    </section>
  );
}
