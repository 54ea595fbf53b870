// `window.__atlasBench`: the hook `npm run bench` drives (bench/points.ts). Loaded by main.tsx
// only when the URL has `bench=1`, so the normal app never ships it in its entry chunk.
//   __atlasBench.makePoints(n, seed?)  SYNTHETIC points over Thailand's box, kept in the page
//   __atlasBench.showPoints()          draws them; resolves with ms until the frame that shows them
//   __atlasBench.clearPoints()         removes them
//   __atlasBench.renderIndicator(id)   shows indicator `id`, rendered and committed synchronously
//                                      (flushSync); returns the ms it took (bench/indicatorSwitch.ts)
import { THAILAND_BOUNDS } from '../state/doc';
import { setExtraLayers } from '../map/useExtraLayers';
import { pointsLayer } from '../map/layers/pointsLayer';
import { syntheticPoints } from './syntheticPoints';
import { flushSync } from 'react-dom';
import { setIndicator } from '../state/store';

export interface AtlasBench {
  makePoints: (n: number, seed?: number) => number;
  showPoints: () => Promise<number>;
  clearPoints: () => Promise<void>;
  renderIndicator: (id: string) => number;
}

declare global {
  interface Window {
    __atlasBench?: AtlasBench;
  }
}

export function installBenchHook(): void {
  let points: Float32Array = new Float32Array(0);
  window.__atlasBench = {
    makePoints: (n, seed = 1) => {
      points = syntheticPoints(n, THAILAND_BOUNDS, seed);
      return points.length / 2;
    },
    showPoints: async () => {
      const t0 = performance.now();
      // The same factory that draws a user's imported points, so the bench measures what users get.
      await setExtraLayers([pointsLayer({ id: 'bench', positions: points })]);
      return performance.now() - t0;
    },
    clearPoints: () => setExtraLayers([]),
    renderIndicator: (id) => {
      const t0 = performance.now();
      flushSync(() => setIndicator(id));
      return performance.now() - t0;
    },
  };
}
