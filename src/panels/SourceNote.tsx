// The source of a province field (population, area): publisher, year and licence.
import type { SourceRef } from '../data/types';
import { SourceLine } from './SourceLine';

export function SourceNote({ source }: { source: SourceRef | undefined }) {
  if (!source) return null;
  return <SourceLine parts={[source.name, source.year, source.licence]} url={source.url} />;
}
