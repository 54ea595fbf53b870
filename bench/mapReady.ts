// Bench: time to `atlas:map-ready` (provinces first drawn with data) over cold loads.
import type { Browser } from 'playwright-core';
import { coldLoads } from './coldLoads.ts';
import type { ColdLoadOptions, Target, TargetResult } from './coldLoads.ts';

export const MAP_READY_MARK = 'atlas:map-ready';

/** Cold loads of each target until `atlas:map-ready`; see `coldLoads` for ordering and options. */
export function measureMapReady(
  browser: Browser,
  targets: readonly Target[],
  opts: Omit<ColdLoadOptions, 'mark'> = {},
): Promise<TargetResult[]> {
  return coldLoads(browser, targets, { ...opts, mark: MAP_READY_MARK });
}
