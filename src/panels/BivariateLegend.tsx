// The bivariate map's legend: a 3×3 square of the palette, x (the scatter plot's horizontal
// indicator) across and y up, each axis named with its year and an arrow ("higher →"). Each cell
// shows its count and, pointed at or focused, lights its provinces on the map and the charts
// (setHighlight, as the normal legend's rows do); then the "no data" row. Reads the same view as
// the map's fills.
import { useEffect, useState } from 'react';
import type { BivariateCell, BivariateView } from '../state/bivariateView';
import { setHighlight, useAtlas } from '../state/store';
import { useT } from '../i18n/useT';
import { formatYear } from '../i18n/format';
import { NO_DATA_HEX } from '../lib/palettes';
import { inkOn } from '../lib/bivariatePalette';
import { mt } from '../i18n/modeMessages';

const CLASS_KEY = ['bivLow', 'bivMid', 'bivHigh'] as const;

/** `compact`: starts folded to a small square (phones, tablets), as the choropleth legend does. */
export function BivariateLegend({ view, compact = false }: { view: BivariateView; compact?: boolean }) {
  const [open, setOpen] = useState(!compact);
  useEffect(() => setOpen(!compact), [compact]);
  const lang = useAtlas((s) => s.doc.lang);
  const highlight = useAtlas((s) => s.session.highlight);
  const tr = useT();
  const lit = highlight?.source === 'legend' ? highlight.codes : null;
  const xName = view.x.indicator.label[lang];
  const yName = view.y.indicator.label[lang];
  const both = view.cells.reduce((n, c) => n + c.codes.length, 0);
  const light = (codes: readonly BivariateCell['codes'][number][] | null) => setHighlight('legend', codes);
  const lightProps = (codes: BivariateCell['codes']) => ({
    onMouseEnter: () => light(codes),
    onMouseLeave: () => light(null),
    onFocus: () => light(codes),
    onBlur: () => light(null),
  });

  return (
    <section className="legend bivariate-legend" aria-label={mt(lang, 'bivLegendLabel', { x: xName, y: yName })} data-testid="bivariate-legend">
      <h2 className="legend-title">
        <button type="button" className="legend-fold" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
          {mt(lang, 'bivLegendTitle')}
          <span className="fold-mark" aria-hidden="true">{open ? ' ▾' : ' ▸'}</span>
        </button>
      </h2>
      {!open && (
        <div className="biv-mini" aria-hidden="true">
          {view.cells.map((cell) => (
            <span key={cell.key} style={{ background: cell.color }} />
          ))}
        </div>
      )}
      {open && (
      <>
      <p className="biv-axis biv-axis-y" data-axis="y">
        <span className="biv-axis-name">
          {yName} <span className="legend-year">{formatYear(view.y.year, lang)}</span>
        </span>
        <span className="biv-arrow" aria-hidden="true">{mt(lang, 'bivHigherUp')}</span>
      </p>
      <div className="biv-body">
        <span className="biv-arrow-line biv-arrow-up" aria-hidden="true" />
        <ul className="biv-grid">
          {view.cells.map((cell) => (
            <li key={cell.key}>
              <button
                type="button"
                className={`biv-cell${lit === cell.codes ? ' is-lit' : ''}`}
                data-cell={cell.key}
                style={{ background: cell.color, color: inkOn(cell.color) }}
                aria-label={mt(lang, 'bivCell', {
                  x: xName,
                  y: yName,
                  xClass: mt(lang, CLASS_KEY[cell.x]),
                  yClass: mt(lang, CLASS_KEY[cell.y]),
                  count: cell.codes.length,
                })}
                {...lightProps(cell.codes)}
              >
                {cell.codes.length}
              </button>
            </li>
          ))}
        </ul>
      </div>
      <span className="biv-arrow-line biv-arrow-right" aria-hidden="true" />
      <p className="biv-axis biv-axis-x" data-axis="x">
        <span className="biv-axis-name">
          {xName} <span className="legend-year">{formatYear(view.x.year, lang)}</span>
        </span>
        <span className="biv-arrow" aria-hidden="true">{mt(lang, 'bivHigher')}</span>
      </p>
      {view.missing.length > 0 && (
        <ul className="legend-bins">
          <li>
            <button type="button" className={`legend-bin no-data${lit === view.missing ? ' is-lit' : ''}`} data-bin="no-data" {...lightProps(view.missing)}>
              <span className="swatch" style={{ background: NO_DATA_HEX }} aria-hidden="true" />
              <span className="range">{mt(lang, 'bivNoData')}</span>
              <span className="count">
                {view.missing.length}
                <span className="visually-hidden"> {tr('provincesUnit', { count: view.missing.length })}</span>
              </span>
            </button>
          </li>
        </ul>
      )}
      <p className="legend-hint">{mt(lang, 'bivThirdsHint', { count: both })}</p>
      </>
      )}
    </section>
  );
}
