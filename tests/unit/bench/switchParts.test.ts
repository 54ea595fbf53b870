import { describe, expect, it } from 'vitest';
import { partsOfProfile, type CpuProfile } from '../../../bench/switchParts';

const frame = (functionName: string, url = '') => ({ functionName, url });

/** A profile whose samples each take 1 ms (timeDeltas in µs; a sample's time is the gap to the next). */
function profile(nodes: CpuProfile['nodes'], samples: number[]): CpuProfile {
  return { nodes, samples, timeDeltas: [0, ...samples.map(() => 1000)] };
}

describe('partsOfProfile', () => {
  it('names each sample by its part: map frames, chart code, DOM writes, GC, the rest; idle left out', () => {
    const nodes: CpuProfile['nodes'] = [
      { id: 1, callFrame: frame('(root)'), children: [2, 3, 7, 8, 9] },
      { id: 2, callFrame: frame('q', 'http://x/assets/index-abc.js'), children: [4, 5] },
      { id: 3, callFrame: frame('_animationFrame', 'http://x/assets/index-abc.js'), children: [6] },
      { id: 4, callFrame: frame('T', 'http://x/assets/ChartsPanel-D7z2.js') },
      { id: 5, callFrame: frame('setAttribute') },
      { id: 6, callFrame: frame('setAttribute') },
      { id: 7, callFrame: frame('(garbage collector)') },
      { id: 8, callFrame: frame('(idle)') },
      { id: 9, callFrame: frame('e', 'http://x/assets/scatterplot-layer-7o.js') },
    ];
    const parts = partsOfProfile(profile(nodes, [2, 4, 4, 5, 6, 7, 8, 8, 9]));
    expect(parts).toEqual({ charts: 2, domWrites: 1, map: 2, gc: 1, other: 1 });
  });

  it('is all zero for an empty profile', () => {
    expect(partsOfProfile({ nodes: [] })).toEqual({ charts: 0, domWrites: 0, map: 0, gc: 0, other: 0 });
  });
});
