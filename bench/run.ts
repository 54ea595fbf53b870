// `npm run bench`: builds the reference page, then compares the built app (dist/) with it on
// bytes shipped, time to atlas:map-ready and JS heap; times the app's atlas:charts-ready on the
// same loads, the switch from one indicator to the next frame with map and charts updated, and a
// pointer hovering the map from province to province (mapHover.ts).
// Prints figures; does not judge them, but exits non-zero when a page never reaches a mark or
// any request tried to leave the machine.
// Options: --runs=N (cold loads per page, default 7), --only=app|reference|import (or a list: app,reference), --changes=N
// (indicator switches, default 20), --profile=N (N more switches under the V8 profiler, saved as
// .cpuprofile files in bench/output/profiles and broken down by part, see switchParts.ts; default 5), --only=import (only the import figures:
// a 50 MB CSV through the import panel, the same with half its rows rejected, and 1,000,000 points
// assigned to provinces), --points=N,N
// (point counts drawn and panned through the bench hook, default 0,100000,1000000; --points= skips them),
// --gl=mesa|swiftshader (the software WebGL driver; default as the tests choose, see
// tests/support/browser.ts: Mesa's llvmpipe where installed).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { chromiumFlags, launchChromium, softwareGlOf, type LaunchOptions } from '../tests/support/browser.ts';
import { serveDist } from '../tests/support/serve.ts';
import type { StaticServer } from '../tests/support/serve.ts';
import type { Target, TargetResult } from './coldLoads.ts';
import { CHARTS_READY_MARK, measureIndicatorSwitch } from './indicatorSwitch.ts';
import type { SwitchResult } from './indicatorSwitch.ts';
import { entrySize } from './entrySize.ts';
import { importCsvReport, measureImportCsv, syntheticCsv, syntheticXlsx, type CsvBench } from './importCsv.ts';
import { importPointsReport, measureImportPoints, type PointsBench } from './importPoints.ts';
import type { EntrySize } from './entrySize.ts';
import { hoverReport, measureMapHover, summarizeHover, type HoverResult } from './mapHover.ts';
import { MAP_READY_MARK, measureMapReady } from './mapReady.ts';
import { measurePoints, pointsReport, withBenchHook, type PointsResult } from './points.ts';
import {
  extraMarkReport,
  extraMarkSummary,
  sizeReport,
  summarizeResult,
  summarizeSwitch,
  switchReport,
  table,
  timingReport,
} from './report.ts';

const repo = resolve(fileURLToPath(import.meta.url), '../..');
// ATLAS_DIST (as in the e2e globalSetup) points the bench at another build of the app.
const APP_DIST = resolve(repo, process.env.ATLAS_DIST ?? 'dist');
const REF_DIST = join(repo, 'bench/dist/reference');
const OUTPUT = join(repo, 'bench/output');

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    only: { type: 'string' },
    changes: { type: 'string', default: '20' },
    profile: { type: 'string', default: '5' },
    points: { type: 'string', default: '0,100000,1000000' },
    gl: { type: 'string' },
  },
});
if (values.gl !== undefined && values.gl !== 'mesa' && values.gl !== 'swiftshader') throw new Error(`--gl must be mesa or swiftshader, got ${values.gl}`);
const launch: LaunchOptions = values.gl === undefined ? {} : { gl: values.gl };
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer, got ${values.runs}`);
const changes = Number(values.changes);
if (!Number.isInteger(changes) || changes < 1) throw new Error(`--changes must be a positive integer, got ${values.changes}`);
const profileChanges = Number(values.profile);
if (!Number.isInteger(profileChanges) || profileChanges < 0) throw new Error(`--profile must be a whole number, got ${values.profile}`);
const pointCounts = (values.points ?? '').split(',').filter(Boolean).map(Number);
if (pointCounts.some((n) => !Number.isInteger(n) || n < 0)) throw new Error(`--points must be whole numbers, got ${values.points}`);
// --only takes one part or a comma-separated list (--only=app,reference: both pages, no import).
const only = values.only === undefined ? undefined : new Set(values.only.split(','));
if (only !== undefined && [...only].some((o) => o !== 'app' && o !== 'reference' && o !== 'import')) {
  throw new Error('--only must be app, reference or import, or a comma-separated list of them');
}
const withApp = only === undefined || only.has('app');
const withRef = only === undefined || only.has('reference');
const withImport = only === undefined || only.has('import');

async function main(): Promise<number> {
  // The reference is always built: its sizes are the yardstick even when only the app is timed.
  await build({ configFile: join(repo, 'bench/reference/vite.config.ts'), logLevel: 'warn' });
  if ((withApp || withImport) && !existsSync(join(APP_DIST, 'index.html'))) {
    throw new Error(`${APP_DIST}/index.html is missing: run npm run build first (npm run bench does)`);
  }
  const appSize: EntrySize | null = withApp ? entrySize(APP_DIST) : null;
  const refSize = entrySize(REF_DIST);

  const servers: StaticServer[] = [];
  const browser = await launchChromium(launch);
  // Both pages draw with the same driver; the figures depend on it (README "Performance").
  console.log(`Software WebGL: ${softwareGlOf(launch)} (${chromiumFlags(launch).filter((f) => f.startsWith('--use-')).join(' ')})`);
  let results: TargetResult[] = [];
  let appUrl: string | null = null;
  let switched: SwitchResult | null = null;
  let hovered: HoverResult | null = null;
  let importCsv: CsvBench | null = null;
  // The same size with half its rows rejected: the report's worst case (every rejected row keeps its cells).
  let importCsvRejects: CsvBench | null = null;
  let importXlsx: CsvBench | null = null;
  let importPoints: PointsBench | null = null;
  let points: PointsResult | null = null;
  try {
    const targets: Target[] = [];
    if (withApp) {
      const server = await serveDist(APP_DIST);
      servers.push(server);
      // English UI: the reference has no text, and en is the locale the benchmark is defined on.
      appUrl = `${server.url}?lang=en`;
      targets.push({ label: 'app', url: appUrl, extraMarks: [CHARTS_READY_MARK] });
    }
    if (withRef) {
      const server = await serveDist(REF_DIST, { production: false });
      servers.push(server);
      targets.push({ label: 'reference', url: server.url });
    }
    if (targets.length > 0) results = await measureMapReady(browser, targets, { runs, timeoutMs: 60_000, screenshotDir: OUTPUT });
    if (appUrl !== null) {
      const profileDir = join(OUTPUT, 'profiles');
      if (profileChanges > 0) mkdirSync(profileDir, { recursive: true });
      switched = await measureIndicatorSwitch(browser, withBenchHook(appUrl), { changes, profileChanges, profileDir });
      hovered = await measureMapHover(browser, appUrl);
      if (pointCounts.length > 0) points = await measurePoints(browser, appUrl, { counts: pointCounts });
    }
    if (withImport) {
      mkdirSync(OUTPUT, { recursive: true });
      const server = await serveDist(APP_DIST);
      servers.push(server);
      importCsv = await measureImportCsv(browser, `${server.url}?lang=en`, syntheticCsv(repo, OUTPUT));
      importCsvRejects = await measureImportCsv(browser, `${server.url}?lang=en`, syntheticCsv(repo, OUTPUT, 500_000, 2));
      importXlsx = await measureImportCsv(browser, `${server.url}?lang=en`, syntheticXlsx(repo, OUTPUT));
      importPoints = measureImportPoints(repo);
    }
  } finally {
    const version = browser.version();
    await browser.close();
    await Promise.all(servers.map((s) => s.close()));
    process.stderr.write(`chromium ${version}\n`);
  }

  const summaries = results.map(summarizeResult);
  console.log(sizeReport(appSize, refSize));
  if (summaries.length > 0) {
    console.log('');
    console.log(timingReport(MAP_READY_MARK, summaries));
  }
  const appResult = results.find((r) => r.label === 'app');
  const chartsReady = appResult === undefined ? null : extraMarkSummary(appResult, CHARTS_READY_MARK);
  if (appResult !== undefined) {
    console.log('');
    console.log(extraMarkReport(CHARTS_READY_MARK, 'app', chartsReady));
  }
  const switchSummary = switched === null ? null : summarizeSwitch(switched);
  if (switched !== null && switchSummary !== null) {
    console.log('');
    console.log(switchReport(switched, switchSummary));
    if (switched.profiles.length > 0) console.log(`CPU profiles of ${switched.profiles.length} more changes: ${join(OUTPUT, 'profiles')}`);
  }

  const hoverSummary = hovered === null ? null : summarizeHover(hovered);
  if (hovered !== null && hoverSummary !== null) console.log(`\n${hoverReport(hovered, hoverSummary)}`);

  if (importCsv !== null) console.log(`\n${importCsvReport(importCsv)}`);
  if (importCsvRejects !== null) console.log(`\nThe same with every second row's province unknown (250,000 rejected rows):\n${importCsvReport(importCsvRejects)}`);
  if (importXlsx !== null) console.log(`\nAn Excel school list as offices export it (title row, header on row 3, Thai names; target ≤ 5 s):\n${importCsvReport(importXlsx)}`);
  if (importPoints !== null) console.log(`\n${importPointsReport(importPoints)}`);
  if (points !== null) {
    console.log('');
    console.log(pointsReport(points, table));
  }

  const blocked = [
    ...[importCsv, importCsvRejects].flatMap((b) => b?.blocked.map((url) => `import: ${url}`) ?? []),
    ...(points?.blocked.map((url) => `points: ${url}`) ?? []),
    ...results.flatMap((r) => r.blocked.map((url) => `${r.label}: ${url}`)),
    ...(switched?.blocked.map((url) => `indicator switch: ${url}`) ?? []),
  ];
  const failed = [
    ...results.filter((r) => r.failure !== null),
    ...(switched !== null && switched.failure !== null ? [switched] : []),
    ...(hovered !== null && hovered.failure !== null ? [hovered] : []),
    ...(points !== null && points.failure !== null ? [points] : []),
  ];
  const errors = [
    ...[importCsv, importCsvRejects].flatMap((b) => b?.errors.map((e) => `import: ${e}`) ?? []),
    ...results.flatMap((r) => r.errors.map((e) => `${r.label} ${e}`)),
    ...(switched?.errors.map((e) => `indicator switch: ${e}`) ?? []),
    ...(hovered?.errors.map((e) => `map hover: ${e}`) ?? []),
    ...(points?.errors ?? []),
  ];
  if (errors.length > 0) console.log(`\nPage errors (${errors.length}):\n  ${errors.slice(0, 20).join('\n  ')}`);
  if (blocked.length > 0) console.log(`\nRequests that tried to leave the machine (aborted):\n  ${blocked.join('\n  ')}`);

  mkdirSync(OUTPUT, { recursive: true });
  const json = {
    date: new Date().toISOString(),
    node: process.version,
    softwareGl: softwareGlOf(launch),
    chromiumFlags: chromiumFlags(launch),
    runs,
    sizes: { app: appSize, reference: refSize },
    mapReady: summaries,
    chartsReady,
    samples: results,
    indicatorSwitch: switched === null ? null : { summary: switchSummary, ...switched },
    mapHover: hovered === null ? null : { summary: hoverSummary, ...hovered },
    import: { csv: importCsv, csvRejects: importCsvRejects, points: importPoints },
    points,
  };
  writeFileSync(join(OUTPUT, 'latest.json'), `${JSON.stringify(json, null, 2)}\n`);
  console.log(`\nFigures written to ${join(OUTPUT, 'latest.json')}; screenshots beside it.`);

  return failed.length > 0 || blocked.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
