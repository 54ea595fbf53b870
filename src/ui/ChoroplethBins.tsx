// The one legend list of a choropleth (data/choropleth): a swatch, the range and the count of each
// class, then the "no data" row. The province legend makes each row a button that lights its
// provinces; the district legend lists them as plain rows. Both read the bins the map is coloured by.
import type { ReactNode } from 'react';
import type { ChoroplethBin } from '../data/choropleth';
import { NO_DATA_HEX } from '../lib/palettes';

export interface ChoroplethBinsProps<K> {
  bins: readonly ChoroplethBin<K>[];
  /** Features without a value; the no-data row shows when there are any. */
  missing: readonly K[];
  /** A value as the range shows it (no unit). */
  fmt: (v: number) => string;
  noDataLabel: string;
  /** How a class's count reads (a number, perhaps with a unit for screen readers). */
  count: (n: number) => ReactNode;
  /** Row class: `legend-bin` (province legend) or `district-bin`. */
  rowClass: string;
  /** Lights a class's features while it is pointed at or focused (`null`: off); rows become buttons. */
  onLight?: (codes: readonly K[] | null) => void;
  /** The codes lit now (compared by identity with a bin's codes). */
  lit?: readonly K[] | null;
}

export function ChoroplethBins<K>({ bins, missing, fmt, noDataLabel, count, rowClass, onLight, lit }: ChoroplethBinsProps<K>) {
  const rows = bins.map((b) => ({ key: String(b.index), color: b.color, range: `${fmt(b.from)} – ${fmt(b.to)}`, codes: b.codes, noData: false }));
  if (missing.length > 0) rows.push({ key: 'no-data', color: NO_DATA_HEX, range: noDataLabel, codes: missing as K[], noData: true });
  return (
    <ul className="legend-bins">
      {rows.map((r) => {
        const body = (
          <>
            <span className="swatch" style={{ background: r.color }} aria-hidden="true" />
            <span className="range">{r.range}</span>
            <span className="count">{count(r.codes.length)}</span>
          </>
        );
        const cls = `${rowClass}${r.noData ? ' no-data' : ''}`;
        if (!onLight) {
          return (
            <li key={r.key} className={cls} data-bin={r.key}>
              {body}
            </li>
          );
        }
        return (
          <li key={r.key}>
            <button
              type="button"
              className={`${cls}${lit === r.codes ? ' is-lit' : ''}`}
              data-bin={r.key}
              onMouseEnter={() => onLight(r.codes)}
              onMouseLeave={() => onLight(null)}
              onFocus={() => onLight(r.codes)}
              onBlur={() => onLight(null)}
            >
              {body}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
