// The attribution line under the map, opening to every source with its year and licence:
// the boundaries and province table, then every indicator in the catalogue.
import { memo } from 'react';
import type { AtlasData } from '../data/atlasData';
import { useAtlas } from '../state/store';
import { useT } from '../i18n/useT';
import { OpenDataLink, openDataUrl } from './OpenDataLink';

export const SourcesFooter = memo(function SourcesFooter({ data }: { data: AtlasData }) {
  const lang = useAtlas((s) => s.doc.lang);
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
        <h2>{tr('indicatorSources')}</h2>
        <ul>
          {data.indicators.indicators.map((ind) => (
            <li key={ind.id} data-source={`indicator:${ind.id}`}>
              <strong>{ind.label[lang]}</strong>: {ind.source.organisation[lang]}, {ind.source.title} ({ind.source.year}) —{' '}
              {tr('licence')}: {ind.source.licence}
              {ind.source.url && (
                <>
                  {' '}
                  <a href={ind.source.url} target="_blank" rel="noreferrer noopener">
                    {tr('link')}
                  </a>
                </>
              )}{' '}
              <OpenDataLink indicator={ind} />
            </li>
          ))}
        </ul>
        <p>
          <a href={openDataUrl('datapackage.json')} data-testid="open-data-package">
            {tr('downloadOpenData')}
          </a>
        </p>
      </details>
    </footer>
  );
});
