// "Download this indicator's data (CSV)": the stable URL of a shipped indicator's published CSV
// (data/atlas-data/<id>.csv, written by npm run geo). Nothing for imported indicators, which
// exist only in this browser, nor for a deployment's extra packages, which are not in atlas-data.
import type { Indicator } from '../data/indicatorTypes';
import { useT } from '../i18n/useT';

/** Stable, documented paths of the published open data, relative to the app (see README). */
export const openDataUrl = (file: string): string => `${import.meta.env.BASE_URL}data/atlas-data/${file}`;

export function OpenDataLink({ indicator }: { indicator: Indicator }) {
  const tr = useT();
  if (indicator.userData !== undefined || indicator.packageFrom !== undefined) return null;
  return (
    <a className="open-data-link" href={openDataUrl(`${indicator.id}.csv`)} download data-testid="open-data-csv">
      {tr('downloadIndicatorCsv')}
    </a>
  );
}
