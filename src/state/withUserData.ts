// The one data channel: the loaded data with the user's imported datasets joined in (their
// indicators appended to the catalogue, their boundaries drawn instead of the built-in ones, the
// datasets themselves for points and districts). Every host and renderer reads data from here;
// memoised, so the same inputs give the same object. Pure.
import type { AtlasData } from '../data/atlasData';
import type { UserDataset } from '../data/import/userDataset';
import { withUserIndicators } from '../data/import/userDataset';
import { replaceBoundaries } from '../data/import/boundaries';
import { memoLast } from '../lib/memo';
import type { Known } from './urlCodec';

function merge(base: AtlasData, datasets: readonly UserDataset[]): AtlasData {
  if (datasets.length === 0 && base.datasets.length === 0) return base;
  const indicators = withUserIndicators(base.indicators, datasets);
  // The latest imported boundary set wins; provinces it lacks keep the built-in shape.
  const boundaries = datasets.findLast((d) => d.boundaries)?.boundaries;
  const features = boundaries ? replaceBoundaries(base.features, boundaries) : base.features;
  return { ...base, indicators, features, featureByCode: boundaries ? new Map(features.map((f) => [f.id, f])) : base.featureByCode, datasets };
}

/** The loaded data joined with the user's datasets; `base` itself when there are none. */
export const withUserData = memoLast(merge);

/**
 * What the URL decoder accepts, derived from the joined data (so `indicator=my-…` decodes once
 * the user's datasets are in the store, and no longer once they are removed).
 */
export const knownOf = memoLast(
  (data: AtlasData): Known => ({
    provinces: new Set(data.provinces.map((p) => p.iso)),
    indicators: new Set(data.indicators.indicators.map((i) => i.id)),
  }),
);
