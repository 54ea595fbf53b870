// React binding of the map model: both renderers read the store through this one selector.
import type { AtlasData } from '../data/atlasData';
import { useAtlas } from '../state/store';
import { mapModelOf, type MapModel } from './mapModel';

export function useMapModel(data: AtlasData): MapModel {
  return useAtlas((s) => mapModelOf(data, s.doc, s.session));
}
