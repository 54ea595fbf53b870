// The district layer's legend and control: show or hide the districts, choose which district
// figure colours them (every set's indicators, grouped by set), the classes with their counts,
// the no-data swatch and the source (the user's file). Loaded lazily with the first district set.
import { useId, useState } from 'react';
import type { UserDataset } from '../data/import/userDataset';
import { formatIndicatorValue, formatNumber } from '../i18n/format';
import { ChoroplethBins } from '../ui/ChoroplethBins';
import { districtFormat, districtIndicators, type DistrictView } from '../state/districtView';
import { setDistrict, useAtlas } from '../state/store';
import { dt } from './districtMessages';
import './districts.css';

export function DistrictLegend({ view, datasets }: { view: DistrictView | null; datasets: readonly UserDataset[] }) {
  const lang = useAtlas((s) => s.doc.lang);
  const id = useId();
  const [open, setOpen] = useState(true);
  const sets = datasets.filter((d) => d.districts);
  const indicator = view?.indicator ?? null;
  const fmt = (v: number) => (indicator ? formatIndicatorValue(v, districtFormat(indicator), lang, { withUnit: false }) : '');
  return (
    <section className="district-legend" aria-labelledby={`${id}-title`} data-testid="district-legend">
      <h2 id={`${id}-title`} className="legend-title">
        <button type="button" className="legend-fold" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
          {dt(lang, 'districtsTitle')}
          {view?.indicator ? `: ${view.indicator.name}` : ''}
          <span className="fold-mark" aria-hidden="true">{open ? ' ▾' : ' ▸'}</span>
        </button>
      </h2>
      {open && (
      <>
      <label className="district-toggle">
        <input type="checkbox" checked={view !== null} onChange={(e) => setDistrict(e.target.checked ? null : 'off')} data-testid="district-show" />
        {dt(lang, 'showDistricts')}
      </label>
      {view && (
        <>
          <label className="district-field">
            {dt(lang, 'districtFigure')}
            <select value={view.choice} onChange={(e) => setDistrict(e.target.value)} data-testid="district-indicator">
              {sets.map((s) => {
                const list = districtIndicators(datasets, s.id);
                return (
                  <optgroup key={s.id} label={s.fileName}>
                    {list.length === 0 && <option value={`${s.id}.0`}>{dt(lang, 'outlinesOnly')}</option>}
                    {list.map((i, n) => (
                      <option key={n} value={`${s.id}.${n}`}>
                        {i.name}
                      </option>
                    ))}
                  </optgroup>
                );
              })}
            </select>
          </label>
          <ChoroplethBins
            bins={view.bins}
            missing={indicator ? view.missing : []}
            fmt={fmt}
            noDataLabel={dt(lang, 'noData')}
            rowClass="district-bin"
            count={(n) => formatNumber(n, lang)}
          />
          <p className="legend-unit" data-testid="district-source">
            {dt(lang, 'districtsCount', { count: view.features.length })} ·{' '}
            {dt(lang, 'sourceYours', { file: indicator?.fileName ?? view.fileName })}
          </p>
        </>
      )}
      </>
      )}
    </section>
  );
}
