// One "Source: …" line beside a figure: the known parts joined, linked where a URL is known,
// with a caveat the user must see. Shared by province fields and indicators.
import { useT } from '../i18n/useT';

interface Props {
  parts: readonly (string | number | undefined)[];
  url?: string | undefined;
  caveat?: string | undefined;
  testId?: string;
}

// "not stated" is honest in SOURCES.md but noise beside a figure: show what is known.
const known = (v: string | number | undefined): v is string | number =>
  v !== undefined && v !== '' && !String(v).startsWith('not stated');

export function SourceLine({ parts, url, caveat, testId }: Props) {
  const tr = useT();
  const text = parts.filter(known).join(' · ');
  return (
    <span className="source-note" data-testid={testId}>
      {tr('source')}:{' '}
      {url ? (
        <a href={url} target="_blank" rel="noreferrer noopener">
          {text}
        </a>
      ) : (
        text
      )}
      {caveat && <span className="source-caveat"> {caveat}</span>}
    </span>
  );
}
