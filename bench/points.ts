// Bench: many points on the map, through the app's bench hook (`?bench=1` installs
// window.__atlasBench, see src/bench/installBenchHook.ts). For each count, on a fresh page once
// the map is ready and idle: SYNTHETIC points are generated in the page (seeded, uniform over
// Thailand's box), then timed from handing them to a deck.gl layer (binary attributes) to the
// first frame drawn with them; the JS heap is read after they are on screen; then the map is
// dragged for `panMs` with the mouse while requestAnimationFrame records frame intervals.
import type { Browser, Page } from 'playwright-core';
import { openPage, waitForMark } from '../tests/support/browser.ts';
import { heapUsage } from './coldLoads.ts';
import { summarize, type Summary } from './stats.ts';

export interface PointsSample {
  count: number;
  /** ms from handing the points to the layer to the frame that draws them. */
  renderMs: number;
  /** Frame intervals (ms) while panning with the points on the map. */
  frames: Summary | null;
  heapUsed: number;
  heapUsedAfterGc: number;
  /** ArrayBuffer backing stores (typed arrays such as the positions), bytes; not in heapUsed. */
  arrayBuffers: number;
}

export interface PointsResult {
  samples: PointsSample[];
  errors: string[];
  blocked: string[];
  failure: string | null;
}

export interface PointsOptions {
  counts: readonly number[];
  /** How long the map is dragged, ms; default 3000. */
  panMs?: number;
  readyTimeoutMs?: number;
}

interface BenchWindow {
  __atlasBench?: { makePoints: (n: number) => number; showPoints: () => Promise<number> };
  __frames?: number[];
  __recording?: boolean;
}

/**
 * Drags the map in a slow circle for `panMs` with mouse events dispatched inside the page, one per
 * animation frame (driving it from Node would time the DevTools round trips, not the frames), and
 * returns the frame intervals and how far the map moved (px; 0 would mean the drag did nothing).
 */
async function panFrames(page: Page, panMs: number): Promise<{ frames: number[]; moved: number }> {
  // A string, not a function: tsx would wrap the inner named functions in a helper the page lacks.
  return page.evaluate(`new Promise((resolve) => {
    const canvas = document.querySelector('.maplibregl-canvas');
    const box = canvas.getBoundingClientRect();
    const cx = box.left + box.width / 2, cy = box.top + box.height / 2;
    const fire = (type, x, y, target) => target.dispatchEvent(new MouseEvent(type, {
      bubbles: true, cancelable: true, clientX: x, clientY: y, button: 0, buttons: type === 'mouseup' ? 0 : 1 }));
    const label = document.querySelector('.province-label[data-iso="TH-10"]');
    const before = label.getBoundingClientRect();
    const frames = [];
    fire('mousedown', cx, cy, canvas);
    const start = performance.now();
    let last = start, i = 0;
    const tick = (t) => {
      frames.push(t - last);
      last = t;
      i++;
      const a = i / 15;
      fire('mousemove', cx + 120 * Math.sin(a), cy + 120 * (1 - Math.cos(a)), canvas);
      if (t - start < ${panMs}) { requestAnimationFrame(tick); return; }
      fire('mouseup', cx, cy, canvas);
      const after = label.getBoundingClientRect();
      resolve({ frames: frames.slice(1), moved: Math.hypot(after.left - before.left, after.top - before.top) });
    };
    requestAnimationFrame(tick);
  })`);
}

/** `appUrl` with `bench=1`: the app then installs its bench hook (src/bench/installBenchHook.ts). */
export function withBenchHook(appUrl: string): string {
  return `${appUrl}${appUrl.includes('?') ? '&' : '?'}bench=1`;
}

export async function measurePoints(browser: Browser, appUrl: string, opts: PointsOptions): Promise<PointsResult> {
  const result: PointsResult = { samples: [], errors: [], blocked: [], failure: null };
  for (const count of opts.counts) {
    const url = withBenchHook(appUrl);
    const opened = await openPage(browser, url);
    try {
      await waitForMark(opened.page, 'atlas:map-ready', opts.readyTimeoutMs ?? 60_000);
      await opened.page.waitForFunction(() => (window as unknown as BenchWindow).__atlasBench !== undefined);
      // Let the basemap, labels and charts settle so they are not timed with the points.
      await opened.page.waitForTimeout(3000);
      await opened.page.evaluate((n) => (window as unknown as BenchWindow).__atlasBench?.makePoints(n), count);
      const renderMs = await opened.page.evaluate(() => (window as unknown as BenchWindow).__atlasBench?.showPoints() ?? -1);
      const heap = await heapUsage(opened.page);
      const pan = await panFrames(opened.page, opts.panMs ?? 3000);
      if (pan.frames.length > 2 && pan.moved < 1) throw new Error('the drag did not move the map');
      result.samples.push({
        count,
        renderMs,
        frames: summarize(pan.frames),
        heapUsed: heap.used,
        heapUsedAfterGc: heap.usedAfterGc,
        arrayBuffers: heap.arrayBuffers,
      });
    } catch (e) {
      result.failure = `${count} points: ${e instanceof Error ? e.message : String(e)}`;
    } finally {
      result.errors.push(...opened.errors.map((e) => `${count} points: ${e}`));
      result.blocked.push(...opened.blocked);
      await opened.context.close();
    }
    if (result.failure) break;
  }
  return result;
}

/** The printed table: one row per point count. */
export function pointsReport(r: PointsResult, row: (cells: string[][]) => string): string {
  const mb = (b: number) => (b / 1e6).toFixed(1);
  const ms = (v: number | undefined) => (v === undefined ? '—' : v.toFixed(0));
  const rows = [
    ['points (synthetic)', 'to first frame ms', 'pan frame median ms', 'p90 ms', 'frames', 'JS heap MB', 'after GC MB', '+ array buffers MB'],
    ...r.samples.map((s) => [
      s.count.toLocaleString('en'),
      ms(s.renderMs),
      ms(s.frames?.median),
      ms(s.frames?.p90),
      String(s.frames?.n ?? 0),
      mb(s.heapUsed),
      mb(s.heapUsedAfterGc),
      mb(s.arrayBuffers),
    ]),
  ];
  const lines = ['Points layer (ScatterplotLayer, binary attributes; map dragged for the frame times):', row(rows)];
  if (r.failure) lines.push(`FAILED: ${r.failure}`);
  return lines.join('\n');
}
