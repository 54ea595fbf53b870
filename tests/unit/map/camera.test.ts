import { describe, expect, it } from 'vitest';
import { contextBounds, moveDuration, provincePadding, requestDuration, sameView } from '../../../src/map/camera';

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

describe('sameView', () => {
  const fit = { lon: 100.9876543, lat: 13.0123456, zoom: 4.876543 };
  it('takes a camera that landed on the fit (float noise) as the fit', () => {
    expect(sameView({ lon: fit.lon + 3e-6, lat: fit.lat - 3e-6, zoom: fit.zoom + 2e-4 }, fit)).toBe(true);
  });
  it('tells a camera a flight left part way, or a small pan or zoom, from the fit', () => {
    expect(sameView({ ...fit, lon: fit.lon + 0.01 }, fit)).toBe(false);
    expect(sameView({ ...fit, lat: fit.lat - 0.001 }, fit)).toBe(false);
    expect(sameView({ ...fit, zoom: fit.zoom + 0.05 }, fit)).toBe(false);
  });
});

describe('contextBounds', () => {
  it('doubles a province around its centre so the neighbours show, never narrower than 3°', () => {
    // Nakhon Ratchasima-sized: 2.2° × 1.4° → 4.4° × 3° (the height is raised to the minimum).
    const [w, s, e, n] = contextBounds([101.2, 14.2, 103.4, 15.6]);
    expect(e - w).toBeCloseTo(4.4);
    expect(n - s).toBeCloseTo(3);
    expect((w + e) / 2).toBeCloseTo(102.3);
    expect((s + n) / 2).toBeCloseTo(14.9);
    // Bangkok-sized: 0.5° wide → 3° across, not a frame filled with one city.
    const bkk = contextBounds([100.3, 13.5, 100.9, 14.0]);
    expect(bkk[2] - bkk[0]).toBeCloseTo(3);
    expect(bkk[0]).toBeLessThan(100.3);
    expect(bkk[3]).toBeGreaterThan(14.0);
  });
});
