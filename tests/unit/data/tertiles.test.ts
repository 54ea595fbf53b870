import { describe, expect, it } from 'vitest';
import { tertileCuts, tertileOf } from '../../../src/data/tertiles';

const classes = (values: number[]) => {
  const cuts = tertileCuts(values);
  if (!cuts) throw new Error('no cuts');
  return values.map((v) => tertileOf(v, cuts));
};

describe('tertiles', () => {
  it('splits distinct values into three equal classes', () => {
    expect(classes([1, 2, 3, 4, 5, 6, 7, 8, 9])).toEqual([0, 0, 0, 1, 1, 1, 2, 2, 2]);
    expect(tertileCuts([9, 1, 5, 3, 7, 2, 8, 4, 6])).toEqual({ low: 3, high: 6 });
  });

  it('gives the lower classes the extra member when n is not a multiple of 3', () => {
    expect(classes([1, 2, 3, 4, 5, 6, 7])).toEqual([0, 0, 0, 1, 1, 2, 2]);
    expect(classes([1, 2, 3, 4, 5, 6, 7, 8])).toEqual([0, 0, 0, 1, 1, 1, 2, 2]);
  });

  it('keeps ties together, in the lower class, at a cut', () => {
    // The third value (the low cut) is 3, shared by four values: all four are low, the low class has 5.
    expect(classes([1, 3, 3, 3, 3, 6, 7, 8, 9])).toEqual([0, 0, 0, 0, 0, 1, 2, 2, 2]);
    // A tie at the high cut stays in the middle.
    expect(classes([1, 2, 3, 4, 5, 6, 6, 6, 9])).toEqual([0, 0, 0, 1, 1, 1, 1, 1, 2]);
  });

  it('puts equal values all in the low class (no spread to split)', () => {
    expect(classes([4, 4, 4, 4])).toEqual([0, 0, 0, 0]);
  });

  it('ignores non-finite values and has no cuts without values', () => {
    expect(tertileCuts([])).toBeNull();
    expect(tertileCuts([Number.NaN, Number.POSITIVE_INFINITY])).toBeNull();
    expect(tertileCuts([1, Number.NaN, 2, 3])).toEqual({ low: 1, high: 2 });
  });

  it('handles one and two values', () => {
    expect(classes([5])).toEqual([0]);
    expect(classes([5, 8])).toEqual([0, 1]);
  });
});
