// Bench: a pointer moving over the WebGL map from province to province, as an official reading the
// map does. Each move is one real mouse event (CDP), timed from the event until the page has shown
// the hover (the tooltip and the highlighted outline: a DOM change, then two frames), by Chromium's
// main-thread counters; long tasks over all the moves are counted too. No target in issue 16: the
// figure shows what a hover costs, and what deck.gl's GPU picking cost before the map was
// hit-tested on the CPU (README "Performance").
import type { Browser, Page } from 'playwright-core';
import { openPage, waitForMark } from '../tests/support/browser.ts';
import type { OpenedPage } from '../tests/support/browser.ts';
import { deltaMs, readMetrics, settle, waitForQuiet } from './indicatorSwitch.ts';
import { summarize, type Summary } from './stats.ts';

export interface HoverSample {
  /** The province whose label the pointer moved to. */
  to: string;
  scriptMs: number;
  taskMs: number;
}

export interface HoverResult {
  samples: HoverSample[];
  /** Durations of the long tasks (> 50 ms) seen while the pointer moved, ms. */
  longTasks: number[];
  failure: string | null;
  errors: string[];
}

export interface HoverSummary {
  script: Summary | null;
  task: Summary | null;
  longTasks: number;
  longestTaskMs: number | null;
}

/** Screen points of the province labels on the map (each over its province), in label order. */
const TARGETS = `(() => {
  const map = document.querySelector('.map');
  if (!map) return [];
  const box = map.getBoundingClientRect();
  return [...map.querySelectorAll('.province-label[data-iso]')].flatMap((el) => {
    const r = el.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    if (r.width === 0 || x < box.left + 40 || x > box.right - 40 || y < box.top + 40 || y > box.bottom - 40) return [];
    return [{ iso: el.getAttribute('data-iso'), x, y }];
  });
})()`;

/** In the page: resolves after the first DOM change inside the map and two frames; rejects after `ms`. */
const SHOWN = `(ms) => new Promise((resolve, reject) => {
  const map = document.querySelector('.map');
  const timer = setTimeout(() => { observer.disconnect(); reject(new Error('no hover shown within ' + ms + ' ms')); }, ms);
  const observer = new MutationObserver(() => {
    observer.disconnect();
    clearTimeout(timer);
    requestAnimationFrame(() => requestAnimationFrame(() => resolve(null)));
  });
  observer.observe(map, { subtree: true, childList: true, attributes: true, characterData: true });
})`;

const LONG_TASKS = `(() => {
  window.__atlasBenchLongTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__atlasBenchLongTasks.push(e.duration);
  }).observe({ type: 'longtask' });
})()`;

async function hoverOnce(page: Page, x: number, y: number, timeoutMs: number): Promise<void> {
  const shown = page.evaluate(`(${SHOWN})(${timeoutMs})`);
  await page.mouse.move(x, y);
  await shown;
}

/** Loads `url` (1280×800), waits until it is ready and quiet, then moves the pointer `moves` times. */
export async function measureMapHover(browser: Browser, url: string, opts: { moves?: number; timeoutMs?: number } = {}): Promise<HoverResult> {
  const moves = opts.moves ?? 20;
  const timeoutMs = opts.timeoutMs ?? 5_000;
  const result: HoverResult = { samples: [], longTasks: [], failure: null, errors: [] };
  let opened: OpenedPage | undefined;
  try {
    opened = await openPage(browser, url, { viewport: { width: 1280, height: 800 } });
    const { page } = opened;
    await waitForMark(page, 'atlas:map-ready', 60_000);
    await waitForMark(page, 'atlas:charts-ready', 60_000);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await waitForQuiet(cdp, 2_000, 30_000);
    const targets = (await page.evaluate(TARGETS)) as { iso: string; x: number; y: number }[];
    if (targets.length < 2) throw new Error(`only ${targets.length} province labels on the map to hover`);
    // The first hover is not timed: it starts from outside the map.
    await hoverOnce(page, targets[0]!.x, targets[0]!.y, timeoutMs);
    await page.evaluate(LONG_TASKS);
    for (let i = 1; i <= moves; i++) {
      const t = targets[i % targets.length]!;
      await settle(page, 300);
      const before = await readMetrics(cdp);
      await hoverOnce(page, t.x, t.y, timeoutMs);
      const d = deltaMs(await readMetrics(cdp), before);
      result.samples.push({ to: t.iso, scriptMs: d.ScriptDuration, taskMs: d.TaskDuration });
    }
    result.longTasks = (await page.evaluate('window.__atlasBenchLongTasks')) as number[];
  } catch (err) {
    result.failure = err instanceof Error ? err.message.split('\n')[0] ?? String(err) : String(err);
  } finally {
    if (opened !== undefined) {
      result.errors.push(...opened.errors);
      await opened.context.close();
    }
  }
  return result;
}

export function summarizeHover(r: HoverResult): HoverSummary {
  return {
    script: summarize(r.samples.map((s) => s.scriptMs)),
    task: summarize(r.samples.map((s) => s.taskMs)),
    longTasks: r.longTasks.length,
    longestTaskMs: r.longTasks.length > 0 ? Math.max(...r.longTasks) : null,
  };
}

const ms = (v: number | undefined | null) => (v === undefined || v === null ? '—' : v.toFixed(1));

export function hoverReport(r: HoverResult, s: HoverSummary): string {
  if (r.failure !== null) return `Map hover: FAILED (${r.failure})`;
  return [
    `Map hover, ${r.samples.length} pointer moves from province to province (no target):`,
    `  main-thread script per move: median ${ms(s.script?.median)} ms, p90 ${ms(s.script?.p90)} ms; tasks: median ${ms(s.task?.median)} ms, p90 ${ms(s.task?.p90)} ms`,
    `  long tasks (> 50 ms) while hovering: ${s.longTasks}${s.longestTaskMs === null ? '' : `, the longest ${ms(s.longestTaskMs)} ms`}`,
  ].join('\n');
}
