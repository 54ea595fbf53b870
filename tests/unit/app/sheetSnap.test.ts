import { describe, expect, it } from 'vitest';
import { sheetHeights, snapSheet, stepSheet, toggleSheet, FLICK_VELOCITY } from '../../../src/app/sheetSnap';

const h = sheetHeights(844, 120);

describe('sheetHeights', () => {
  it('orders peek < half < full and leaves the header visible at full', () => {
    expect(h.peek).toBeLessThan(h.half);
    expect(h.half).toBeLessThan(h.full);
    expect(h.full).toBe(844 - 120);
  });
  it('never inverts on a tiny viewport', () => {
    const t = sheetHeights(150, 120);
    expect(t.half).toBeGreaterThanOrEqual(t.peek);
    expect(t.full).toBeGreaterThanOrEqual(t.half);
  });
});

describe('snapSheet', () => {
  it('rests at the nearest snap point when released slowly', () => {
    expect(snapSheet(h.peek + 10, 0, h)).toBe('peek');
    expect(snapSheet(h.half - 30, 0.1, h)).toBe('half');
    expect(snapSheet(h.full - 5, -0.1, h)).toBe('full');
  });
  it('goes one step further on a flick in the direction of travel', () => {
    expect(snapSheet(h.peek + 20, FLICK_VELOCITY + 0.1, h)).toBe('half');
    expect(snapSheet(h.half + 10, FLICK_VELOCITY + 0.1, h)).toBe('full');
    expect(snapSheet(h.half - 10, -FLICK_VELOCITY - 0.1, h)).toBe('peek');
  });
  it('does not skip past a snap point the drag has not reached', () => {
    // Flicking up but released below half: half is ahead of the finger, so stop there.
    expect(snapSheet(h.half - 20, FLICK_VELOCITY + 0.1, h)).toBe('half');
  });
});

describe('stepSheet and toggleSheet', () => {
  it('steps and clamps at the ends', () => {
    expect(stepSheet('peek', 1)).toBe('half');
    expect(stepSheet('full', 1)).toBe('full');
    expect(stepSheet('peek', -1)).toBe('peek');
    expect(stepSheet('full', -1)).toBe('half');
  });
  it('opens a closed sheet halfway and closes an open one', () => {
    expect(toggleSheet('peek')).toBe('half');
    expect(toggleSheet('half')).toBe('peek');
    expect(toggleSheet('full')).toBe('peek');
  });
});
