// The source of an indicator: publisher, title, year, licence, link and caveats.
import type { IndicatorSource } from '../data/indicatorTypes';
import { useAtlas } from '../state/store';
import { SourceLine } from './SourceLine';

export function IndicatorSourceNote({ source }: { source: IndicatorSource }) {
  const lang = useAtlas((s) => s.doc.lang);
  return (
    <SourceLine
      parts={[source.organisation[lang], source.title, source.year, source.licence]}
      url={source.url}
      caveat={source.note?.[lang]}
      testId="indicator-source"
    />
  );
}
