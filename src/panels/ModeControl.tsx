// How the map compares: one year, two years side by side, the change between them, two
// indicators at once (bivariate) or every year (small multiples). The mode lives in the URL
// (state/mapMode.ts); this control only picks it, so a link, a host or a slide can set the same.
import { useId } from 'react';
import type { Indicator } from '../data/indicatorTypes';
import { formatYear } from '../i18n/format';
import { useT } from '../i18n/useT';
import { allowsPctChange, defaultCompareYear, effectiveMode, MAP_MODES, needsYears, type MapMode } from '../state/mapMode';
import { setMapMode, useAtlas } from '../state/store';
import type { ChangeKind } from '../state/doc';

const MODE_LABEL = {
  single: 'modeSingle',
  compare: 'modeCompare',
  change: 'modeChange',
  bivariate: 'modeBivariate',
  multiples: 'modeMultiples',
} as const satisfies Record<MapMode, string>;

export function ModeControl({ indicator, year }: { indicator: Indicator; year: number }) {
  const tr = useT();
  const id = useId();
  const lang = useAtlas((s) => s.doc.lang);
  const compare = useAtlas((s) => s.doc.compare);
  const change = useAtlas((s) => s.doc.change);
  const years = indicator.years;
  const mode = useAtlas((s) => effectiveMode(s.doc, years.length));
  // A comparison year the indicator does not have shows as its first year, like the map does.
  const compareYear = compare !== null && years.includes(compare) ? compare : defaultCompareYear(years, year);

  const choose = (next: MapMode) => setMapMode(next, compareYear, change ?? 'diff');

  return (
    <fieldset className="mode-control" data-testid="mode-control">
      <legend>{tr('mapMode')}</legend>
      <label>
        <span className="visually-hidden">{tr('mapMode')}</span>
        <select value={mode} data-testid="map-mode" onChange={(e) => choose(e.target.value as MapMode)}>
          {MAP_MODES.map((m) => (
            <option key={m} value={m} disabled={needsYears(m) && years.length < 2}>
              {tr(MODE_LABEL[m])}
            </option>
          ))}
        </select>
      </label>
      {(mode === 'compare' || mode === 'change') && compareYear !== null && (
        <label htmlFor={`${id}-compare`}>
          <span>{tr('compareWith')}</span>
          <select id={`${id}-compare`} value={compareYear} data-testid="compare-year" aria-label={tr('compareWithLabel')} onChange={(e) => setMapMode(mode, Number(e.target.value), change ?? 'diff')}>
            {years.map((y) => (
              <option key={y} value={y}>
                {formatYear(y, lang)}
              </option>
            ))}
          </select>
        </label>
      )}
      {mode === 'change' && allowsPctChange(indicator.unit) && (
        <label htmlFor={`${id}-change`}>
          <span>{tr('changeAs')}</span>
          <select id={`${id}-change`} value={change ?? 'diff'} data-testid="change-kind" aria-label={tr('changeAsLabel')} onChange={(e) => setMapMode('change', compareYear, e.target.value as ChangeKind)}>
            <option value="diff">{tr('changeDiff')}</option>
            <option value="pct">{tr('changePct')}</option>
          </select>
        </label>
      )}
    </fieldset>
  );
}
