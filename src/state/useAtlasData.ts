// React binding of the one data channel (withUserData): hosts call it with the loaded data.
import type { AtlasData } from '../data/atlasData';
import { useAtlas } from './store';
import { withUserData } from './withUserData';

export function useAtlasData(base: AtlasData): AtlasData {
  return useAtlas((s) => withUserData(base, s.session.userData));
}
