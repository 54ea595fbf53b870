// What a host hands the one map component (AtlasMap), and why the WebGL map may give up. Kept apart
// from the renderers so hosts and both renderers share the types without importing each other.
import type { AtlasData } from '../data/atlasData';
import type { CameraLink } from './cameraLink';

/** Why the WebGL map gave up: the atlas draws the SVG map instead. */
export type WebglFailure = 'no-webgl' | 'context-lost';

export interface AtlasMapProps {
  data: AtlasData;
  label: string;
  description: string;
  /** Dark colour scheme for the basemap. */
  dark: boolean;
}

/**
 * One of compare mode's two maps (CompareMaps): the year it shows and the camera link it shares.
 * The primary map (the document's year) writes the camera to the URL, carries out camera requests
 * and holds the one map summary; the secondary map only follows and leads through the link.
 */
export interface MapPane<C> {
  id: string;
  year: number;
  primary: boolean;
  link: CameraLink<C>;
}
