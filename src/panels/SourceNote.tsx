// One source line beside a figure: publisher, year and licence, linked where a URL is known.
import type { SourceRef } from '../data/types';
import { useT } from '../i18n/useT';

export function SourceNote({ source }: { source: SourceRef | undefined }) {
  const tr = useT();
  if (!source) return null;
  // "not stated" is honest in SOURCES.md but noise beside a figure: show what is known.
  const known = (v: string | number | undefined) => v !== undefined && v !== '' && !String(v).startsWith('not stated');
  const text = [source.name, source.year, source.licence].filter(known).join(' · ');
  return (
    <span className="source-note">
      {tr('source')}:{' '}
      {source.url ? (
        <a href={source.url} target="_blank" rel="noreferrer noopener">
          {text}
        </a>
      ) : (
        text
      )}
    </span>
  );
}
