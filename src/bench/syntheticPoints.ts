// SYNTHETIC data for `npm run bench` only (never shipped as content): n points spread uniformly
// over a lon/lat box with a seeded generator, so every run draws the same points.

/** Mulberry32: a small, fast, seeded PRNG; returns numbers in [0, 1). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Interleaved lon, lat pairs (length 2n) inside `[west, south, east, north]`. */
export function syntheticPoints(n: number, box: readonly [number, number, number, number], seed = 1): Float32Array {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`point count must be a whole number, got ${n}`);
  const [w, s, e, north] = box;
  const random = mulberry32(seed);
  const out = new Float32Array(n * 2);
  for (let i = 0; i < n; i++) {
    out[2 * i] = w + random() * (e - w);
    out[2 * i + 1] = s + random() * (north - s);
  }
  return out;
}
