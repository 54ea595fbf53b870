import { describe, expect, it } from 'vitest';
import { sharedSparkDomain, sparklineLayout } from '../../../src/panels/sparklineLayout';

const pts = (vals: (number | null)[]) => vals.map((value, i) => ({ year: 2015 + i, value }));

describe('sparkline layout', () => {
  it('spans the width and marks the current year', () => {
    const l = sparklineLayout(pts([1, 2, 3]), pts([2, 2, 2]), 2016, 100, 40, 0);
    expect(l?.first.x).toBe(0);
    expect(l?.last.x).toBe(100);
    expect(l?.dot).toEqual({ x: 50, y: 20 });
  });
  it('breaks the line at a missing year and has no dot there', () => {
    const l = sparklineLayout(pts([1, null, 3, 4]), pts([]), 2016, 90, 40);
    expect(l?.path.match(/M/g)?.length).toBe(2);
    expect(l?.dot).toBeNull();
  });
  it('draws nothing with fewer than two values', () => {
    expect(sparklineLayout(pts([null, 5]), pts([1, 2]), 2016, 90, 40)).toBeNull();
  });
});

describe('sparklines side by side', () => {
  it('share one value scale: equal values sit at equal heights in every line', () => {
    const a = pts([1, 2]);
    const b = pts([5, 9]);
    const domain = sharedSparkDomain([a, b]);
    expect(domain).toEqual([1, 9]);
    const la = sparklineLayout(a, [], 2016, 100, 40, 0, domain);
    const lb = sparklineLayout(b, [], 2015, 100, 40, 0, domain);
    expect(la?.dot).toEqual({ x: 100, y: 35 });
    expect(lb?.dot).toEqual({ x: 0, y: 20 });
    // Its own scale would have stretched b over the full height.
    expect(sparklineLayout(b, [], 2015, 100, 40, 0)?.dot).toEqual({ x: 0, y: 40 });
  });
  it('widens a flat domain and has none without values', () => {
    expect(sharedSparkDomain([pts([3, 3])])).toEqual([2, 4]);
    expect(sharedSparkDomain([pts([null])])).toBeNull();
  });
});
