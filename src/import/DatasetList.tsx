// The user's datasets in this browser, each with "remove", and "remove all my data". Removing
// the indicator on screen falls back to the default indicator.
import { useAtlas } from '../state/store';
import type { Lang } from '../state/doc';
import type { UserDataset } from '../data/import/userDataset';
import { useState } from 'react';
import { failureMessage, it } from './importMessages';
import { removeDatasets } from './userDataStore';

export function DatasetList({ lang }: { lang: Lang }) {
  const datasets = useAtlas((s) => s.session.userData);
  const [error, setError] = useState<string | null>(null);
  // A removal IndexedDB refused is said, and the list keeps the dataset: "removed" never lies.
  const remove = (keepThis: (d: UserDataset) => boolean) => {
    setError(null);
    removeDatasets(keepThis).catch((e: unknown) => setError(failureMessage(lang, e, 'errRemoveFailed')));
  };
  if (datasets.length === 0) return null;
  return (
    <section className="import-datasets" aria-label={it(lang, 'datasets')} data-testid="import-datasets">
      <h3>{it(lang, 'datasets')}</h3>
      <ul>
        {datasets.map((d) => (
          <li key={d.id} data-dataset={d.id}>
            <span className="import-dataset-name">{d.fileName}</span>
            <span className="import-meta">
              {it(lang, 'datasetMeta', {
                indicators: d.indicators.length,
                date: new Date(d.importedAt).toLocaleDateString(lang === 'th' ? 'th-TH' : 'en-GB'),
              })}
              {d.points ? ` · ${it(lang, 'datasetPoints', { count: d.points.positions.length / 2 })}` : ''}
              {d.boundaries ? ` · ${it(lang, 'datasetBoundaries', { count: d.boundaries.length })}` : ''}
              {d.districts ? ` · ${it(lang, 'datasetDistricts', { count: d.districts.features.length })}` : ''}
              {d.districtValues
                ? ` · ${it(lang, 'datasetDistrictValues', { file: datasets.find((x) => x.id === d.districtValues?.setId)?.fileName ?? '' })}`
                : ''}
            </span>
            <button type="button" className="text-button" onClick={() => remove((x) => x.id !== d.id)}>
              {it(lang, 'remove', { file: d.fileName })}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="text-button import-remove-all" data-testid="import-remove-all" onClick={() => remove(() => false)}>
        {it(lang, 'removeAll')}
      </button>
      {error && (
        <p className="import-error" role="alert" data-testid="import-remove-error">
          {error}
        </p>
      )}
    </section>
  );
}
