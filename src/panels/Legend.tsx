// The interactive legend: one swatch per class with its range and count, and the "no data"
// swatch when any province lacks a value. Pointing at (or focusing) a class highlights its
// provinces on the map and in the charts. Reads the same bins as the map's colours.
import { useEffect, useState } from 'react';
import type { IndicatorView } from '../state/indicatorView';
import { setHighlight, useAtlas } from '../state/store';
import { useT } from '../i18n/useT';
import { formatIndicatorValue, formatYear, unitSuffix } from '../i18n/format';
import { NO_DATA_HEX } from '../lib/palettes';
import type { ProvinceCode } from '../data/types';

export function Legend({ view, compact = false }: { view: IndicatorView; compact?: boolean }) {
  const lang = useAtlas((s) => s.doc.lang);
  const highlight = useAtlas((s) => s.session.highlight);
  const tr = useT();
  // On a phone or tablet the legend starts folded to one row of swatches, so it does not cover the map.
  const [open, setOpen] = useState(!compact);
  useEffect(() => setOpen(!compact), [compact]);
  const { indicator } = view;
  const fmt = (v: number) => formatIndicatorValue(v, indicator, lang, { withUnit: false });
  const polarity =
    indicator.polarity === 'higher-better' ? tr('higherBetter') : indicator.polarity === 'higher-worse' ? tr('higherWorse') : tr('neutral');

  const bind = (codes: readonly ProvinceCode[]) => ({
    onMouseEnter: () => setHighlight('legend', codes),
    onMouseLeave: () => setHighlight('legend', null),
    onFocus: () => setHighlight('legend', codes),
    onBlur: () => setHighlight('legend', null),
  });
  const isLit = (codes: readonly ProvinceCode[]) => highlight?.source === 'legend' && highlight.codes === codes;

  return (
    <section className={`legend${open ? '' : ' is-folded'}`} aria-label={tr('legendTitle')} data-testid="legend">
      <h2 className="legend-title">
        <button type="button" className="legend-fold" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
          {indicator.label[lang]} <span className="legend-year">{formatYear(view.year, lang)}</span>
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
      <p className="legend-unit">
        {polarity}
        {unitSuffix(indicator.unit, lang) ? ` · ${unitSuffix(indicator.unit, lang)}` : ''}
      </p>
      <ul className="legend-bins">
        {view.bins.map((b) => (
          <li key={b.index}>
            <button
              type="button"
              className={`legend-bin${isLit(b.codes) ? ' is-lit' : ''}`}
              data-bin={b.index}
              {...bind(b.codes)}
            >
              <span className="swatch" style={{ background: b.color }} aria-hidden="true" />
              <span className="range">
                {fmt(b.from)} – {fmt(b.to)}
              </span>
              <span className="count">
                {b.codes.length}
                <span className="visually-hidden"> {tr('provincesUnit', { count: b.codes.length })}</span>
              </span>
            </button>
          </li>
        ))}
        {view.missing.length > 0 && (
          <li>
            <button
              type="button"
              className={`legend-bin no-data${isLit(view.missing) ? ' is-lit' : ''}`}
              data-bin="no-data"
              {...bind(view.missing)}
            >
              <span className="swatch" style={{ background: NO_DATA_HEX }} aria-hidden="true" />
              <span className="range">{tr('noDataProvinces')}</span>
              <span className="count">
                {view.missing.length}
                <span className="visually-hidden"> {tr('provincesUnit', { count: view.missing.length })}</span>
              </span>
            </button>
          </li>
        )}
      </ul>
      {indicator.years.length > 1 && view.classification.method !== 'manual' && (
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
