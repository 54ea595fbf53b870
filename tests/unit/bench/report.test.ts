// The bench's reports judge the issue 16 targets they carry: map-ready time (≤ 1.2×) and heap
// (≤ 1.5×); a change's median script (≤ 16.7 ms) and p90 wall time (≤ 25 ms).
import { describe, expect, it } from 'vitest';
import { summarizeSwitch, switchReport, timingReport, type TimingSummary } from '../../../bench/report';
import type { SwitchResult } from '../../../bench/indicatorSwitch';
import { medianInterval, summarize } from '../../../bench/stats';

const target = (label: string, ms: number[], heapMb: number[], leastMb: number[] = heapMb): TimingSummary => ({
  label,
  markMs: summarize(ms),
  heapUsed: summarize(heapMb.map((m) => m * 2e6)),
  heapUsedAfterGc: summarize(heapMb.map((m) => m * 1e6)),
  heapLeastAfterGc: summarize(leastMb.map((m) => m * 1e6)),
  failure: null,
});

describe('timingReport', () => {
  it('prints the heap ratio of the medians after GC with its target, and the range', () => {
    const met = timingReport('atlas:map-ready', [target('app', [1000], [11, 11.5, 14]), target('reference', [1000], [7.9, 7.9, 8])]);
    expect(met).toContain('heap used after GC, app/reference: 1.46× (target ≤ 1.5×: met)');
    expect(met).toMatch(/app\s+23\.0\s+11\.5\s+11\.0\s+14\.0/);
    const notMet = timingReport('atlas:map-ready', [target('app', [1000], [12]), target('reference', [1000], [7.9])]);
    expect(notMet).toContain('heap used after GC, app/reference: 1.52× (target ≤ 1.5×: NOT met)');
  });

  it('prints the least of three GCs beside the judged first read, without judging it', () => {
    const text = timingReport('atlas:map-ready', [target('app', [1000], [13, 14, 15], [11, 12, 12.5]), target('reference', [1000], [8], [8])]);
    expect(text).toContain('heap used after GC, app/reference: 1.75× (target ≤ 1.5×: NOT met)');
    expect(text).toMatch(/app\s+28\.0\s+14\.0\s+13\.0\s+15\.0\s+12\.0/);
    expect(text).toMatch(/the least of three GCs \(not judged[^)]*\), app\/reference: 1\.50×$/m);
  });
});

describe('switchReport', () => {
  // Synthetic figures: 10 changes whose wall times are 10…28 ms (p90 26), and three in-page renders.
  const result = (walls: number[], renders: number[]): SwitchResult => ({
    url: 'http://localhost/',
    machine: { cpus: 2, loadBefore: 1, loadAfter: 1 },
    mapReadyMs: 1000,
    chartsReadyMs: 1500,
    idle: null,
    floor: [0],
    samples: walls.map((w, i) => ({
      change: i + 1,
      from: 'a',
      to: 'b',
      wallMs: w,
      mapMs: w,
      chartsMs: w - 1,
      scriptMs: 12,
      syncReadMs: 0,
      syncReads: 0,
      mainRunMs: null,
      mainWaitMs: null,
      taskMs: 20,
      layoutMs: 1,
      recalcStyleMs: 1,
      windowMs: w + 20,
    })),
    profiles: [],
    parts: [],
    renders,
    failure: null,
    blocked: [],
    errors: [],
  });

  it('judges the p90 of the wall time against 25 ms, and prints the in-page renders', () => {
    const walls = [10, 12, 14, 16, 18, 20, 22, 24, 26, 28];
    const r = result(walls, [9, 11, 10]);
    const text = switchReport(r, summarizeSwitch(r));
    expect(text).toContain('p90 time to map and charts updated: 26.0 ms (target ≤ 25 ms: NOT met)');
    expect(text).toContain('3 changes made in the page');
    expect(text).toContain('median 10.0 ms, p90 11.0 ms');
    expect(text).toContain('median script time / 16.7 ms frame: 0.72× (target ≤ 16.7 ms script time: met)');
    const fast = result(walls.map((w) => w - 4), []);
    const fastText = switchReport(fast, summarizeSwitch(fast));
    expect(fastText).toContain('p90 time to map and charts updated: 22.0 ms (target ≤ 25 ms: met)');
    expect(fastText).not.toContain('made in the page');
  });

  it("prints the median's interval and says when the target lies inside it", () => {
    const walls = Array.from({ length: 20 }, () => 20);
    const withScripts = (scripts: number[]) => {
      const r = result(walls, []);
      r.samples.forEach((x, i) => (x.scriptMs = scripts[i] ?? 0));
      return switchReport(r, summarizeSwitch(r));
    };
    // 11…30 ms: the 6th and 15th are 16 and 25.
    const around = withScripts(Array.from({ length: 20 }, (_, i) => 11 + i));
    expect(around).toContain("the median's 96 % interval from these 20 changes (order statistics): 16.0–25.0 ms, around the target");
    expect(withScripts(Array.from({ length: 20 }, (_, i) => 20 + i))).toContain('25.0–34.0 ms, above the target');
    expect(withScripts(Array.from({ length: 20 }, (_, i) => 1 + i / 2))).toContain('3.5–8.0 ms, below the target');
  });
});

describe('medianInterval', () => {
  it('takes the order statistics whose binomial tails leave at most 2.5 % each side', () => {
    const ci = medianInterval(Array.from({ length: 20 }, (_, i) => 20 - i));
    expect(ci?.low).toBe(6);
    expect(ci?.high).toBe(15);
    expect(ci?.coverage).toBeCloseTo(0.9586, 4);
    expect(medianInterval([3, 1, 2, 6, 5, 4])).toEqual({ low: 1, high: 6, coverage: 0.96875 });
    expect(medianInterval([1, 2, 3, 4, 5])).toBeNull();
  });
});
