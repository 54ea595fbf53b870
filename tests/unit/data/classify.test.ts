import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { classify, classOf, classRanges } from '../../../src/data/classify';

const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

describe('classification', () => {
  it('quantiles put about the same number of values in each class', () => {
    const c = classify(ten, 'quantile', 5);
    expect(c.classes).toBe(5);
    const counts = Array.from({ length: 5 }, (_, i) => ten.filter((v) => classOf(c, v) === i).length);
    expect(counts).toEqual([2, 2, 2, 2, 2]);
  });

  it('equal intervals split the range evenly', () => {
    const c = classify([0, 10, 20, 100], 'equal', 4);
    expect(c.breaks).toEqual([25, 50, 75]);
    expect(classOf(c, 0)).toBe(0);
    expect(classOf(c, 100)).toBe(3);
    expect(classOf(c, 25)).toBe(1);
  });

  it('natural breaks (ckmeans) find the gaps between clusters', () => {
    const c = classify([1, 2, 3, 50, 51, 52, 100, 101], 'ckmeans', 3);
    expect(c.breaks).toEqual([50, 100]);
  });

  it('manual breaks are used as given (sorted), even if a class ends up empty', () => {
    const c = classify(ten, 'manual', 4, [8, 3, 100]);
    expect(c.breaks).toEqual([3, 8, 100]);
    expect(c.classes).toBe(4);
  });

  it('ties: duplicate quantile thresholds collapse instead of making empty classes', () => {
    const c = classify([1, 1, 1, 1, 1, 1, 2, 3], 'quantile', 4);
    expect(new Set(c.breaks).size).toBe(c.breaks.length);
    for (let i = 0; i < c.classes; i++) {
      expect([1, 1, 1, 1, 1, 1, 2, 3].some((v) => classOf(c, v) === i)).toBe(true);
    }
  });

  it('all-equal values make one class', () => {
    const c = classify([7, 7, 7], 'quantile', 5);
    expect(c).toMatchObject({ classes: 1, breaks: [], min: 7, max: 7 });
    expect(classify([7, 7, 7], 'ckmeans', 5).classes).toBe(1);
    expect(classify([7, 7, 7], 'equal', 5).classes).toBe(1);
  });

  it('k larger than the number of distinct values gives at most that many classes', () => {
    for (const method of ['quantile', 'equal', 'ckmeans'] as const) {
      const c = classify([1, 2, 2, 3], method, 9);
      expect(c.classes).toBeLessThanOrEqual(3);
      expect(c.classes).toBeGreaterThanOrEqual(2);
    }
  });

  it('missing values (NaN) are ignored, and no values give one empty class', () => {
    expect(classify([1, Number.NaN, 3], 'equal', 2).breaks).toEqual([2]);
    expect(classify([], 'quantile', 5).classes).toBe(1);
  });

  it('ranges run from min to max through the breaks', () => {
    expect(classRanges(classify([0, 10, 20, 100], 'equal', 4))).toEqual([[0, 25], [25, 50], [50, 75], [75, 100]]);
  });

  it('every value lands in a class in range, and classes are monotone in the value', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 80 }),
        fc.constantFrom('quantile' as const, 'equal' as const, 'ckmeans' as const),
        fc.integer({ min: 3, max: 9 }),
        (values, method, k) => {
          const c = classify(values, method, k);
          expect(c.classes).toBeLessThanOrEqual(k);
          const sorted = [...values].sort((a, b) => a - b);
          let prev = -1;
          for (const v of sorted) {
            const i = classOf(c, v);
            expect(i).toBeGreaterThanOrEqual(0);
            expect(i).toBeLessThan(c.classes);
            expect(i).toBeGreaterThanOrEqual(prev);
            prev = i;
          }
        },
      ),
    );
  });
});
