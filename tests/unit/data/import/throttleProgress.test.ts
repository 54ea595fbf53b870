import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { throttleProgress } from '../../../../src/data/import/throttleProgress';

/** Feeds `steps` ([time, fraction]) through a throttle and returns what it passed on. */
function run(steps: readonly [number, number][], interval = 250): [number, number][] {
  let t = 0;
  const out: [number, number][] = [];
  const send = throttleProgress((f) => out.push([t, f]), () => t, interval);
  for (const [time, fraction] of steps) {
    t = time;
    send(fraction);
  }
  return out;
}

describe('throttleProgress', () => {
  it('passes the first report, then one per interval, and always the end', () => {
    const steps: [number, number][] = [0, 10, 100, 249, 250, 300, 499, 510, 520].map((t, i) => [t, i / 10]);
    steps.push([530, 1]);
    expect(run(steps)).toEqual([
      [0, 0],
      [250, 0.4],
      [510, 0.7],
      [530, 1],
    ]);
  });

  it('a hundred reports in two seconds become at most nine', () => {
    const steps = Array.from({ length: 100 }, (_, i): [number, number] => [i * 20, (i + 1) / 100]);
    const out = run(steps);
    expect(out.length).toBeLessThanOrEqual(9);
    expect(out.at(-1)).toEqual([1980, 1]);
  });

  it('never passes two unfinished reports closer than the interval, and never drops completion', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(100), fc.double({ min: 0, max: 1, noNaN: true })), { maxLength: 60 }), (raw) => {
        let time = 0;
        const steps = raw.map(([dt, f]): [number, number] => [(time += dt), f]);
        const out = run(steps);
        const partial = out.filter(([, f]) => f < 1);
        for (let i = 1; i < partial.length; i++) expect((partial[i] as [number, number])[0] - (partial[i - 1] as [number, number])[0]).toBeGreaterThanOrEqual(250);
        expect(out.filter(([, f]) => f >= 1).length).toBe(steps.filter(([, f]) => f >= 1).length);
      }),
    );
  });
});
