// The bench's map-hover report: medians and p90 of the moves (synthetic figures), the long tasks,
// and a failure said as one.
import { describe, expect, it } from 'vitest';
import { hoverReport, summarizeHover, type HoverResult } from '../../../bench/mapHover';

const result = (script: number[], longTasks: number[], failure: string | null = null): HoverResult => ({
  samples: script.map((s, i) => ({ to: `TH-${10 + i}`, scriptMs: s, taskMs: s * 2 })),
  longTasks,
  failure,
  errors: [],
});

describe('hoverReport', () => {
  it('prints the script and task per move and the long tasks', () => {
    const r = result([1, 2, 3, 4, 5, 6, 7, 8, 9, 40], [61.2, 70.5]);
    const text = hoverReport(r, summarizeHover(r));
    expect(text).toContain('10 pointer moves');
    expect(text).toContain('script per move: median 5.5 ms, p90 9.0 ms; tasks: median 11.0 ms, p90 18.0 ms');
    expect(text).toContain('long tasks (> 50 ms) while hovering: 2, the longest 70.5 ms');
  });

  it('says none when there were no long tasks, and FAILED with the reason', () => {
    const r = result([1, 2], []);
    expect(hoverReport(r, summarizeHover(r))).toContain('while hovering: 0\n'.trimEnd());
    expect(hoverReport(r, summarizeHover(r))).not.toContain('longest');
    const failed = result([], [], 'only 1 province labels on the map to hover');
    expect(hoverReport(failed, summarizeHover(failed))).toBe('Map hover: FAILED (only 1 province labels on the map to hover)');
  });
});
