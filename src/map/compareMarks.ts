// The frame marks of compare mode's second map: none. The page's marks (atlas:map-ready, the
// bench's map-updated) are the primary map's, so a second map cannot mark a frame it drew first.
import type { MapMarks } from './mapMarks';

export const NO_MARKS: MapMarks = { ready: () => {}, updated: () => {}, extraDrawn: () => {} };
