// `npm run bench`: builds the reference page, then compares the built app (dist/) with it on
// bytes shipped, time to atlas:map-ready and JS heap. Prints figures; does not judge them, but
// exits non-zero when a page never reaches the mark or any request tried to leave the machine.
// Options: --runs=N (cold loads per page, default 7), --only=app|reference.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { chromiumFlags, launchChromium } from '../tests/support/browser.ts';
import { serveDist } from '../tests/support/serve.ts';
import type { StaticServer } from '../tests/support/serve.ts';
import type { Target, TargetResult } from './coldLoads.ts';
import { entrySize } from './entrySize.ts';
import type { EntrySize } from './entrySize.ts';
import { MAP_READY_MARK, measureMapReady } from './mapReady.ts';
import { sizeReport, summarizeResult, timingReport } from './report.ts';

const repo = resolve(fileURLToPath(import.meta.url), '../..');
// ATLAS_DIST (as in the e2e globalSetup) points the bench at another build of the app.
const APP_DIST = resolve(repo, process.env.ATLAS_DIST ?? 'dist');
const REF_DIST = join(repo, 'bench/dist/reference');
const OUTPUT = join(repo, 'bench/output');

const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' }, only: { type: 'string' } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer, got ${values.runs}`);
const only = values.only;
if (only !== undefined && only !== 'app' && only !== 'reference') throw new Error('--only must be app or reference');
const withApp = only !== 'reference';
const withRef = only !== 'app';

async function main(): Promise<number> {
  // The reference is always built: its sizes are the yardstick even when only the app is timed.
  await build({ configFile: join(repo, 'bench/reference/vite.config.ts'), logLevel: 'warn' });
  if (withApp && !existsSync(join(APP_DIST, 'index.html'))) {
    throw new Error(`${APP_DIST}/index.html is missing: run npm run build first (npm run bench does)`);
  }
  const appSize: EntrySize | null = withApp ? entrySize(APP_DIST) : null;
  const refSize = entrySize(REF_DIST);

  const servers: StaticServer[] = [];
  const browser = await launchChromium();
  let results: TargetResult[];
  try {
    const targets: Target[] = [];
    if (withApp) {
      const server = await serveDist(APP_DIST);
      servers.push(server);
      // English UI: the reference has no text, and en is the locale the benchmark is defined on.
      targets.push({ label: 'app', url: `${server.url}?lang=en` });
    }
    if (withRef) {
      const server = await serveDist(REF_DIST);
      servers.push(server);
      targets.push({ label: 'reference', url: server.url });
    }
    results = await measureMapReady(browser, targets, { runs, timeoutMs: 60_000, screenshotDir: OUTPUT });
  } finally {
    const version = browser.version();
    await browser.close();
    await Promise.all(servers.map((s) => s.close()));
    process.stderr.write(`chromium ${version}\n`);
  }

  const summaries = results.map(summarizeResult);
  console.log(sizeReport(appSize, refSize));
  console.log('');
  console.log(timingReport(MAP_READY_MARK, summaries));

  const blocked = results.flatMap((r) => r.blocked.map((url) => `${r.label}: ${url}`));
  const failed = results.filter((r) => r.failure !== null);
  const errors = results.flatMap((r) => r.errors.map((e) => `${r.label} ${e}`));
  if (errors.length > 0) console.log(`\nPage errors (${errors.length}):\n  ${errors.slice(0, 20).join('\n  ')}`);
  if (blocked.length > 0) console.log(`\nRequests that tried to leave the machine (aborted):\n  ${blocked.join('\n  ')}`);

  mkdirSync(OUTPUT, { recursive: true });
  const json = {
    date: new Date().toISOString(),
    node: process.version,
    chromiumFlags: chromiumFlags(),
    runs,
    sizes: { app: appSize, reference: refSize },
    mapReady: summaries,
    samples: results,
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
