import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { paintStats, unpainted } from '../../support/paint.ts';

/** A w×h PNG whose pixel colour is f(x, y). */
function png(w: number, h: number, f: (x: number, y: number) => [number, number, number]): Buffer {
  const img = new PNG({ width: w, height: h });
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const [r, g, b] = f(x, y);
      img.data.set([r, g, b, 255], (y * w + x) * 4);
    }
  }
  return PNG.sync.write(img);
}

describe('paintStats / unpainted', () => {
  it('flags a blank image and passes a varied one', () => {
    const blank = paintStats(png(20, 10, () => [255, 255, 255]));
    expect(blank).toEqual({ distinct: 1, dominantShare: 1, pixels: 200 });
    expect(unpainted(blank, 4, 0.9)).toMatch(/only 1 colours/);
    const varied = paintStats(png(20, 10, (x) => [x * 10, 0, 0]));
    expect(varied.distinct).toBe(20);
    expect(unpainted(varied, 4, 0.9)).toBeNull();
  });

  it('looks only inside the region: a blank map beside painted panels fails', () => {
    // Left half painted (panels), right half blank (the map area).
    const img = png(40, 10, (x, y) => (x < 20 ? [x * 12, y * 20, 7] : [240, 240, 240]));
    expect(unpainted(paintStats(img), 4, 0.9)).toBeNull();
    const map = paintStats(img, { x: 20, y: 0, width: 20, height: 10 });
    expect(map.distinct).toBe(1);
    expect(unpainted(map, 4, 0.9)).not.toBeNull();
  });

  it('flags one colour dominating even with a few specks', () => {
    const img = png(100, 10, (x) => (x < 3 ? [x, x, x] : [200, 220, 240]));
    const s = paintStats(img);
    expect(s.dominantShare).toBeCloseTo(0.97);
    expect(unpainted(s, 2, 0.95)).toMatch(/one colour covers 97.0 %/);
  });

  it('clips a region that runs off the image', () => {
    expect(paintStats(png(4, 4, () => [1, 2, 3]), { x: 2, y: 2, width: 10, height: 10 }).pixels).toBe(4);
    expect(unpainted(paintStats(png(4, 4, () => [1, 2, 3]), { x: 9, y: 9, width: 1, height: 1 }), 1, 1)).toMatch(/empty/);
  });
});
