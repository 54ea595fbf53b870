// The attribution line under the map, opening to every source with its year and licence.
import type { AtlasData } from '../data/atlasData';
import { useT } from '../i18n/useT';

export function SourcesFooter({ data }: { data: AtlasData }) {
  const tr = useT();
  return (
    <footer className="sources">
      <details>
        <summary>{tr('attribution')}</summary>
        <h2>{tr('sources')}</h2>
        <ul>
          {Object.entries(data.sources).map(([key, s]) => (
            <li key={key} data-source={key}>
              {s.url ? (
                <a href={s.url} target="_blank" rel="noreferrer noopener">
                  {s.name}
                </a>
              ) : (
                s.name
              )}
              {s.year ? ` (${s.year})` : ''} — {tr('licence')}: {s.licence}
            </li>
          ))}
        </ul>
      </details>
    </footer>
  );
}
