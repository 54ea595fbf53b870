// The interactive legend: one swatch per class with its range and count, and the "no data"
// swatch when any province lacks a value. Pointing at (or focusing) a class highlights its
// provinces on the map and in the charts. Reads the same bins as the map's colours.
import { useEffect, useState } from 'react';
import type { IndicatorView } from '../state/indicatorView';
import { setHighlight, useAtlas } from '../state/store';
import { useT } from '../i18n/useT';
import { formatIndicatorValue, formatYear, unitSuffix } from '../i18n/format';
import { ChoroplethBins } from '../ui/ChoroplethBins';
import { isChangeView } from '../state/changeView';
import { changeUnitLabel, ctx, formatViewValue } from '../i18n/changeFormat';
import type { IndicatorsFile } from '../data/indicatorTypes';
import { effectiveMode } from '../state/mapMode';
import { bivariateViewOf } from '../state/bivariateView';
import { BivariateLegend } from './BivariateLegend';
import '../ui/change.css';

/** `file`: the catalogue, for the bivariate map's legend (shown instead when that mode is on). */
export function Legend({ view, file, compact = false }: { view: IndicatorView; file?: IndicatorsFile; compact?: boolean }) {
  const bivariate = useAtlas((s) =>
    file && effectiveMode(s.doc, view.indicator.years.length) === 'bivariate' ? bivariateViewOf(file, s.doc) : null,
  );
  return bivariate ? <BivariateLegend view={bivariate} compact={compact} /> : <ChoroplethLegend view={view} compact={compact} />;
}

function ChoroplethLegend({ view, compact }: { view: IndicatorView; compact: boolean }) {
  const lang = useAtlas((s) => s.doc.lang);
  const highlight = useAtlas((s) => s.session.highlight);
  const tr = useT();
  // On a phone or tablet the legend starts folded to one row of swatches, so it does not cover the map.
  const [open, setOpen] = useState(!compact);
  useEffect(() => setOpen(!compact), [compact]);
  const { indicator } = view;
  const change = isChangeView(view) ? view.change : null;
  const fmt = (v: number) => (change ? formatViewValue(view, v, lang, { withUnit: false }) : formatIndicatorValue(v, indicator, lang, { withUnit: false }));
  const changeUnit = change ? changeUnitLabel(indicator, change.kind, lang, change.fromYear) : '';
  const polarity =
    indicator.polarity === 'higher-better' ? tr('higherBetter') : indicator.polarity === 'higher-worse' ? tr('higherWorse') : tr('neutral');

  return (
    <section className={`legend${open ? '' : ' is-folded'}`} aria-label={tr('legendTitle')} data-testid="legend">
      <h2 className="legend-title">
        <button type="button" className="legend-fold" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
          {change ? (
            ctx(lang, change.kind === 'pct' ? 'pctChangeTitle' : 'changeTitle', {
              indicator: indicator.label[lang],
              from: formatYear(change.fromYear, lang),
              to: formatYear(change.toYear, lang),
            })
          ) : (
            <>
              {indicator.label[lang]} <span className="legend-year">{formatYear(view.year, lang)}</span>
            </>
          )}
          <span className="fold-mark" aria-hidden="true">{open ? ' ▾' : ' ▸'}</span>
        </button>
      </h2>
      {!open && (
        <div className="legend-strip" aria-hidden="true">
          {view.bins.map((b) => (
            <span key={b.index} className="swatch" style={{ background: b.color }} />
          ))}
        </div>
      )}
      {open && (
      <>
      {change ? (
        <>
          <p className="legend-unit" data-testid="legend-change-unit">
            {changeUnit ? ctx(lang, 'changeLegendUnit', { unit: changeUnit }) : ctx(lang, 'changeLegendUnitNone')}
          </p>
          {/* Each half of the key stays on one line ("สีส้ม: แย่ลง" must not break inside a word). */}
          <p className="legend-unit legend-change-key">
            {ctx(lang, indicator.polarity === 'neutral' ? 'keyNeutral' : 'keyBetter')
              .split(' · ')
              .map((part, i) => (
                <span key={part}>
                  {i > 0 ? ' · ' : ''}
                  {part}
                </span>
              ))}
          </p>
        </>
      ) : (
      <p className="legend-unit">
        {polarity}
        {unitSuffix(indicator.unit, lang) ? ` · ${unitSuffix(indicator.unit, lang)}` : ''}
      </p>
      )}
      <ChoroplethBins
        bins={view.bins}
        missing={view.missing}
        fmt={fmt}
        noDataLabel={tr('noDataProvinces')}
        rowClass="legend-bin"
        count={(n) => (
          <>
            {n}
            <span className="visually-hidden"> {tr('provincesUnit', { count: n })}</span>
          </>
        )}
        onLight={(codes) => setHighlight('legend', codes)}
        lit={highlight?.source === 'legend' ? highlight.codes : null}
      />
      {change && <p className="legend-hint">{ctx(lang, 'classesOverChange', { from: formatYear(change.fromYear, lang), to: formatYear(change.toYear, lang) })}</p>}
      {!change && indicator.years.length > 1 && view.classification.method !== 'manual' && (
        <p className="legend-hint">
          {tr('classesOverYears', {
            from: formatYear(indicator.years[0] as number, lang),
            to: formatYear(indicator.years[indicator.years.length - 1] as number, lang),
          })}
        </p>
      )}
      <p className="legend-hint">{tr('legendHint')}</p>
      </>
      )}
    </section>
  );
}
