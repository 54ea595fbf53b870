// The SVG map's world view and network geometry: the world's land from the basemap file the WebGL
// map draws (all but Thailand), great-circle arcs that curve as deck.gl's ArcLayer draws them, the
// scale ↔ MapLibre zoom conversion both renderers' basemap rule and camera moves rely on, and
// camera requests carried out by cameraMove's rule.
import { geoInterpolate } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { shippedAtlasData } from '../../../fixtures/shippedData';
import { basemapData } from '../../../../src/data/atlasData';
import { basemapLayersAt, REGION_MIN_ZOOM, WORLD_FILL_MAX_ZOOM, worldLand } from '../../../../src/map/basemapStyle';
import { WORLD_BOUNDS } from '../../../../src/map/cameraMove';
import { applyTransform, IDENTITY, MAP_MIN_ZOOM, svgMapLayout, zoomAbout } from '../../../../src/map/svg/svgMapLayout';
import { svgCameraMove } from '../../../../src/map/svg/svgCameraMove';

const data = shippedAtlasData();
const size = { width: 900, height: 700 };
const land = basemapData(data.basemap);
const world = land.world.features;
const layout = svgMapLayout(data.features, land.countries.features, size, worldLand(world));

/** The x, y pairs of a path string. */
function points(d: string): [number, number][] {
  const nums = (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
  return Array.from({ length: nums.length / 2 }, (_, i) => [nums[2 * i]!, nums[2 * i + 1]!]);
}

describe('the world view on the SVG map', () => {
  it('draws every country of the basemap’s world layer but Thailand (drawn from the provinces)', () => {
    const names = world.map((f) => (f.properties as { name?: string } | null)?.name);
    expect(names).toContain('Thailand');
    expect(layout.world).toHaveLength(world.length - 1);
    expect(svgMapLayout(data.features, [], size).world).toEqual([]);
  });

  it('switches basemap layers at the zoom levels of the MapLibre style', () => {
    expect(basemapLayersAt(REGION_MIN_ZOOM - 0.1)).toEqual({ worldFill: true, worldOutline: true, region: false });
    expect(basemapLayersAt(REGION_MIN_ZOOM)).toEqual({ worldFill: true, worldOutline: false, region: true });
    expect(basemapLayersAt(WORLD_FILL_MAX_ZOOM)).toEqual({ worldFill: false, worldOutline: false, region: true });
  });

  it('converts its scale to MapLibre zoom and back; gestures zoom out as far as the WebGL map', () => {
    for (const k of [0.1, 1, 3.5, 20]) expect(layout.kOf(layout.zoomOf(k))).toBeCloseTo(k, 9);
    // Thailand's fit (k = 1) is about MapLibre zoom 5 in a window this size, as on the WebGL map.
    expect(layout.zoomOf(1)).toBeGreaterThan(4);
    expect(layout.zoomOf(1)).toBeLessThan(6.5);
    expect(layout.zoomOf(layout.minK)).toBeCloseTo(MAP_MIN_ZOOM, 9);
    expect(zoomAbout(IDENTITY, 1e-6, { x: 0, y: 0 }, layout.minK).k).toBeCloseTo(layout.minK, 12);
  });

  it('frames the world bounds for a world request, with the world basemap on and the region off', () => {
    const t = svgCameraMove({ kind: 'world' }, layout, IDENTITY, data);
    const [[w, s], [e, n]] = WORLD_BOUNDS;
    const a = applyTransform(t, layout.fitted([w, n]));
    const b = applyTransform(t, layout.fitted([e, s]));
    for (const p of [a, b]) {
      expect(p.x).toBeGreaterThanOrEqual(30 - 1e-6);
      expect(p.x).toBeLessThanOrEqual(size.width - 30 + 1e-6);
      expect(p.y).toBeGreaterThanOrEqual(30 - 1e-6);
      expect(p.y).toBeLessThanOrEqual(size.height - 30 + 1e-6);
    }
    expect(basemapLayersAt(layout.zoomOf(t.k))).toMatchObject({ worldFill: true, region: false });
    expect(svgCameraMove({ kind: 'fit-thailand' }, layout, t, data)).toEqual(IDENTITY);
  });

  it('frames a story province with its surroundings, a stepped one tightly (cameraMove’s rule)', () => {
    const tight = svgCameraMove({ kind: 'province', code: 'TH-41' }, layout, IDENTITY, data);
    const wide = svgCameraMove({ kind: 'province', code: 'TH-41', context: true }, layout, IDENTITY, data);
    expect(tight.k).toBeGreaterThan(wide.k);
    expect(wide.k).toBeGreaterThan(1);
    expect(svgCameraMove({ kind: 'province', code: 'TH-00' as never }, layout, tight, data)).toBe(tight);
    // A view request lands at the MapLibre zoom it names.
    const v = svgCameraMove({ kind: 'view', center: [100.5, 13.75], zoom: 7, pitch: 0, bearing: 0 }, layout, IDENTITY, data);
    expect(layout.zoomOf(v.k)).toBeCloseTo(7, 9);
    expect(applyTransform(v, layout.fitted([100.5, 13.75]))).toEqual({ x: size.width / 2, y: size.height / 2 });
  });
});

describe('partnership arcs', () => {
  const bangkok: [number, number] = [100.5, 13.75];
  const hamburg: [number, number] = [9.996, 53.567];
  const d = layout.arcPath(bangkok, hamburg);
  const pts = points(d);

  it('runs from one end to the other', () => {
    const [a, b] = [layout.fitted(bangkok), layout.fitted(hamburg)];
    expect(pts[0]![0]).toBeCloseTo(a[0], 0);
    expect(pts[0]![1]).toBeCloseTo(a[1], 0);
    expect(pts.at(-1)![0]).toBeCloseTo(b[0], 0);
    expect(pts.at(-1)![1]).toBeCloseTo(b[1], 0);
  });

  it('follows the great circle: bowed north of the straight line in Mercator, through its midpoint', () => {
    const mid = layout.fitted(geoInterpolate(bangkok, hamburg)(0.5) as [number, number]);
    const nearest = Math.min(...pts.map((p) => Math.hypot(p[0] - mid[0], p[1] - mid[1])));
    expect(nearest).toBeLessThan(1);
    const [a, b] = [layout.fitted(bangkok), layout.fitted(hamburg)];
    const straightMidY = (a[1] + b[1]) / 2;
    // Screen y grows southwards: a great circle between northern-hemisphere points bows north.
    expect(mid[1]).toBeLessThan(straightMidY - 50);
  });
});
