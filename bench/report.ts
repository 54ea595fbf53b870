// Bench: turns measured figures into the plain-text tables `npm run bench` prints.
import type { EntrySize } from './entrySize.ts';
import type { TargetResult } from './coldLoads.ts';
import { CHARTS_UPDATED_MARK, FRAME_BUDGET_MS, INDICATOR_CHANGE_MARK, MAP_UPDATED_MARK, P90_WALL_BUDGET_MS } from './indicatorSwitch.ts';
import type { SwitchResult } from './indicatorSwitch.ts';
import { PARTS, type Part } from './switchParts.ts';
import { medianInterval, summarize } from './stats.ts';
import type { Summary } from './stats.ts';

/** Entry JS the app may add on top of the reference, gzip bytes (KB = 1000 bytes, as Vite prints). */
export const ENTRY_BUDGET_GZIP = 150_000;
/** Largest acceptable app/reference ratio of median time to map-ready. */
export const READY_RATIO_BUDGET = 1.2;
/** Largest acceptable app/reference ratio of the median JS heap after GC at map-ready (issue 16). */
export const HEAP_RATIO_BUDGET = 1.5;

const kb = (bytes: number): string => (bytes / 1000).toFixed(1);
const mb = (bytes: number): string => (bytes / 1e6).toFixed(1);
const ms = (v: number): string => v.toFixed(0);

/** Left column left-aligned, the rest right-aligned. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows
    .map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  '))
    .join('\n');
}

const verdict = (ok: boolean): string => (ok ? 'met' : 'NOT met');

export function sizeReport(app: EntrySize | null, ref: EntrySize): string {
  const cells = (s: EntrySize | null, key: keyof EntrySize): string[] =>
    s === null ? ['—', '—'] : [kb(s[key].raw), kb(s[key].gzip)];
  const row = (name: string, key: keyof EntrySize): string[] => [name, ...cells(app, key), ...cells(ref, key)];
  const lines = [
    'Bytes shipped (KB = 1000 bytes; gzip = zlib level 9)',
    table([
      ['', 'app raw', 'app gzip', 'ref raw', 'ref gzip'],
      row(`entry JS`, 'entry'),
      row('maplibre worker', 'worker'),
      row('lazy JS chunks', 'lazy'),
      row('map data (data/)', 'data'),
    ]),
  ];
  if (app !== null) {
    const diff = app.entry.gzip - ref.entry.gzip;
    lines.push(
      `entry JS gzip, app − reference: ${diff >= 0 ? '+' : ''}${kb(diff)} KB ` +
        `(target ≤ +${kb(ENTRY_BUDGET_GZIP)} KB: ${verdict(diff <= ENTRY_BUDGET_GZIP)})`,
    );
  }
  return lines.join('\n');
}

export interface TimingSummary {
  label: string;
  markMs: Summary | null;
  heapUsed: Summary | null;
  heapUsedAfterGc: Summary | null;
  heapLeastAfterGc: Summary | null;
  failure: string | null;
}

export function summarizeResult(r: TargetResult): TimingSummary {
  return {
    label: r.label,
    markMs: summarize(r.samples.map((s) => s.markMs)),
    heapUsed: summarize(r.samples.map((s) => s.heapUsed)),
    heapUsedAfterGc: summarize(r.samples.map((s) => s.heapUsedAfterGc)),
    heapLeastAfterGc: summarize(r.samples.map((s) => s.heapLeastAfterGc)),
    failure: r.failure,
  };
}

function ratioLine(what: string, app: number | undefined, ref: number | undefined, budget?: number): string | null {
  if (app === undefined || ref === undefined || ref === 0) return null;
  const ratio = app / ref;
  const target = budget === undefined ? '' : ` (target ≤ ${budget}×: ${verdict(ratio <= budget)})`;
  return `${what}, app/reference: ${ratio.toFixed(2)}×${target}`;
}

export function timingReport(mark: string, results: readonly TimingSummary[]): string {
  const find = (label: string): TimingSummary | undefined => results.find((r) => r.label === label);
  const app = find('app');
  const ref = find('reference');
  const lines = [
    `Time to ${mark} (ms from navigation start), cold loads`,
    table([
      ['', 'median', 'min', 'max', 'loads'],
      ...results.map((r) =>
        r.markMs === null
          ? [r.label, '—', '—', '—', '0']
          : [r.label, ms(r.markMs.median), ms(r.markMs.min), ms(r.markMs.max), String(r.markMs.n)],
      ),
    ]),
    ratioLine('median time', app?.markMs?.median, ref?.markMs?.median, READY_RATIO_BUDGET),
    '',
    'JS heap of the page right after the mark (main thread, MB = 10^6 bytes; medians, and the range after GC;',
    'the last column: the least of three GCs in a row, each read at once)',
    table([
      ['', 'used', 'used after GC', 'min', 'max', 'least of 3 GCs'],
      ...results.map((r) => [
        r.label,
        r.heapUsed === null ? '—' : mb(r.heapUsed.median),
        ...(r.heapUsedAfterGc === null ? ['—', '—', '—'] : [r.heapUsedAfterGc.median, r.heapUsedAfterGc.min, r.heapUsedAfterGc.max].map(mb)),
        r.heapLeastAfterGc === null ? '—' : mb(r.heapLeastAfterGc.median),
      ]),
    ]),
    ratioLine('heap used after GC', app?.heapUsedAfterGc?.median, ref?.heapUsedAfterGc?.median, HEAP_RATIO_BUDGET),
    ratioLine('  the least of three GCs (not judged: what a busy page allocates between a GC and its read left out)', app?.heapLeastAfterGc?.median, ref?.heapLeastAfterGc?.median),
    ...results.filter((r) => r.failure !== null).map((r) => `${r.label} FAILED: ${r.failure}`),
  ];
  return lines.filter((l): l is string => l !== null).join('\n');
}

/** Median, min and max of one extra mark over a target's cold loads (e.g. atlas:charts-ready). */
export function extraMarkSummary(r: TargetResult, mark: string): Summary | null {
  return summarize(r.samples.flatMap((s) => (s.extraMarkMs[mark] === undefined ? [] : [s.extraMarkMs[mark]])));
}

export function extraMarkReport(mark: string, label: string, s: Summary | null): string {
  return [
    `Time to ${mark} (ms from navigation start), cold loads of the ${label}`,
    table([
      ['', 'median', 'min', 'max', 'loads'],
      s === null ? [label, '—', '—', '—', '0'] : [label, ms(s.median), ms(s.min), ms(s.max), String(s.n)],
    ]),
  ].join('\n');
}

export interface SwitchSummary {
  changes: number;
  wallMs: Summary | null;
  chartsMs: Summary | null;
  mapMs: Summary | null;
  scriptMs: Summary | null;
  /** Script time spent waiting in synchronous WebGL reads, and script time without it. */
  syncReadMs: Summary | null;
  scriptLessSyncReadMs: Summary | null;
  taskMs: Summary | null;
  /** Renderer main thread on a CPU, and runnable but waiting for one (Linux only). */
  mainRunMs: Summary | null;
  mainWaitMs: Summary | null;
  layoutMs: Summary | null;
  recalcStyleMs: Summary | null;
  /** Script time of empty windows (the instrument alone). */
  floorScriptMs: Summary | null;
  /** The in-page changes (React's render, commit and effects; `inPageRenders`). */
  renderMs: Summary | null;
  /** Median script time / one 60 Hz frame. */
  scriptBudgetRatio: number | null;
  failure: string | null;
}

export function summarizeSwitch(r: SwitchResult): SwitchSummary {
  const of = (pick: (s: SwitchResult['samples'][number]) => number): Summary | null => summarize(r.samples.map(pick));
  const scriptMs = of((s) => s.scriptMs);
  return {
    changes: r.samples.length,
    wallMs: of((s) => s.wallMs),
    chartsMs: of((s) => s.chartsMs),
    mapMs: of((s) => s.mapMs),
    scriptMs,
    syncReadMs: of((s) => s.syncReadMs),
    scriptLessSyncReadMs: of((s) => s.scriptMs - s.syncReadMs),
    taskMs: of((s) => s.taskMs),
    mainRunMs: summarize(r.samples.flatMap((s) => (s.mainRunMs === null ? [] : [s.mainRunMs]))),
    mainWaitMs: summarize(r.samples.flatMap((s) => (s.mainWaitMs === null ? [] : [s.mainWaitMs]))),
    layoutMs: of((s) => s.layoutMs),
    recalcStyleMs: of((s) => s.recalcStyleMs),
    floorScriptMs: summarize(r.floor),
    renderMs: summarize(r.renders),
    scriptBudgetRatio: scriptMs === null ? null : scriptMs.median / FRAME_BUDGET_MS,
    failure: r.failure,
  };
}

const ms1 = (v: number): string => v.toFixed(1);

export function switchReport(r: SwitchResult, s: SwitchSummary): string {
  const row = (name: string, v: Summary | null): string[] =>
    v === null ? [name, '—', '—', '—', '—'] : [name, ms1(v.median), ms1(v.p90), ms1(v.min), ms1(v.max)];
  const lines = [
    `Indicator switch: ${s.changes} changes in one page (en, 1280×800), option chosen by a dispatched mousedown`,
    table([
      ['ms', 'median', 'p90', 'min', 'max'],
      row(`${INDICATOR_CHANGE_MARK} → map and charts updated`, s.wallMs),
      row(`  → ${CHARTS_UPDATED_MARK}`, s.chartsMs),
      row(`  → ${MAP_UPDATED_MARK}`, s.mapMs),
      row('main thread in the window: script', s.scriptMs),
      row('  of which waiting in sync WebGL reads', s.syncReadMs),
      row('  script without those waits', s.scriptLessSyncReadMs),
      row('  all tasks', s.taskMs),
      row('  layout', s.layoutMs),
      row('  style recalc', s.recalcStyleMs),
      row('main thread on a CPU (Linux schedstat)', s.mainRunMs),
      row('  runnable, waiting for a CPU', s.mainWaitMs),
      row('  script of an empty window (floor)', s.floorScriptMs),
    ]),
  ];
  if (s.scriptMs !== null && s.scriptBudgetRatio !== null) {
    lines.push(
      `median script time / 16.7 ms frame: ${s.scriptBudgetRatio.toFixed(2)}× ` +
        `(target ≤ 16.7 ms script time: ${verdict(s.scriptMs.median <= FRAME_BUDGET_MS)})`,
    );
    // How far one run's median can be trusted: changes vary with GC and the machine.
    const ci = medianInterval(r.samples.map((x) => x.scriptMs));
    if (ci !== null) {
      const side = ci.high <= FRAME_BUDGET_MS ? 'below the target' : ci.low > FRAME_BUDGET_MS ? 'above the target' : 'around the target: another run may print the other verdict';
      lines.push(
        `  the median's ${(ci.coverage * 100).toFixed(0)} % interval from these ${r.samples.length} changes (order statistics): ` +
          `${ms1(ci.low)}–${ms1(ci.high)} ms, ${side}`,
      );
    }
  }
  if (s.wallMs !== null) {
    lines.push(
      `p90 time to map and charts updated: ${ms1(s.wallMs.p90)} ms (target ≤ ${P90_WALL_BUDGET_MS} ms: ${verdict(s.wallMs.p90 <= P90_WALL_BUDGET_MS)})`,
    );
  }
  if (s.renderMs !== null) {
    lines.push(
      `React's part alone, ${s.renderMs.n} changes made in the page (render, commit and effects under flushSync; no frame, ` +
        `no picker): median ${ms1(s.renderMs.median)} ms, p90 ${ms1(s.renderMs.p90)} ms (a steadier figure for the panels and charts)`,
    );
  }
  if (s.scriptLessSyncReadMs !== null) {
    lines.push(`the same without sync WebGL read waits: ${(s.scriptLessSyncReadMs.median / FRAME_BUDGET_MS).toFixed(2)}×`);
  }
  lines.push(
    'Window: Performance.getMetrics just before the dispatch to one frame after both marks. Script time ' +
      'is wall time in JS on the main thread: the GPU process is not in it, but waits on it inside JS are.',
  );
  if (r.idle !== null) {
    lines.push(
      `Before the first change: ${r.idle.quiet ? 'quiet' : 'NOT quiet'} after ${ms(r.idle.waitedMs)} ms; ` +
        `background then ${ms1(r.idle.scriptMsPerS)} ms script, ${ms1(r.idle.taskMsPerS)} ms tasks per second.`,
    );
  }
  const load = (v: number | null): string => (v === null ? '—' : v.toFixed(1));
  lines.push(
    `Machine: ${r.machine.cpus} CPUs, 1-minute load average ${load(r.machine.loadBefore)} before the changes, ` +
      `${load(r.machine.loadAfter)} after (other work on the machine shows up as waiting for a CPU).`,
  );
  if (r.parts.length > 0) lines.push(partsReport(r.parts));
  if (r.failure !== null) lines.push(`indicator switch FAILED: ${r.failure}`);
  return lines.join('\n');
}

const PART_NAMES: Record<Part, string> = {
  charts: 'charts (their components, in the charts chunks)',
  domWrites: 'DOM writes (native calls of the commit)',
  map: 'map (deck.gl and MapLibre frames)',
  gc: 'garbage collection',
  other: 'other (React, panels, store)',
};

/** Script time and DOM writes of the profiled changes, by part (means per change, and the share of the whole). */
export function partsReport(parts: SwitchResult['parts']): string {
  const mean = (vs: number[]): number => (vs.length === 0 ? 0 : vs.reduce((a, b) => a + b, 0) / vs.length);
  const byPart = PARTS.map((k) => mean(parts.map((p) => p.ms[k])));
  const total = byPart.reduce((a, b) => a + b, 0);
  const rows = PARTS.map((k, i) => [`  ${PART_NAMES[k]}`, ms1(byPart[i] ?? 0), total > 0 ? `${Math.round((100 * (byPart[i] ?? 0)) / total)} %` : '—']);
  const writeParts = [...new Set(parts.flatMap((p) => Object.keys(p.writes)))].sort();
  const writes = writeParts.map((k) => `${k} ${Math.round(mean(parts.map((p) => p.writes[k] ?? 0)))}`);
  const writeTotal = Math.round(mean(parts.map((p) => Object.values(p.writes).reduce((a, b) => a + b, 0))));
  // The most frequent kinds (an attribute's name, `text`, `nodes` added or removed) by part: a
  // regression in DOM work names the attribute it rewrites.
  const kindNames = [...new Set(parts.flatMap((p) => Object.keys(p.writeKinds)))];
  const kinds = kindNames
    .map((k) => [k, mean(parts.map((p) => p.writeKinds[k] ?? 0))] as const)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .map(([k, v]) => `${k} ${Math.round(v)}`);
  return [
    `Where a change's script time goes: ${parts.length} more changes under the V8 sampling profiler (not in the figures above; ` +
      'the profiler slows the page, so read the shares), mean per change:',
    table([['part', 'ms', 'share'], ...rows, ['  all', ms1(total), '100 %']]),
    `DOM writes per change (attributes, texts, nodes added or removed), mean: ${writeTotal}: ${writes.join(', ')}`,
    `  most written: ${kinds.join(', ')}`,
  ].join('\n');
}
