// React binding of the map model: both renderers read the store through this one selector. A map
// showing another year than the document's (compare mode) gets a selector memoised of its own.
import { useState } from 'react';
import type { AtlasData } from '../data/atlasData';
import { useAtlas } from '../state/store';
import { makeYearModelOf, mapModelOf, type MapModel } from './mapModel';

export function useMapModel(data: AtlasData, year?: number): MapModel {
  const [own] = useState(makeYearModelOf);
  return useAtlas((s) => (year === undefined ? mapModelOf(data, s.doc, s.session) : own(data, s.doc, s.session, year)));
}
