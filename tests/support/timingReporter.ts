// Prints, at the end of an e2e run, its wall time, the machine's load and the slowest files, so
// CI output shows the figure the suite's budget is about (issue #16: ≤ 12 min with 2 workers) and
// which file to look at when it grows.
import { loadavg } from 'node:os';
import type { Reporter, TestModule } from 'vitest/node';

/** How many of the slowest files are listed. */
const LISTED = 8;

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');

export default class TimingReporter implements Reporter {
  private started = 0;
  private loadAtStart = '';

  onTestRunStart(): void {
    this.started = performance.now();
    this.loadAtStart = load();
  }

  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    if (modules.length === 0) return;
    const wall = performance.now() - this.started;
    // A file's own time: importing it, its hooks and its tests (what one worker spent on it).
    const files = modules
      .map((m) => {
        const d = m.diagnostic();
        return {
          name: m.moduleId.replace(`${process.cwd()}/`, ''),
          ms: d.prepareDuration + d.collectDuration + d.setupDuration + d.duration,
          tests: [...m.children.allTests()].length,
        };
      })
      .sort((a, b) => b.ms - a.ms);
    const total = files.reduce((s, f) => s + f.ms, 0);
    console.log(
      `\nE2E TIME: ${seconds(wall)} wall (${(wall / 60_000).toFixed(1)} min) for ${files.length} file(s); ` +
        `${seconds(total)} of file time; load average ${this.loadAtStart} at the start, ${load()} at the end`,
    );
    console.log(`Slowest files:`);
    for (const f of files.slice(0, LISTED)) console.log(`  ${seconds(f.ms).padStart(8)}  ${f.name} (${f.tests} tests)`);
  }
}
