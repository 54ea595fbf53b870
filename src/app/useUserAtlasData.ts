// The loaded data with the user's imported indicators joined to the catalogue, so the picker,
// map, legend, charts, detail panel and table all read them like shipped indicators.
import { useMemo } from 'react';
import type { AtlasData } from '../data/atlasData';
import { withUserIndicators } from '../data/import/userDataset';
import { replaceBoundaries } from '../data/import/boundaries';
import { useAtlas } from '../state/store';

export function useUserAtlasData(base: AtlasData): AtlasData {
  const datasets = useAtlas((s) => s.session.userData);
  return useMemo(() => {
    const indicators = withUserIndicators(base.indicators, datasets);
    // The latest imported boundary set wins; provinces it lacks keep the built-in shape.
    const boundaries = datasets.findLast((d) => d.boundaries)?.boundaries;
    if (indicators === base.indicators && !boundaries) return base;
    const features = boundaries ? replaceBoundaries(base.features, boundaries) : base.features;
    return { ...base, indicators, features, featureByCode: boundaries ? new Map(features.map((f) => [f.id, f])) : base.featureByCode };
  }, [base, datasets]);
}
