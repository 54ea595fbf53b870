// Small synthetic fixtures for the geo build's unit tests, built by factory functions.
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { ProvinceRow } from '../../../geo/provinceTable';

/** A closed, clockwise (d3-style) square ring with its south-west corner at (x, y). */
export function squareRing(x: number, y: number, size = 1): Position[] {
  return [
    [x, y],
    [x, y + size],
    [x + size, y + size],
    [x + size, y],
    [x, y],
  ];
}

/** A square polygon. */
export function makeSquare(x = 100, y = 14, size = 1): Polygon {
  return { type: 'Polygon', coordinates: [squareRing(x, y, size)] };
}

/** A bow-tie: the ring crosses itself in the middle. */
export function makeBowTie(): Polygon {
  return {
    type: 'Polygon',
    coordinates: [
      [
        [0, 0],
        [1, 1],
        [1, 0],
        [0, 1],
        [0, 0],
      ],
    ],
  };
}

/** A square whose last position does not repeat the first. */
export function makeUnclosed(): Polygon {
  return { type: 'Polygon', coordinates: [squareRing(0, 0).slice(0, 4)] };
}

/** Two separate squares as one MultiPolygon (a province with an island). */
export function makeIslands(): MultiPolygon {
  return { type: 'MultiPolygon', coordinates: [[squareRing(0, 0)], [squareRing(3, 0, 0.5)]] };
}

/** A province row with plausible defaults; `n` makes codes unique. */
export function makeRow(n: number, overrides: Partial<ProvinceRow> = {}): ProvinceRow {
  const code = String(10 + n);
  return {
    iso: `TH-${code}`,
    dopa: code,
    hs: `P${code}`,
    hasc: `TH.${String.fromCharCode(65 + Math.floor(n / 26))}${String.fromCharCode(65 + (n % 26))}`,
    nameTh: `จังหวัด${code}`,
    nameEn: `Province ${code}`,
    altNamesEn: [],
    region6: 'Central',
    regionNesdc: 'Central (Except Bangkok)',
    region4: 'Central',
    areaKm2: 1000,
    population2024: 100000,
    ...overrides,
  };
}

/** `count` valid rows. */
export function makeRows(count = 3): ProvinceRow[] {
  return Array.from({ length: count }, (_, i) => makeRow(i));
}
