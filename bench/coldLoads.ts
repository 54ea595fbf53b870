// Bench: cold page loads of several targets, interleaved, timing a performance mark and reading
// the main thread's JS heap once it is reached. Mark-specific benches (map-ready, charts-ready)
// are thin wrappers around `coldLoads`.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { openPage, waitForMark } from '../tests/support/browser.ts';
import type { OpenedPage } from '../tests/support/browser.ts';

export interface Target {
  /** Short name used in tables, JSON and screenshot file names. */
  label: string;
  url: string;
  /**
   * Further marks read on every load of this target once the main mark and the heap are taken
   * (e.g. `atlas:charts-ready` for the app, which the reference page never makes). Each is waited
   * for within the same timeout; one that never comes fails the target like the main mark.
   */
  extraMarks?: readonly string[];
}

export interface ColdLoadOptions {
  mark: string;
  /** Loads per target; default 7. */
  runs?: number;
  /** How long one load may take to reach the mark; default 60 000 ms. */
  timeoutMs?: number;
  /** When set, the first successful load of each target is saved as `<dir>/<label>.png`. */
  screenshotDir?: string;
  /** Progress lines (default: stderr, so stdout stays the report). */
  log?: (line: string) => void;
}

export interface LoadSample {
  run: number;
  /** ms from navigation start to the mark. */
  markMs: number;
  /** `Runtime.getHeapUsage().usedSize` right after the mark, bytes. */
  heapUsed: number;
  /** The same after a forced full GC: less noisy, what the page really holds. */
  heapUsedAfterGc: number;
  /**
   * The least of three forced GCs, each read at once (`heapUsedAfterGc` is the first). A page that
   * is still busy after its mark allocates between a GC and its read; the reference, idle by then,
   * reads the same three times. Printed beside the judged figure, not judged.
   */
  heapLeastAfterGc: number;
  /** ms from navigation start to each of the target's `extraMarks`. */
  extraMarkMs: Record<string, number>;
}

export interface TargetResult extends Target {
  samples: LoadSample[];
  /** Why the target stopped early (mark timeout, navigation error), or null. */
  failure: string | null;
  /** Off-machine URLs any load tried to fetch (all were aborted). */
  blocked: string[];
  /** Page errors and console errors, prefixed with the run number. */
  errors: string[];
}

/** GC-and-read pairs for `leastAfterGc`. */
const HEAP_READS = 3;

export async function heapUsage(page: Page): Promise<{ used: number; usedAfterGc: number; leastAfterGc: number; arrayBuffers: number }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const before = await cdp.send('Runtime.getHeapUsage');
    const reads: { usedSize: number; backingStorageSize?: number }[] = [];
    for (let i = 0; i < HEAP_READS; i++) {
      await cdp.send('HeapProfiler.collectGarbage');
      reads.push(await cdp.send('Runtime.getHeapUsage'));
    }
    const after = reads[0] as (typeof reads)[number];
    // ArrayBuffer backing stores live outside the V8 heap (older CDP versions do not report them).
    const backing = after.backingStorageSize ?? 0;
    return { used: before.usedSize, usedAfterGc: after.usedSize, leastAfterGc: Math.min(...reads.map((r) => r.usedSize)), arrayBuffers: backing };
  } finally {
    await cdp.detach();
  }
}

/**
 * Loads every target `runs` times, each in a fresh context (empty cache). The order alternates
 * per round, A B / B A / A B …, so neither target always pays for the first, coldest load and
 * slow spells of the machine are spread over both. A target that misses the mark once is not
 * retried: its later runs would only repeat the same timeout.
 */
export async function coldLoads(browser: Browser, targets: readonly Target[], opts: ColdLoadOptions): Promise<TargetResult[]> {
  const runs = opts.runs ?? 7;
  const timeoutMs = opts.timeoutMs ?? 60_000;
  const log = opts.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  if (opts.screenshotDir !== undefined) mkdirSync(opts.screenshotDir, { recursive: true });
  const results = targets.map((t): TargetResult => ({ ...t, samples: [], failure: null, blocked: [], errors: [] }));

  for (let run = 1; run <= runs; run++) {
    const order = run % 2 === 1 ? results : [...results].reverse();
    for (const result of order) {
      if (result.failure !== null) continue;
      let opened: OpenedPage | undefined;
      try {
        opened = await openPage(browser, result.url);
        const markMs = await waitForMark(opened.page, opts.mark, timeoutMs);
        const heap = await heapUsage(opened.page);
        const extraMarkMs: Record<string, number> = {};
        for (const mark of result.extraMarks ?? []) {
          extraMarkMs[mark] = await waitForMark(opened.page, mark, timeoutMs);
        }
        result.samples.push({ run, markMs, heapUsed: heap.used, heapUsedAfterGc: heap.usedAfterGc, heapLeastAfterGc: heap.leastAfterGc, extraMarkMs });
        const extras = Object.entries(extraMarkMs).map(([mark, t]) => `, ${mark} at ${t.toFixed(0)} ms`);
        log(`${result.label} run ${run}/${runs}: ${opts.mark} at ${markMs.toFixed(0)} ms${extras.join('')}`);
        if (opts.screenshotDir !== undefined && result.samples.length === 1) {
          await opened.page.screenshot({ path: join(opts.screenshotDir, `${result.label}.png`) });
        }
      } catch (err) {
        result.failure = `run ${run}: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`;
        log(`${result.label} FAILED ${result.failure}`);
      } finally {
        if (opened !== undefined) {
          result.blocked.push(...opened.blocked);
          result.errors.push(...opened.errors.map((e) => `run ${run}: ${e}`));
          await opened.context.close();
        }
      }
    }
  }
  return results;
}
