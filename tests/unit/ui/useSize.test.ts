import { describe, expect, it } from 'vitest';
import { sameSize } from '../../../src/ui/useSize';

describe('sameSize', () => {
  it('is a change when either side changes, by default', () => {
    expect(sameSize({ width: 300, height: 200 }, { width: 300, height: 200 })).toBe(true);
    expect(sameSize({ width: 300, height: 200 }, { width: 300, height: 240 })).toBe(false);
    expect(sameSize({ width: 300, height: 200 }, { width: 320, height: 200 })).toBe(false);
  });

  it('ignores the height for a width-only reader (the charts column grows with its charts)', () => {
    expect(sameSize({ width: 300, height: 200 }, { width: 300, height: 900 }, true)).toBe(true);
    expect(sameSize({ width: 300, height: 200 }, { width: 301, height: 200 }, true)).toBe(false);
  });
});
