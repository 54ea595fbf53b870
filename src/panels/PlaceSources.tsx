// The sources of a place, as publisher links.
import type { PlaceSource } from '../data/placeTypes';
import { useT } from '../i18n/useT';

export function PlaceSources({ sources }: { sources: readonly PlaceSource[] }) {
  const tr = useT();
  return (
    <p className="source-note">
      {tr('source')}:{' '}
      {sources.map((s, i) => (
        <span key={`${s.label}-${i}`}>
          {i > 0 && ' · '}
          {s.url ? (
            <a href={s.url} target="_blank" rel="noreferrer noopener">
              {s.label}
            </a>
          ) : (
            s.label
          )}
        </span>
      ))}
    </p>
  );
}
