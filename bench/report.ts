// Bench: turns measured figures into the plain-text tables `npm run bench` prints.
import type { EntrySize } from './entrySize.ts';
import type { TargetResult } from './coldLoads.ts';
import { summarize } from './stats.ts';
import type { Summary } from './stats.ts';

/** Entry JS the app may add on top of the reference, gzip bytes (KB = 1000 bytes, as Vite prints). */
export const ENTRY_BUDGET_GZIP = 150_000;
/** Largest acceptable app/reference ratio of median time to map-ready. */
export const READY_RATIO_BUDGET = 1.3;

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
  failure: string | null;
}

export function summarizeResult(r: TargetResult): TimingSummary {
  return {
    label: r.label,
    markMs: summarize(r.samples.map((s) => s.markMs)),
    heapUsed: summarize(r.samples.map((s) => s.heapUsed)),
    heapUsedAfterGc: summarize(r.samples.map((s) => s.heapUsedAfterGc)),
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
    'JS heap of the page right after the mark (main thread, MB = 10^6 bytes; medians)',
    table([
      ['', 'used', 'used after GC'],
      ...results.map((r) => [
        r.label,
        r.heapUsed === null ? '—' : mb(r.heapUsed.median),
        r.heapUsedAfterGc === null ? '—' : mb(r.heapUsedAfterGc.median),
      ]),
    ]),
    ratioLine('heap used after GC', app?.heapUsedAfterGc?.median, ref?.heapUsedAfterGc?.median),
    ...results.filter((r) => r.failure !== null).map((r) => `${r.label} FAILED: ${r.failure}`),
  ];
  return lines.filter((l): l is string => l !== null).join('\n');
}
