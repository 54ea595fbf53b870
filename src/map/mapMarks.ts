// The one adapter through which the map reports its frames: `atlas:map-ready` (the public
// contract: the provinces first drawn with data, once per page, whichever renderer draws first),
// `atlas:map-updated` (for the bench: the first frame drawn with a new indicator view) and the
// bench's extra layers drawn (useExtraLayers). The controller takes it as a value, so tests can
// count frames without `performance`.
import { extraLayersDrawn } from './useExtraLayers';

const MAP_READY = 'atlas:map-ready';

export interface MapMarks {
  /** The provinces were first drawn with data. */
  ready(): void;
  /** A frame was drawn with a new indicator view. */
  updated(): void;
  /** A frame was drawn with the bench's extra layers of this version. */
  extraDrawn(version: number): void;
}

/** Marks the map ready, once per page whichever renderer draws first (or again after a switch). */
export function markMapReady(): void {
  if (performance.getEntriesByName(MAP_READY, 'mark').length === 0) performance.mark(MAP_READY);
}

/** The marks as the page records them (performance marks, the bench's waits). */
export const pageMarks: MapMarks = {
  ready: markMapReady,
  updated: () => performance.mark('atlas:map-updated'),
  extraDrawn: extraLayersDrawn,
};
