// The current indicator in the province detail panel: value, rank of N, the whole kingdom and
// the province's region for comparison, and a sparkline over the years.
import { useMemo } from 'react';
import type { AtlasData } from '../data/atlasData';
import type { Province } from '../data/types';
import { aggregate, nationalFigure, type NationalFigure } from '../data/indicatorValues';
import { nationalSeries, provinceSeries } from './comparisonRows';
import { indicatorLookup, type IndicatorView } from '../state/indicatorView';
import { useAtlas } from '../state/store';
import { useT } from '../i18n/useT';
import { formatIndicatorValue, formatYear } from '../i18n/format';
import { REGION_NESDC_NAMES } from '../i18n/messages';
import { Sparkline } from './Sparkline';
import { IndicatorSourceNote } from './IndicatorSourceNote';
import { OpenDataLink } from './OpenDataLink';

/** What the kingdom row says when there is no value, by reason (never "0", never a partial sum). */
const NO_KINGDOM = {
  'not-additive': 'notAggregated',
  'not-in-source': 'noNationalInSource',
  'no-data': 'noData',
} as const satisfies Record<Extract<NationalFigure, { value: null }>['basis'], string>;

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
  const kingdom = nationalFigure(file, indicator, year, lookup);
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
        <dd data-field="national" data-basis={kingdom.basis}>
          {kingdom.value === null ? tr(NO_KINGDOM[kingdom.basis]) : fmt(kingdom.value)}
          {kingdom.value !== null && (
            // Say where the figure comes from: the source's own national figure (an imported
            // file's total row), or an aggregate computed here over the 77 provinces.
            <span className="national-source" data-testid={indicator.userData && kingdom.basis === 'source' ? 'national-from-file' : undefined}>
              {' '}({tr(kingdom.basis === 'computed' ? 'nationalComputed' : indicator.userData ? 'nationalFromFile' : 'nationalFromSource')})
            </span>
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
