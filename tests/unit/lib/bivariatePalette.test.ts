// The 3×3 palette stays distinguishable for colour-blind readers: simulated protanopia,
// deuteranopia and tritanopia (Machado, Oliveira & Fernandes 2009, severity 1) keep every pair of
// the nine colours at least 9 CIELAB ΔE76 apart. Stevens' pink–cyan scheme fails the same check.
import { describe, expect, it } from 'vitest';
import { BIVARIATE_COLORS, bivariateColor, inkOn } from '../../../src/lib/bivariatePalette';

type M3 = readonly [readonly [number, number, number], readonly [number, number, number], readonly [number, number, number]];
const MACHADO: Record<string, M3> = {
  none: [[1, 0, 0], [0, 1, 0], [0, 0, 1]],
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
};

const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
function lab(hex: string, m: M3): [number, number, number] {
  const rgb = [1, 3, 5].map((i) => linear(Number.parseInt(hex.slice(i, i + 2), 16) / 255));
  const [r, g, b] = m.map((row) => Math.min(1, Math.max(0, row[0] * rgb[0]! + row[1] * rgb[1]! + row[2] * rgb[2]!))) as [number, number, number];
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  const fx = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const fy = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const fz = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}
function minDistance(colours: readonly string[], m: M3): number {
  const labs = colours.map((c) => lab(c, m));
  let min = Infinity;
  labs.forEach((a, i) => labs.slice(i + 1).forEach((b) => (min = Math.min(min, Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2])))));
  return min;
}

describe('bivariate palette', () => {
  it('maps x and y tertiles to the nine colours, both low lightest and both high darkest', () => {
    expect(bivariateColor(0, 0)).toBe('#e8e8e8');
    expect(bivariateColor(2, 0)).toBe('#64acbe');
    expect(bivariateColor(0, 2)).toBe('#c85a5a');
    expect(bivariateColor(2, 2)).toBe('#574249');
    expect(new Set(BIVARIATE_COLORS.flat()).size).toBe(9);
    const lightness = (x: number, y: number) => lab(bivariateColor(x, y), MACHADO.none!)[0];
    for (let i = 0; i < 2; i++) {
      for (let j = 0; j < 3; j++) {
        expect(lightness(i + 1, j)).toBeLessThan(lightness(i, j));
        expect(lightness(j, i + 1)).toBeLessThan(lightness(j, i));
      }
    }
  });

  it('clamps out-of-range indices', () => {
    expect(bivariateColor(-1, 5)).toBe(bivariateColor(0, 2));
  });

  it.each(Object.keys(MACHADO))('keeps all nine colours apart under %s', (kind) => {
    expect(minDistance(BIVARIATE_COLORS.flat(), MACHADO[kind]!)).toBeGreaterThan(9);
  });

  it('the check can fail: the pink–cyan scheme merges under protanopia', () => {
    const pinkCyan = ['#e8e8e8', '#ace4e4', '#5ac8c8', '#dfb0d6', '#a5add3', '#5698b9', '#be64ac', '#8c62aa', '#3b4994'];
    expect(minDistance(pinkCyan, MACHADO.protanopia!)).toBeLessThan(9);
  });

  it('labels each cell in the ink that contrasts more (black on light, white on the darkest)', () => {
    expect(inkOn('#e8e8e8')).toBe('#000000');
    expect(inkOn('#574249')).toBe('#ffffff');
    expect(inkOn('#627f8c')).toBe('#000000');
  });
});
