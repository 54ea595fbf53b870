// What an e2e screenshot is checked for before it is written: that the region drawn (the map, or
// the whole page) is really painted, not a blank or single-colour area. This catches the failures
// a person sees at a glance (an empty map area without WebGL, a white page after a crash) and
// that DOM assertions miss.
import { PNG } from 'pngjs';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PaintStats {
  /** Distinct colours (alpha ignored), counted over every pixel of the region. */
  distinct: number;
  /** Share (0–1) of the region's pixels that have its most common colour. */
  dominantShare: number;
  /** Pixels in the region. */
  pixels: number;
}

/** Colour statistics of `region` (device pixels; default the whole image) of a PNG. */
export function paintStats(png: Buffer, region?: Box): PaintStats {
  const img = PNG.sync.read(png);
  const x0 = Math.max(0, Math.floor(region?.x ?? 0));
  const y0 = Math.max(0, Math.floor(region?.y ?? 0));
  const x1 = Math.min(img.width, Math.ceil(region ? region.x + region.width : img.width));
  const y1 = Math.min(img.height, Math.ceil(region ? region.y + region.height : img.height));
  const counts = new Map<number, number>();
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * img.width + x) * 4;
      const rgb = (img.data[i]! << 16) | (img.data[i + 1]! << 8) | img.data[i + 2]!;
      counts.set(rgb, (counts.get(rgb) ?? 0) + 1);
    }
  }
  const pixels = Math.max(0, x1 - x0) * Math.max(0, y1 - y0);
  const top = Math.max(0, ...counts.values());
  return { distinct: counts.size, dominantShare: pixels === 0 ? 1 : top / pixels, pixels };
}

/** Why `stats` does not look painted, or null when it does. */
export function unpainted(stats: PaintStats, minDistinct: number, maxDominant: number): string | null {
  if (stats.pixels === 0) return 'the region is empty (0 pixels)';
  if (stats.distinct < minDistinct) return `only ${stats.distinct} colours (want ≥ ${minDistinct})`;
  if (stats.dominantShare > maxDominant) return `one colour covers ${(stats.dominantShare * 100).toFixed(1)} % (want ≤ ${maxDominant * 100} %)`;
  return null;
}
