import { describe, expect, it } from 'vitest';
import { tooltipPosition } from '../../../src/ui/tooltipPosition';

const box = { width: 800, height: 600 };
const tip = { width: 150, height: 50 };

describe('tooltip position', () => {
  it('sits below-right of the pointer when there is room', () => {
    expect(tooltipPosition(100, 100, tip, box)).toEqual({ left: 114, top: 114 });
  });
  it('flips left near the right edge and up near the bottom edge', () => {
    expect(tooltipPosition(750, 580, tip, box)).toEqual({ left: 750 - 14 - 150, top: 580 - 14 - 50 });
  });
  it('never goes past the top-left corner in a tiny map', () => {
    const p = tooltipPosition(20, 20, tip, { width: 100, height: 60 });
    expect(p.left).toBeGreaterThanOrEqual(0);
    expect(p.top).toBeGreaterThanOrEqual(0);
  });
});
