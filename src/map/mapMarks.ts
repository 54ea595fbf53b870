// The map's performance marks, in one place for both renderers: `atlas:map-ready` (the public
// contract: the provinces first drawn with data, once per page) and `atlas:map-updated` (for the
// bench: the first frame drawn with a new indicator view).
const MAP_READY = 'atlas:map-ready';

/** Marks the map ready, once per page whichever renderer draws first (or again after a switch). */
export function markMapReady(): void {
  if (performance.getEntriesByName(MAP_READY, 'mark').length === 0) performance.mark(MAP_READY);
}

export function markMapUpdated(): void {
  performance.mark('atlas:map-updated');
}
