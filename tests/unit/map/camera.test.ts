import { describe, expect, it } from 'vitest';
import { provincePadding } from '../../../src/map/camera';

describe('provincePadding', () => {
  it('leaves 40 px of air on a desktop with nothing covering the map', () => {
    expect(provincePadding(600, 0)).toEqual({ top: 40, bottom: 40, left: 40, right: 40 });
  });
  it('fits above the part a bottom sheet covers', () => {
    const p = provincePadding(480, 240);
    expect(p.bottom).toBe(256);
    expect(p.top).toBe(16);
  });
  it('keeps a visible band when the sheet would cover nearly all of the map', () => {
    const p = provincePadding(300, 290, 80);
    expect(300 - p.top - p.bottom).toBeGreaterThanOrEqual(80);
  });
});
