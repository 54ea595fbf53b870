import { describe, expect, it } from 'vitest';
import { syntheticPoints } from '../../../src/bench/syntheticPoints';

const BOX = [97.34, 5.61, 105.64, 20.47] as const;

describe('syntheticPoints', () => {
  it('makes n lon/lat pairs inside the box, the same for the same seed', () => {
    const a = syntheticPoints(10_000, BOX, 7);
    expect(a).toHaveLength(20_000);
    for (let i = 0; i < a.length; i += 2) {
      expect(a[i]).toBeGreaterThanOrEqual(97.34 - 1e-4);
      expect(a[i]).toBeLessThanOrEqual(105.64 + 1e-4);
      expect(a[i + 1]).toBeGreaterThanOrEqual(5.61 - 1e-4);
      expect(a[i + 1]).toBeLessThanOrEqual(20.47 + 1e-4);
    }
    expect(syntheticPoints(10_000, BOX, 7)).toEqual(a);
    expect(syntheticPoints(10_000, BOX, 8)).not.toEqual(a);
    // Spread over the box, not bunched: each half of the longitude range gets about half.
    let west = 0;
    for (let i = 0; i < a.length; i += 2) if ((a[i] as number) < 101.49) west++;
    expect(west / 10_000).toBeGreaterThan(0.47);
    expect(west / 10_000).toBeLessThan(0.53);
  });

  it('rejects a bad count', () => {
    expect(() => syntheticPoints(-1, BOX)).toThrow(RangeError);
    expect(syntheticPoints(0, BOX)).toHaveLength(0);
  });
});
