import { describe, expect, it } from 'vitest';
import { shippedAtlasData } from '../../../fixtures/shippedData';
import { basemapLayer } from '../../../../src/data/atlasData';
import {
  applyTransform,
  frameBox,
  IDENTITY,
  MAX_ZOOM,
  panBy,
  svgMapLayout,
  transformAttr,
  zoomAbout,
} from '../../../../src/map/svg/svgMapLayout';

// The shipped files: the SVG map must draw exactly what the WebGL map draws.
const data = shippedAtlasData();
const size = { width: 800, height: 600 };
const layout = svgMapLayout(data.features, basemapLayer(data.basemap, 'countries').features, size);

/** Bounding box of the numbers in a path string (x, y pairs). */
function pathBox(d: string) {
  const nums = (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
  const xs = nums.filter((_, i) => i % 2 === 0);
  const ys = nums.filter((_, i) => i % 2 === 1);
  return { l: Math.min(...xs), r: Math.max(...xs), t: Math.min(...ys), b: Math.max(...ys) };
}

describe('svgMapLayout', () => {
  it('draws one path per province, in feature order, inside the box', () => {
    expect(layout.provinces).toHaveLength(77);
    expect(layout.provinces.map((p) => p.code)).toEqual(data.features.map((f) => f.id));
    for (const p of layout.provinces) {
      expect(p.d.startsWith('M')).toBe(true);
      const box = pathBox(p.d);
      // A reversed ring would make d3 fill the rest of the globe: the box would be the world's.
      expect(box.l).toBeGreaterThanOrEqual(0);
      expect(box.r).toBeLessThanOrEqual(size.width);
      expect(box.t).toBeGreaterThanOrEqual(0);
      expect(box.b).toBeLessThanOrEqual(size.height);
    }
  });

  it('fits Thailand to the box: north at the top, Bangkok in the south-centre', () => {
    const chiangRai = layout.fitted([99.83, 19.91]);
    const narathiwat = layout.fitted([101.82, 6.43]);
    const bangkok = layout.fitted([100.5, 13.75]);
    expect(chiangRai[1]).toBeLessThan(bangkok[1]);
    expect(bangkok[1]).toBeLessThan(narathiwat[1]);
    // Thailand is taller than wide, so it fills the height: the padding is the same top and bottom.
    const all = layout.provinces.map((p) => pathBox(p.d));
    const top = Math.min(...all.map((b) => b.t));
    const bottom = Math.max(...all.map((b) => b.b));
    expect(top).toBeCloseTo(size.height - bottom, 0);
    expect(top).toBeGreaterThan(0);
  });

  it('draws the neighbouring land and tolerates a missing basemap', () => {
    expect(layout.land.length).toBeGreaterThan(3);
    expect(svgMapLayout(data.features, [], size).land).toEqual([]);
  });
});

describe('transforms', () => {
  it('zooms about a point, keeping it still, and clamps', () => {
    const at = { x: 300, y: 200 };
    const t = zoomAbout(IDENTITY, 2, at);
    expect(t.k).toBe(2);
    expect(applyTransform(t, [300, 200])).toEqual(at);
    expect(zoomAbout(t, 0.1, at).k).toBe(1);
    expect(zoomAbout(t, 1000, at).k).toBe(MAX_ZOOM);
  });

  it('pans and writes the attribute', () => {
    const t = panBy(IDENTITY, 10.123, -5);
    expect(applyTransform(t, [1, 1])).toEqual({ x: 11.123, y: -4 });
    expect(transformAttr(t)).toBe('translate(10.12,-5) scale(1)');
  });

  it('frames a province box in the middle of the view', () => {
    const bkk = data.index.byCode('TH-10');
    if (!bkk) throw new Error('no Bangkok');
    const t = frameBox(layout, bkk.bbox, 40);
    expect(t.k).toBeGreaterThan(1);
    const [w, s, e, n] = bkk.bbox;
    const a = applyTransform(t, layout.fitted([w, n]));
    const b = applyTransform(t, layout.fitted([e, s]));
    expect((a.x + b.x) / 2).toBeCloseTo(size.width / 2, 5);
    expect((a.y + b.y) / 2).toBeCloseTo(size.height / 2, 5);
    expect(a.x).toBeGreaterThanOrEqual(40 - 1e-9);
  });
});

describe('the SVG map beside its overlays', () => {
  it('fits Thailand, and frames a province, in what the legend leaves', () => {
    // A legend down the whole left side: any box avoids it by its left edge.
    const overlays = { size, rects: [{ left: 0, top: 0, right: 310, bottom: size.height }] };
    const beside = svgMapLayout(data.features, [], size, [], overlays);
    for (const p of beside.provinces) expect(pathBox(p.d).l).toBeGreaterThanOrEqual(310);
    const yala = data.index.byCode('TH-95')!;
    const t = frameBox(beside, yala.bbox, 40);
    const [w, n] = beside.fitted([yala.bbox[0], yala.bbox[3]]);
    expect(applyTransform(t, [w, n]).x).toBeGreaterThanOrEqual(310 + 40 - 0.5);
  });
});
