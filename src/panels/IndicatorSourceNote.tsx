// The source line of an indicator: publisher, title, year, licence, link and caveats.
import type { IndicatorSource } from '../data/indicatorTypes';
import { useAtlas } from '../state/store';
import { useT } from '../i18n/useT';

export function IndicatorSourceNote({ source }: { source: IndicatorSource }) {
  const lang = useAtlas((s) => s.doc.lang);
  const tr = useT();
  const text = [source.organisation[lang], source.title, source.year, source.licence].filter(Boolean).join(' · ');
  return (
    <span className="source-note" data-testid="indicator-source">
      {tr('source')}:{' '}
      {source.url ? (
        <a href={source.url} target="_blank" rel="noreferrer noopener">
          {text}
        </a>
      ) : (
        text
      )}
      {source.note && <span className="source-caveat"> {source.note[lang]}</span>}
    </span>
  );
}
