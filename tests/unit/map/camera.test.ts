import { describe, expect, it } from 'vitest';
import { moveDuration, requestDuration } from '../../../src/map/camera';

describe('camera move durations', () => {
  it('cuts under reduced motion', () => {
    expect(moveDuration(false)).toBe(800);
    expect(moveDuration(true)).toBe(0);
  });

  it("uses a story slide's own duration, cut under reduced motion unless essential", () => {
    expect(requestDuration({ duration: 2500, essential: false }, false)).toBe(2500);
    expect(requestDuration({ duration: 2500, essential: false }, true)).toBe(0);
    expect(requestDuration({ duration: 2500, essential: true }, true)).toBe(2500);
    expect(requestDuration(undefined, false, 1200)).toBe(1200);
    expect(requestDuration(undefined, true, 1200)).toBe(0);
  });
});
