// Unit tests for the rectangle clip of the basemap (geo/clip.ts).
import { describe, expect, it } from 'vitest';
import { clipGeometry, clipRing, planarArea, type BBox } from '../../../geo/clip';
import { makeSquare, squareRing } from './factories';

const BOX: BBox = [0, 0, 10, 10];

describe('clipRing', () => {
  it('cuts a square half outside the box to the box', () => {
    const clipped = clipRing(squareRing(5, 2, 10), BOX);
    expect(clipped[0]).toEqual(clipped[clipped.length - 1]);
    const xs = clipped.map((p) => p[0] ?? Number.NaN);
    const ys = clipped.map((p) => p[1] ?? Number.NaN);
    expect([Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)]).toEqual([5, 2, 10, 10]);
    expect(Math.abs(planarArea(clipped.slice(0, -1)))).toBe(5 * 8);
  });

  it('keeps a ring inside the box as it is', () => {
    expect(clipRing(squareRing(1, 1, 2), BOX)).toEqual(squareRing(1, 1, 2));
  });

  it('keeps the winding of the ring', () => {
    const ring = squareRing(-5, -5, 10);
    expect(Math.sign(planarArea(clipRing(ring, BOX).slice(0, -1)))).toBe(Math.sign(planarArea(ring.slice(0, -1))));
  });

  it('drops a ring that only touches the box edge', () => {
    expect(clipRing(squareRing(10, 2, 3), BOX)).toEqual([]);
  });

  it('cuts a shared edge at the same point from both sides', () => {
    // Two neighbours share the edge p–q; each walks it the other way. Awkward decimals make the
    // crossing inexact, so computing it in walk order would differ in the last bits.
    const p = [8.123456789, 5.3333333];
    const q = [12.7777777, 7.1];
    const a = clipRing([p, q, [12.7777777, 0.5], [8.123456789, 0.5], p], BOX);
    const b = clipRing([p, [8.123456789, 9.5], [12.7777777, 9.5], q, p], BOX);
    const onEdge = (ring: number[][]): number[][] => ring.slice(0, -1).filter((pt) => pt[0] === 10 && pt[1] !== 0.5 && pt[1] !== 9.5);
    expect(onEdge(a)).toHaveLength(1);
    expect(onEdge(a)).toEqual(onEdge(b));
  });
});

describe('clipGeometry', () => {
  it('drops a polygon fully outside the box', () => {
    expect(clipGeometry(makeSquare(20, 20, 1), BOX)).toBeNull();
  });

  it('keeps only the parts of a multipolygon inside the box', () => {
    const clipped = clipGeometry(
      { type: 'MultiPolygon', coordinates: [[squareRing(1, 1)], [squareRing(30, 30)]] },
      BOX,
    );
    expect(clipped).toEqual({ type: 'MultiPolygon', coordinates: [[squareRing(1, 1)]] });
  });

  it('drops a hole outside the box but keeps the exterior', () => {
    const polygon = { type: 'Polygon' as const, coordinates: [squareRing(-5, -5, 20), squareRing(12, 1, 1)] };
    expect(clipGeometry(polygon, BOX)?.coordinates).toHaveLength(1);
  });
});
