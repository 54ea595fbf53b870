// All 77 provinces as a sortable table: the current indicator's value and rank, the region, and
// the source. Choosing a row selects the province exactly as a map click does.
import { useMemo, useState } from 'react';
import type { AtlasData } from '../data/atlasData';
import type { IndicatorView } from '../state/indicatorView';
import { requestCamera, selectProvince, useAtlas } from '../state/store';
import { useT } from '../i18n/useT';
import { formatIndicatorValue, formatYear, localeOf } from '../i18n/format';
import { REGION_NESDC_NAMES } from '../i18n/messages';
import { IndicatorSourceNote } from './IndicatorSourceNote';
import { sortRows, tableRows, type SortKey, type TableSort } from './tableRows';
import { addsToSelection } from '../lib/addsToSelection';

export function DataTable({ data, view }: { data: AtlasData; view: IndicatorView }) {
  const lang = useAtlas((s) => s.doc.lang);
  const selected = useAtlas((s) => s.doc.province);
  const tr = useT();
  const [sort, setSort] = useState<TableSort>({ key: 'rank', ascending: true });
  // Closed, the table renders nothing: 77 rows of DOM updates on every indicator change cost
  // a frame's budget (bench: indicator switch) for a view most users keep folded.
  const [open, setOpen] = useState(false);
  const rows = useMemo(
    () =>
      !open
        ? []
        : sortRows(
        tableRows(
          data.provinces,
          view.values,
          view.ranks,
          (p) => (lang === 'th' ? p.nameTh : p.nameEn),
          (p) => REGION_NESDC_NAMES[p.regionNesdc][lang],
        ),
        sort,
        localeOf(lang),
      ),
    [data, view, lang, sort, open],
  );
  const columns: { key: SortKey; label: string; numeric: boolean }[] = [
    { key: 'rank', label: tr('rank'), numeric: true },
    { key: 'name', label: tr('tableProvince'), numeric: false },
    { key: 'value', label: `${view.indicator.label[lang]} ${formatYear(view.year, lang)}`, numeric: true },
    { key: 'region', label: tr('tableRegion'), numeric: false },
  ];
  return (
    <details className="data-table" data-testid="data-table" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{tr('tableTitle')}</summary>
      {open && (
      <table>
        <caption>
          <IndicatorSourceNote source={view.indicator.source} />
        </caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th
                key={c.key}
                scope="col"
                aria-sort={sort.key === c.key ? (sort.ascending ? 'ascending' : 'descending') : 'none'}
                className={c.numeric ? 'num' : undefined}
              >
                <button
                  type="button"
                  data-sort={c.key}
                  aria-label={tr('tableSortBy', { column: c.label })}
                  onClick={() => setSort((s) => ({ key: c.key, ascending: s.key === c.key ? !s.ascending : c.key !== 'value' }))}
                >
                  {c.label}
                  <span aria-hidden="true">{sort.key === c.key ? (sort.ascending ? ' ▲' : ' ▼') : ''}</span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.code} data-code={r.code} className={selected.includes(r.code) ? 'is-selected' : undefined}>
              <td className="num">{r.rank ?? '–'}</td>
              <th scope="row">
                <button
                  type="button"
                  className="link-button"
                  aria-pressed={selected.includes(r.code)}
                  onClick={(e) => {
                    selectProvince(r.code, addsToSelection(e));
                    requestCamera({ kind: 'province', code: r.code });
                  }}
                >
                  {r.name}
                </button>
              </th>
              <td className="num">{formatIndicatorValue(r.value, view.indicator, lang)}</td>
              <td>{r.region}</td>
            </tr>
          ))}
        </tbody>
      </table>
      )}
    </details>
  );
}
