// Bench: 1,000,000 points assigned to provinces (Node, the same pure code the import worker runs)
// with the spatial index (flatbush over province boxes + banded edges) and, beside it, the naive
// loop (every point against every province's every edge). The naive loop is timed on a sample and
// scaled: run in full it takes minutes. Points are synthetic (seeded, uniform over Thailand's box).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { feature } from 'topojson-client';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { assignNaive, buildLocator } from '../src/data/import/pointInProvince.ts';
import { THAILAND_BOUNDS } from '../src/state/doc.ts';
import { syntheticPoints } from '../src/bench/syntheticPoints.ts';

export interface PointsBench {
  points: number;
  inside: number;
  buildIndexMs: number;
  indexedMs: number;
  naiveSample: number;
  naiveSampleMs: number;
  /** The naive loop's time scaled from the sample to all points. */
  naiveScaledMs: number;
  /** Sample points where both methods agree (should be all). */
  agreement: number;
}

export function measureImportPoints(repo: string, n = 1_000_000, naiveSample = 20_000): PointsBench {
  const topo = JSON.parse(readFileSync(join(repo, 'public/data/provinces.topo.json'), 'utf8')) as Topology;
  const features = (feature(topo, topo.objects.provinces as GeometryCollection) as FeatureCollection<Polygon | MultiPolygon>).features;
  const positions = syntheticPoints(n, THAILAND_BOUNDS);
  let t = performance.now();
  const locator = buildLocator(features);
  const buildIndexMs = performance.now() - t;
  t = performance.now();
  const assigned = locator.assign(positions);
  const indexedMs = performance.now() - t;
  const sample = positions.subarray(0, naiveSample * 2);
  t = performance.now();
  const naive = assignNaive(features, sample);
  const naiveSampleMs = performance.now() - t;
  let agreement = 0;
  for (let i = 0; i < naiveSample; i++) if (naive[i] === assigned[i]) agreement++;
  let inside = 0;
  for (const f of assigned) if (f !== -1) inside++;
  return { points: n, inside, buildIndexMs, indexedMs, naiveSample, naiveSampleMs, naiveScaledMs: (naiveSampleMs * n) / naiveSample, agreement };
}

export function importPointsReport(b: PointsBench): string {
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  return [
    `Points to provinces (${b.points.toLocaleString('en')} synthetic points over Thailand's box, ${b.inside.toLocaleString('en')} inside a province), Node:`,
    `  spatial index: ${s(b.indexedMs)} (+ ${b.buildIndexMs.toFixed(0)} ms to build the index)   target < 2 s: ${b.indexedMs + b.buildIndexMs < 2000 ? 'met' : 'not met'}`,
    `  naive loop:    ${s(b.naiveScaledMs)} (timed on ${b.naiveSample.toLocaleString('en')} points: ${b.naiveSampleMs.toFixed(0)} ms, scaled)`,
    `  agreement on the sample: ${b.agreement}/${b.naiveSample}`,
  ].join('\n');
}
