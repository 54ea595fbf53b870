// The live map objects, for the few shells that must read pixels from them (PNG export, print).
// MapView registers them while mounted; nothing else may move the camera through this handle:
// camera changes go through the store (requestCamera).
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { MapLibreOverlay } from '@deck.gl/maplibre';

export interface MapHandle {
  map: MaplibreMap;
  overlay: MapLibreOverlay;
  /** The element holding the map canvas, the deck.gl canvas and the DOM province labels. */
  container: HTMLElement;
}

let current: MapHandle | null = null;

export function setMapHandle(handle: MapHandle | null): void {
  current = handle;
}

export function getMapHandle(): MapHandle | null {
  return current;
}
