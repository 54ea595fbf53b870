// Layers drawn above the atlas's own that do not come from the store: today only the benchmark's
// synthetic points (src/bench/installBenchHook.ts, loaded only with `?bench=1`). The map reports
// back when a frame containing them has been drawn, which is what the bench times.
import { useSyncExternalStore } from 'react';
import type { Layer } from '@deck.gl/core';

interface Extra {
  layers: readonly Layer[];
  version: number;
}

let current: Extra = { layers: [], version: 0 };
const listeners = new Set<() => void>();
const waiting = new Map<number, () => void>();

/** Replaces the extra layers; resolves once the map has drawn a frame with them. */
export function setExtraLayers(layers: readonly Layer[]): Promise<void> {
  current = { layers, version: current.version + 1 };
  const drawn = new Promise<void>((resolve) => waiting.set(current.version, resolve));
  listeners.forEach((f) => f());
  return drawn;
}

/** Called by the map after a frame drawn with the extra layers of `version`. */
export function extraLayersDrawn(version: number): void {
  for (const [v, resolve] of waiting) {
    if (v <= version) {
      waiting.delete(v);
      resolve();
    }
  }
}

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  return () => listeners.delete(onChange);
}

export function useExtraLayers(): Extra {
  return useSyncExternalStore(subscribe, () => current);
}
