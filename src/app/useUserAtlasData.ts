// The loaded data with the user's imported indicators joined to the catalogue, so the picker,
// map, legend, charts, detail panel and table all read them like shipped indicators.
import { useMemo } from 'react';
import type { AtlasData } from '../data/atlasData';
import { withUserIndicators } from '../data/import/userDataset';
import { useAtlas } from '../state/store';

export function useUserAtlasData(base: AtlasData): AtlasData {
  const datasets = useAtlas((s) => s.session.userData);
  return useMemo(() => {
    const indicators = withUserIndicators(base.indicators, datasets);
    return indicators === base.indicators ? base : { ...base, indicators };
  }, [base, datasets]);
}
