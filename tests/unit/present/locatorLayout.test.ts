// The locator inset: every province drawn once, the slide's province last and inside its ring,
// and a ring a small province can still be found by. On the shipped boundaries.
import { describe, expect, it } from 'vitest';
import { LOCATOR_BOX, LOCATOR_MIN_RING, locatorLayout } from '../../../src/present/locatorLayout';
import { shippedAtlasData } from '../../fixtures/shippedData';

const data = shippedAtlasData();
const layoutOf = (iso: string) => {
  const province = data.index.byCode(iso);
  if (!province) throw new Error(`fixture: ${iso}`);
  return locatorLayout(data.features, province);
};

describe('locatorLayout', () => {
  it('draws all 77 provinces once, the marked one last', () => {
    const l = layoutOf('TH-41');
    expect(l).not.toBeNull();
    expect(l?.provinces).toHaveLength(77);
    expect(new Set(l?.provinces.map((p) => p.code)).size).toBe(77);
    expect(l?.provinces.at(-1)?.code).toBe('TH-41');
    expect(l?.marked).toBe('TH-41');
    expect(l?.provinces.every((p) => p.d.length > 0)).toBe(true);
  });

  it('rings the province where it lies: Udon Thani in the north-east, Yala in the far south', () => {
    const udon = layoutOf('TH-41');
    const yala = layoutOf('TH-95');
    const chiangRai = layoutOf('TH-57');
    if (!udon || !yala || !chiangRai) throw new Error('no layout');
    for (const l of [udon, yala, chiangRai]) {
      expect(l.ring.cx).toBeGreaterThan(0);
      expect(l.ring.cx).toBeLessThan(LOCATOR_BOX.width);
      expect(l.ring.cy).toBeGreaterThan(0);
      expect(l.ring.cy).toBeLessThan(LOCATOR_BOX.height);
    }
    expect(udon.ring.cx).toBeGreaterThan(chiangRai.ring.cx);
    expect(yala.ring.cy).toBeGreaterThan(udon.ring.cy + 100);
    expect(chiangRai.ring.cy).toBeLessThan(udon.ring.cy);
  });

  it('gives a tiny province a findable ring', () => {
    const bangkok = layoutOf('TH-10');
    const samutSongkhram = layoutOf('TH-75');
    expect(bangkok?.ring.r).toBeGreaterThanOrEqual(LOCATOR_MIN_RING);
    expect(samutSongkhram?.ring.r).toBeGreaterThanOrEqual(LOCATOR_MIN_RING);
  });
});
