// Bench: from a change of indicator to the next frame with map and charts updated. One page load;
// once it is ready and idle, the indicator is changed `changes` times through the real picker,
// and each change is timed by the app's own marks (wall time) and by Chromium's main-thread
// counters over the same window (script, task, layout and style time; the GPU process, which
// does SwiftShader's drawing, is not counted, but JS that blocks on it is: deck.gl reads a buffer
// back synchronously when a colour transition starts). Before each change the frame loop must be
// steady again, or the change would queue behind the previous step's compositing.
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { openPage, waitForMark } from '../tests/support/browser.ts';
import type { OpenedPage } from '../tests/support/browser.ts';
import { mainThreadTimes, rendererPids, threadTimesDelta } from './mainThread.ts';
import { partsOfProfile, type Parts } from './switchParts.ts';

export const INDICATOR_CHANGE_MARK = 'atlas:indicator-change';
export const MAP_UPDATED_MARK = 'atlas:map-updated';
export const CHARTS_UPDATED_MARK = 'atlas:charts-updated';
export const CHARTS_READY_MARK = 'atlas:charts-ready';
const MAP_READY_MARK = 'atlas:map-ready';

/** One 60 Hz frame, ms: the budget a change's script time is compared with. */
export const FRAME_BUDGET_MS = 1000 / 60;
/** Issue 16's budget for the p90 of a change's wall time, change mark to map and charts updated. */
export const P90_WALL_BUDGET_MS = 25;

/**
 * Real indicator ids (public/data/indicators.json), cycled in this order. The app opens on `hai`,
 * so the first change is already a change, and no id follows itself, also across the wrap-around.
 * They mix one-year and many-year indicators and all three polarities.
 */
export const SWITCH_SEQUENCE: readonly string[] = [
  'density',
  'gpp-per-capita',
  'students-per-teacher',
  'targeted-poor-pct',
  'edu-upper-secondary-plus',
  'population',
  'education-gva-share',
  'obec-schools',
  'edu-university',
  'hai',
];

/** Chromium's cumulative main-thread counters (`Performance.getMetrics`) we report, as deltas. */
const METRICS = ['ScriptDuration', 'TaskDuration', 'LayoutDuration', 'RecalcStyleDuration'] as const;
type MetricName = (typeof METRICS)[number];
export type Metrics = Record<MetricName, number>;

export interface SwitchOptions {
  /** Indicator changes to time; default 20. */
  changes?: number;
  /** How long a change may take to reach both update marks; default 10 000 ms. */
  timeoutMs?: number;
  /** How long the first load may take to reach the ready marks; default 60 000 ms. */
  readyTimeoutMs?: number;
  /**
   * Quiet time required after the ready marks before the first change; default 2000 ms. Quiet:
   * every 250 ms slice has main-thread tasks ≤ 20 % of it (the app keeps loading for a few
   * seconds after its ready marks: labels, fonts, the basemap).
   */
  idleMs?: number;
  /** Give up waiting for quiet after this long and go on (noted in the result); default 30 000 ms. */
  quietTimeoutMs?: number;
  /**
   * Pause after opening the picker and after each change, before waiting for steady frames (see
   * `settle`), so each window starts with nothing pending; default 1000 ms.
   */
  settleMs?: number;
  /**
   * After the timed changes, this many more changes with the V8 sampling profiler on (default 0).
   * They are not part of the figures (the profiler slows the page); each is written to
   * `<profileDir>/switch-<n>-<id>.cpuprofile`, to open in Chrome DevTools.
   */
  profileChanges?: number;
  profileDir?: string;
  /**
   * After the rest, this many changes made in the page by the bench hook (`?bench=1` in the URL),
   * each React's render, commit and effects under flushSync, timed with performance.now(): no
   * frame, no picker, no CDP in the window, so a steadier figure for the panels' and charts'
   * share than the window's script time. Default 30; 0, or a URL without the hook, skips them.
   */
  inPageRenders?: number;
  log?: (line: string) => void;
}

export interface SwitchSample {
  /** 1-based change number. */
  change: number;
  from: string;
  to: string;
  /** ms from `atlas:indicator-change` to the later of the two update marks. */
  wallMs: number;
  /** ms from `atlas:indicator-change` to `atlas:map-updated`. */
  mapMs: number;
  /** ms from `atlas:indicator-change` to `atlas:charts-updated`. */
  chartsMs: number;
  /** Main-thread time between the two `Performance.getMetrics` reads, ms. */
  scriptMs: number;
  /** Part of `scriptMs` spent waiting in synchronous WebGL reads (`getBufferSubData`, `readPixels`). */
  syncReadMs: number;
  /** How many such reads the window made. */
  syncReads: number;
  /**
   * Renderer main thread over the window, from Linux schedstat (null elsewhere): ms on a CPU, and
   * ms runnable but waiting for one (other processes had the cores; ScriptDuration counts it).
   */
  mainRunMs: number | null;
  mainWaitMs: number | null;
  taskMs: number;
  layoutMs: number;
  recalcStyleMs: number;
  /** Wall time between the two reads, ms (longer than `wallMs`: dispatch, one frame, CDP round trips). */
  windowMs: number;
}

export interface IdleWindow {
  /** False when `quietTimeoutMs` passed first (the figures then describe the last `idleMs`). */
  quiet: boolean;
  /** ms from the ready marks to the end of the quiet spell. */
  waitedMs: number;
  /** Main-thread time per second over the quiet spell: what any window carries in background. */
  scriptMsPerS: number;
  taskMsPerS: number;
}

export interface SwitchResult {
  url: string;
  /** Logical CPUs and the 1-minute load average before and after the changes (a shared machine shows here). */
  machine: { cpus: number; loadBefore: number | null; loadAfter: number | null };
  /** ms from navigation start to the ready marks of this (single) load. */
  mapReadyMs: number | null;
  chartsReadyMs: number | null;
  /** The quiet spell before the first change and its main-thread time per second (background). */
  idle: IdleWindow | null;
  /**
   * Script time, ms, of `FLOOR_WINDOWS` windows measured like a change but with nothing
   * dispatched (the metric reads, the evaluate and one frame): the instrument's floor.
   */
  floor: number[];
  samples: SwitchSample[];
  /** Profiles written (paths), when `profileChanges` > 0. */
  profiles: string[];
  /**
   * Per profiled change: its script time by part (switchParts.ts; ms under the profiler, so
   * larger than the timed figures, but in proportion) and the DOM writes it made by part (one
   * per attribute, text or child-list change; `data-chart` name, or `other` outside the charts).
   */
  parts: { to: string; ms: Parts; writes: Record<string, number>; writeKinds: Record<string, number> }[];
  /** ms of each in-page change (see `inPageRenders`); empty when skipped. */
  renders: number[];
  /** Why the run stopped early (a mark never came, a missing option), or null. */
  failure: string | null;
  /** Off-machine URLs the page tried to fetch (all were aborted). */
  blocked: string[];
  /** Page errors and console errors. */
  errors: string[];
}

export async function readMetrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const out = {} as Metrics;
  for (const name of METRICS) {
    const m = metrics.find((x) => x.name === name);
    if (m === undefined) throw new Error(`Performance.getMetrics has no ${name}`);
    out[name] = m.value;
  }
  return out;
}

/** Counter deltas in ms (the counters are cumulative seconds). */
export function deltaMs(after: Metrics, before: Metrics): Metrics {
  const out = {} as Metrics;
  for (const name of METRICS) out[name] = (after[name] - before[name]) * 1000;
  return out;
}

const QUIET_SLICE_MS = 250;
const QUIET_TASK_SHARE = 0.2;

/**
 * Reads the counters every `QUIET_SLICE_MS` until the last `idleMs` were all quiet slices (or
 * `timeoutMs` passed), and returns that spell's main-thread time per second.
 */
export async function waitForQuiet(cdp: CDPSession, idleMs: number, timeoutMs: number): Promise<IdleWindow> {
  const start = Date.now();
  const reads: { t: number; m: Metrics }[] = [{ t: Date.now(), m: await readMetrics(cdp) }];
  let quietSince = 0;
  for (;;) {
    await new Promise((done) => setTimeout(done, QUIET_SLICE_MS));
    const now = { t: Date.now(), m: await readMetrics(cdp) };
    const prev = reads[reads.length - 1] as (typeof reads)[number];
    reads.push(now);
    const taskMs = (now.m.TaskDuration - prev.m.TaskDuration) * 1000;
    if (taskMs > QUIET_TASK_SHARE * (now.t - prev.t)) quietSince = reads.length - 1;
    const from = reads[quietSince] as (typeof reads)[number];
    const quiet = now.t - from.t >= idleMs;
    const timedOut = now.t - start >= timeoutMs;
    if (quiet || timedOut) {
      // On a timeout, describe the last idleMs whatever they held.
      const first = quiet ? from : (reads.find((r) => now.t - r.t <= idleMs) ?? prev);
      const seconds = (now.t - first.t) / 1000;
      const d = deltaMs(now.m, first.m);
      return {
        quiet,
        waitedMs: now.t - start,
        scriptMsPerS: d.ScriptDuration / seconds,
        taskMsPerS: d.TaskDuration / seconds,
      };
    }
  }
}

/** Frames in a row, each ≤ STEADY_FRAME_MS after the last, that count as "the frame loop is quiet". */
const STEADY_FRAMES = 10;
const STEADY_FRAME_MS = 25;
const STEADY_TIMEOUT_MS = 15_000;

/**
 * Waits `ms`, then until animation frames come at a steady 60 Hz again (STEADY_FRAMES intervals
 * ≤ STEADY_FRAME_MS in a row). With software WebGL the GPU process can take a second or more to
 * composite a frame whose DOM changed (the listbox opening, the charts redrawn), and it holds the
 * next frames back meanwhile; a change dispatched then would wait for that backlog, and the
 * figures would describe the previous step instead of the change. Resolves false on a timeout.
 */
const SETTLE = `async ({ wait, frames, frameMs, timeoutMs }) => {
  await new Promise((done) => setTimeout(done, wait));
  const start = performance.now();
  return new Promise((done) => {
    let last = performance.now();
    let steady = 0;
    const tick = (t) => {
      steady = t - last <= frameMs ? steady + 1 : 0;
      last = t;
      if (steady >= frames) done(true);
      else if (t - start > timeoutMs) done(false);
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}`;

export async function settle(page: Page, ms: number): Promise<boolean> {
  const args = { wait: ms, frames: STEADY_FRAMES, frameMs: STEADY_FRAME_MS, timeoutMs: STEADY_TIMEOUT_MS };
  return (await page.evaluate(`(${SETTLE})(${JSON.stringify(args)})`)) as boolean;
}

/**
 * In the page: the option for indicator `id` in the listbox the picker's input controls
 * (`aria-controls`), or null while the list is closed. Options are matched on `data-key` or
 * `data-indicator` (on the option or inside it), so other listboxes on the page (province
 * search, charts) never match.
 */
const FIND_OPTION = `(id) => {
  const input = document.querySelector('[data-testid="indicator-input"]');
  const listId = input === null ? null : input.getAttribute('aria-controls');
  const list = listId === null ? null : document.getElementById(listId);
  if (list === null) return null;
  const q = CSS.escape(id);
  const own = list.querySelector('[role="option"][data-key="' + q + '"], [role="option"][data-indicator="' + q + '"]');
  if (own !== null) return own;
  const inner = list.querySelector('[role="option"] [data-indicator="' + q + '"]');
  return inner === null ? null : inner.closest('[role="option"]');
}`;

/** Opens the picker's listbox the way a user does: focus on the input (blurred first, so it re-opens). */
async function openPicker(page: Page, id: string): Promise<void> {
  const opened = await page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('[data-testid="indicator-input"]');
    if (input === null) return false;
    input.blur();
    input.focus();
    return true;
  });
  if (!opened) throw new Error('no [data-testid="indicator-input"] on the page');
  try {
    await page.waitForFunction(`(${FIND_OPTION})(${JSON.stringify(id)}) !== null`, undefined, { timeout: 5_000, polling: 50 });
  } catch {
    throw new Error(`focusing [data-testid="indicator-input"] showed no option for ${id} within 5 s`);
  }
}

interface ChangeMarks {
  wallMs: number;
  mapMs: number;
  chartsMs: number;
  /** Time inside synchronous WebGL reads during the window (see `SYNC_READ_PROBE`). */
  syncReadMs: number;
  syncReads: number;
}

/**
 * Installed once in the page: wraps the WebGL calls that make the main thread wait for the GPU
 * process (`getBufferSubData`, `readPixels`) and sums the time spent in them. deck.gl calls
 * `getBufferSubData` when a colour transition starts (it pads the previous colours read back
 * from the GPU); with SwiftShader that wait can be long, and it counts as script time. The
 * wrapper adds two `performance.now()` calls per read.
 */
const SYNC_READ_PROBE = `(() => {
  if (window.__atlasBenchSyncReads !== undefined) return;
  const acc = { ms: 0, calls: 0 };
  window.__atlasBenchSyncReads = acc;
  for (const proto of [window.WebGL2RenderingContext?.prototype, window.WebGLRenderingContext?.prototype]) {
    if (proto === undefined) continue;
    for (const name of ['getBufferSubData', 'readPixels']) {
      const original = proto[name];
      if (typeof original !== 'function') continue;
      proto[name] = function (...args) {
        const t = performance.now();
        try {
          return original.apply(this, args);
        } finally {
          acc.ms += performance.now() - t;
          acc.calls += 1;
        }
      };
    }
  }
})()`;

/**
 * Installed in the page before the first profiled change: counts DOM writes by part while
 * `window.__atlasBenchWrites.on` (never during the timed changes: the observer costs script time). A part is the chart a
 * node is in (`data-chart`), else `other`.
 */
const WRITES_PROBE = `(() => {
  if (window.__atlasBenchWrites !== undefined) return;
  const acc = { on: false, counts: {}, kinds: {} };
  window.__atlasBenchWrites = acc;
  new MutationObserver((records) => {
    if (!acc.on) return;
    for (const r of records) {
      const el = r.target.nodeType === 1 ? r.target : r.target.parentElement;
      const chart = el === null ? null : el.closest('[data-chart]');
      const part = chart === null ? 'other' : chart.getAttribute('data-chart');
      const n = r.type === 'childList' ? r.addedNodes.length + r.removedNodes.length : 1;
      acc.counts[part] = (acc.counts[part] ?? 0) + n;
      const kind = part + ' ' + (r.type === 'attributes' ? r.attributeName : r.type === 'childList' ? 'nodes' : 'text');
      acc.kinds[kind] = (acc.kinds[kind] ?? 0) + n;
    }
  }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
})()`;

/**
 * In the page: dispatches `mousedown` on the option (the picker chooses on mousedown), then
 * resolves once the change mark for `id` and both update marks after it exist, plus one
 * animation frame. Marks are found through a PerformanceObserver, so nothing polls in the window.
 * Plain JS in a string: tsx (esbuild keepNames) would wrap named functions of a TS callback in a
 * `__name` helper that does not exist in the page.
 */
const CHOOSE_AND_WAIT = `async ({ id, timeoutMs, names }) => new Promise((resolve, reject) => {
  const option = (${FIND_OPTION})(id);
  if (option === null) {
    reject(new Error('no option for ' + id));
    return;
  }
  const reads = window.__atlasBenchSyncReads ?? { ms: 0, calls: 0 };
  const reads0 = { ms: reads.ms, calls: reads.calls };
  const t0 = performance.now();
  const marks = (name) => performance.getEntriesByName(name, 'mark').filter((m) => m.startTime >= t0);
  let done = false;
  let timer = 0;
  let observer = null;
  const finish = (result) => {
    done = true;
    observer.disconnect();
    clearTimeout(timer);
    if (result instanceof Error) reject(result);
    else requestAnimationFrame(() => resolve({ ...result, syncReadMs: reads.ms - reads0.ms, syncReads: reads.calls - reads0.calls }));
  };
  const check = () => {
    if (done) return;
    const change = marks(names.change).find((m) => m.detail === id);
    if (change === undefined) return;
    const map = marks(names.map).find((m) => m.startTime >= change.startTime);
    const charts = marks(names.charts).find((m) => m.startTime >= change.startTime && m.detail === id);
    if (map === undefined || charts === undefined) return;
    const mapMs = map.startTime - change.startTime;
    const chartsMs = charts.startTime - change.startTime;
    finish({ wallMs: Math.max(mapMs, chartsMs), mapMs, chartsMs });
  };
  observer = new PerformanceObserver(check);
  observer.observe({ type: 'mark' });
  timer = setTimeout(() => {
    const seen = [names.change, names.map, names.charts].filter((n) => marks(n).length > 0);
    finish(new Error('change to ' + id + ': not all of ' + [names.change, names.map, names.charts].join(' + ') +
      ' within ' + timeoutMs + ' ms (seen: ' + (seen.join(', ') || 'none') + ')'));
  }, timeoutMs);
  option.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true, button: 0, view: window }));
  check();
})`;

/** In the page: each id through the bench hook's flushSync render, a frame and 50 ms apart. */
const RENDER_IN_PAGE = `async (ids) => {
  const out = [];
  for (const id of ids) {
    out.push(window.__atlasBench.renderIndicator(id));
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
  }
  return out;
}`;

async function chooseAndWait(page: Page, id: string, timeoutMs: number): Promise<ChangeMarks> {
  const args = { id, timeoutMs, names: { change: INDICATOR_CHANGE_MARK, map: MAP_UPDATED_MARK, charts: CHARTS_UPDATED_MARK } };
  return (await page.evaluate(`(${CHOOSE_AND_WAIT})(${JSON.stringify(args)})`)) as ChangeMarks;
}

/** V8 sampling interval for the profiled changes, µs (coarser than DevTools' 100: less overhead on 2 cores). */
const PROFILE_INTERVAL_US = 200;
/** How many empty windows measure the floor. */
const FLOOR_WINDOWS = 5;
/** The floor window: what `chooseAndWait` does minus the change (an evaluate, one frame). */
const EMPTY_WINDOW = 'new Promise((resolve) => requestAnimationFrame(() => resolve(null)))';

const currentIndicator = (page: Page): Promise<string> =>
  page.evaluate(() => document.querySelector('[data-testid="map-summary"]')?.getAttribute('data-indicator') ?? '');

/**
 * Loads `url` once (1280×800), waits for `atlas:map-ready` and `atlas:charts-ready` and `idleMs`
 * of quiet, then times `changes` indicator changes, cycling through `SWITCH_SEQUENCE`.
 */
export async function measureIndicatorSwitch(browser: Browser, url: string, opts: SwitchOptions = {}): Promise<SwitchResult> {
  const changes = opts.changes ?? 20;
  const timeoutMs = opts.timeoutMs ?? 10_000;
  const readyTimeoutMs = opts.readyTimeoutMs ?? 60_000;
  const idleMs = opts.idleMs ?? 2_000;
  const quietTimeoutMs = opts.quietTimeoutMs ?? 30_000;
  const settleMs = opts.settleMs ?? 1_000;
  const profileChanges = opts.profileChanges ?? 0;
  const log = opts.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const result: SwitchResult = {
    url,
    machine: { cpus: cpus().length, loadBefore: null, loadAfter: null },
    mapReadyMs: null,
    chartsReadyMs: null,
    idle: null,
    floor: [],
    samples: [],
    profiles: [],
    parts: [],
    renders: [],
    failure: null,
    blocked: [],
    errors: [],
  };

  let opened: OpenedPage | undefined;
  try {
    opened = await openPage(browser, url, { viewport: { width: 1280, height: 800 } });
    const { page } = opened;
    result.mapReadyMs = await waitForMark(page, MAP_READY_MARK, readyTimeoutMs);
    result.chartsReadyMs = await waitForMark(page, CHARTS_READY_MARK, readyTimeoutMs);

    await page.evaluate(SYNC_READ_PROBE);
    const renderers = rendererPids();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    result.idle = await waitForQuiet(cdp, idleMs, quietTimeoutMs);
    if (!result.idle.quiet) log(`indicator switch: the page never had ${idleMs} ms of quiet within ${quietTimeoutMs} ms; going on`);

    // The instrument's own share: the same metric reads around an evaluate that only waits a frame.
    for (let i = 0; i < FLOOR_WINDOWS; i++) {
      await settle(page, settleMs);
      const before = await readMetrics(cdp);
      await page.evaluate(EMPTY_WINDOW);
      result.floor.push(deltaMs(await readMetrics(cdp), before).ScriptDuration);
    }

    result.machine.loadBefore = loadavg()[0] ?? null;
    let from = await currentIndicator(page);
    for (let i = 0; i < changes + profileChanges; i++) {
      const to = SWITCH_SEQUENCE[i % SWITCH_SEQUENCE.length] as string;
      if (to === from) throw new Error(`change ${i + 1}: ${to} is already shown (SWITCH_SEQUENCE must not repeat an id)`);
      await openPicker(page, to);
      if (!(await settle(page, settleMs))) log(`indicator switch ${i + 1}: frames still irregular after ${STEADY_TIMEOUT_MS} ms; going on`);
      const profiling = i >= changes;
      if (profiling) {
        // Installed only now: an observer of the whole body queues a record for every write even
        // while it ignores them, which the timed changes before must not pay for.
        if (i === changes) await page.evaluate(WRITES_PROBE);
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: PROFILE_INTERVAL_US });
        await cdp.send('Profiler.start');
        await page.evaluate('(() => { window.__atlasBenchWrites.on = true; window.__atlasBenchWrites.counts = {}; })()');
      }
      const before = await readMetrics(cdp);
      const threadBefore = mainThreadTimes(renderers);
      const t0 = Date.now();
      const marks = await chooseAndWait(page, to, timeoutMs);
      const after = await readMetrics(cdp);
      const thread = threadTimesDelta(mainThreadTimes(renderers), threadBefore);
      const windowMs = Date.now() - t0;
      if (profiling) {
        const { profile } = await cdp.send('Profiler.stop');
        // The observer's records arrive in a microtask after the last write: read after the frame.
        const { counts: writes, kinds: writeKinds } = (await page.evaluate(
          '(() => { const w = window.__atlasBenchWrites; w.on = false; const out = { counts: w.counts, kinds: w.kinds }; w.kinds = {}; return out; })()',
        )) as { counts: Record<string, number>; kinds: Record<string, number> };
        result.parts.push({ to, ms: partsOfProfile(profile), writes, writeKinds });
        if (opts.profileDir !== undefined) {
          const path = join(opts.profileDir, `switch-${i + 1}-${to}.cpuprofile`);
          writeFileSync(path, JSON.stringify(profile));
          result.profiles.push(path);
        }
        log(
          `indicator switch, profiled change ${i + 1 - changes}/${profileChanges} (${from} → ${to}): ` +
            `${marks.wallMs.toFixed(0)} ms to map+charts (profiler on; not in the figures)`,
        );
      } else {
        const d = deltaMs(after, before);
        result.samples.push({
          change: i + 1,
          from,
          to,
          ...marks,
          scriptMs: d.ScriptDuration,
          taskMs: d.TaskDuration,
          layoutMs: d.LayoutDuration,
          recalcStyleMs: d.RecalcStyleDuration,
          mainRunMs: thread?.runMs ?? null,
          mainWaitMs: thread?.waitMs ?? null,
          windowMs,
        });
        log(
          `indicator switch ${i + 1}/${changes} (${from} → ${to}): ${marks.wallMs.toFixed(0)} ms to map+charts, ` +
            `script ${d.ScriptDuration.toFixed(1)} ms (${marks.syncReadMs.toFixed(1)} ms in ${marks.syncReads} sync WebGL reads)` +
            (thread === null ? '' : `, main thread on CPU ${thread.runMs.toFixed(1)} ms, waiting for one ${thread.waitMs.toFixed(1)} ms`),
        );
      }
      const shown = await currentIndicator(page);
      if (shown !== to) throw new Error(`change ${i + 1}: the map shows ${shown || 'nothing'}, expected ${to}`);
      from = to;
      // Let any follow-up renders (the charts after the map, the labels) finish before the next window.
      await settle(page, settleMs);
    }
    result.machine.loadAfter = loadavg()[0] ?? null;
    await cdp.detach();
    const renders = opts.inPageRenders ?? 30;
    if (renders > 0 && (await page.evaluate('typeof window.__atlasBench?.renderIndicator === "function"'))) {
      const ids = Array.from({ length: renders }, (_, i) => SWITCH_SEQUENCE[(SWITCH_SEQUENCE.indexOf(from) + 1 + i) % SWITCH_SEQUENCE.length] as string);
      result.renders = (await page.evaluate(`(${RENDER_IN_PAGE})(${JSON.stringify(ids)})`)) as number[];
    }
  } catch (err) {
    result.failure = err instanceof Error ? (err.message.split('\n')[0] ?? err.message) : String(err);
    log(`indicator switch FAILED: ${result.failure}`);
  } finally {
    if (opened !== undefined) {
      result.blocked.push(...opened.blocked);
      result.errors.push(...opened.errors);
      await opened.context.close();
    }
  }
  return result;
}
