// What a host hands the one map component (AtlasMap), and why the WebGL map may give up. Kept apart
// from the renderers so hosts and both renderers share the types without importing each other.
import type { AtlasData } from '../data/atlasData';

/** Why the WebGL map gave up: the atlas draws the SVG map instead. */
export type WebglFailure = 'no-webgl' | 'context-lost';

export interface AtlasMapProps {
  data: AtlasData;
  label: string;
  description: string;
  /** Dark colour scheme for the basemap. */
  dark: boolean;
}
