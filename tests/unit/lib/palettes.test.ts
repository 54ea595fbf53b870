import { describe, expect, it } from 'vitest';
import { hexToRgba, NO_DATA_HEX, paletteFor } from '../../../src/lib/palettes';

/** Relative luminance, to check that colours run light to dark. */
function luminance(hex: string): number {
  const [r, g, b] = hexToRgba(hex).map((c) => c / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe('palettes', () => {
  it.each([3, 5, 9])('gives %i colours running from light to dark', (k) => {
    for (const polarity of ['higher-better', 'higher-worse', 'neutral'] as const) {
      const p = paletteFor(polarity, k);
      expect(p).toHaveLength(k);
      for (let i = 1; i < p.length; i++) expect(luminance(p[i] as string)).toBeLessThan(luminance(p[i - 1] as string));
    }
  });

  it('uses different hues for "higher is better" and "higher is worse"', () => {
    expect(paletteFor('higher-better', 5)).not.toEqual(paletteFor('higher-worse', 5));
    // Darkest "worse" colour is red-dominant; darkest "better" colour is blue-dominant.
    const worse = hexToRgba(paletteFor('higher-worse', 5)[4] as string);
    const better = hexToRgba(paletteFor('higher-better', 5)[4] as string);
    expect(worse[0]).toBeGreaterThan(worse[2]);
    expect(better[2]).toBeGreaterThan(better[0]);
  });

  it('handles one and two classes, and keeps "no data" out of every palette', () => {
    expect(paletteFor('neutral', 1)).toHaveLength(1);
    expect(paletteFor('neutral', 2)).toHaveLength(2);
    for (const k of [1, 2, 3, 4, 5, 6, 7, 8, 9]) expect(paletteFor('neutral', k)).not.toContain(NO_DATA_HEX);
  });

  it('converts hex to RGBA', () => {
    expect(hexToRgba('#ff8000')).toEqual([255, 128, 0, 255]);
    expect(hexToRgba('#000000', 10)).toEqual([0, 0, 0, 10]);
  });
});
