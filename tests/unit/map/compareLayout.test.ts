import { describe, expect, it } from 'vitest';
import { compareLayout, MIN_SIDE_WIDTH } from '../../../src/map/compareLayout';
import { THAILAND_ASPECT } from '../../../src/map/overlayPadding';

describe('compare layout', () => {
  it('puts the maps side by side in a desktop map column (Thailand is tall)', () => {
    expect(THAILAND_ASPECT).toBeLessThan(1);
    expect(compareLayout({ width: 900, height: 700 })).toBe('side');
    expect(compareLayout({ width: 1920, height: 900 })).toBe('side');
  });
  it('stacks them on a phone and in a narrow window', () => {
    expect(compareLayout({ width: 390, height: 500 })).toBe('stacked');
    expect(compareLayout({ width: 2 * MIN_SIDE_WIDTH, height: 800 })).toBe('stacked');
  });
  it('stacks them in a wide but tall box where stacked draws Thailand larger', () => {
    expect(compareLayout({ width: 700, height: 1600 })).toBe('stacked');
  });
  it('stacks before the box is measured', () => {
    expect(compareLayout({ width: 0, height: 0 })).toBe('stacked');
  });
});
