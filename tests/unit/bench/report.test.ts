// The bench's map-ready report judges both issue 16 targets it carries: time (≤ 1.2×) and heap (≤ 1.5×).
import { describe, expect, it } from 'vitest';
import { timingReport, type TimingSummary } from '../../../bench/report';
import { summarize } from '../../../bench/stats';

const target = (label: string, ms: number[], heapMb: number[]): TimingSummary => ({
  label,
  markMs: summarize(ms),
  heapUsed: summarize(heapMb.map((m) => m * 2e6)),
  heapUsedAfterGc: summarize(heapMb.map((m) => m * 1e6)),
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
});
