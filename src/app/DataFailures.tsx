// Names every non-essential data file that failed to load or validate, and why; the atlas works
// on without it (see buildAtlasDataPartial).
import { memo } from 'react';
import type { DataFileError } from '../data/atlasData';
import { useT } from '../i18n/useT';

export const DataFailures = memo(function DataFailures({ failures }: { failures: readonly DataFileError[] | undefined }) {
  const tr = useT();
  if (!failures || failures.length === 0) return null;
  return (
    <div className="data-failures" role="alert">
      <p>{tr('dataFileFailed')}</p>
      <ul>
        {failures.map((f) => (
          <li key={f.file} data-file={f.file}>
            {tr('dataFileFailedItem', { file: f.file, detail: f.detail })}
          </li>
        ))}
      </ul>
    </div>
  );
});
