import { describe, expect, it } from 'vitest';
import { fitFrame, MARGIN, pngLayout } from '../../../src/export/pngLayout';

describe('export layout', () => {
  it('puts the map between the header and the footer, with no big year for a PNG', () => {
    const L = pngLayout(800, 600, 6);
    expect(L.year).toBeNull();
    expect(L.width).toBe(800 + 2 * MARGIN);
    expect(L.map).toEqual({ x: MARGIN, y: MARGIN + 58, w: 800, h: 600 });
    expect(L.title.maxWidth).toBe(800);
    expect(L.footer.y).toBeGreaterThan(L.map.y + L.map.h);
  });
  it('gives a video frame a taller header with the year large at its right, clear of the title', () => {
    const png = pngLayout(800, 600, 6);
    const L = pngLayout(800, 600, 6, { bigYear: true });
    expect(L.year).not.toBeNull();
    expect(L.year!.size).toBeGreaterThanOrEqual(2.5 * L.title.size);
    expect(L.year!.x).toBe(L.map.x + L.map.w);
    expect(L.year!.y).toBeLessThan(L.map.y);
    expect(L.map.y).toBeGreaterThan(png.map.y);
    expect(L.height - png.height).toBe(L.map.y - png.map.y);
    expect(L.title.x + L.title.maxWidth).toBeLessThan(L.year!.x - 4.5 * L.year!.size);
    expect(L.legend.textSize).toBeGreaterThan(png.legend.textSize);
    expect(L.legend.y + L.legend.h).toBe(L.map.y + L.map.h - L.legend.pad);
  });
});

describe('fitting a layout into the video frame', () => {
  it('scales to the limiting side and centres the other', () => {
    expect(fitFrame(960, 1080, 1920, 1080)).toEqual({ scale: 1, x: 480, y: 0 });
    expect(fitFrame(960, 270, 1920, 1080)).toEqual({ scale: 2, x: 0, y: 270 });
  });
  it('never divides by zero', () => {
    expect(Number.isFinite(fitFrame(0, 0, 1920, 1080).scale)).toBe(true);
  });
});
