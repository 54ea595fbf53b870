// End-to-end: the production build served by real nginx through examples/nginx.conf (only its
// `listen` and `root` replaced): the headers README → Deploy promises, and the dashboard and
// embed mode in Chromium with zero CSP violations and zero errors.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, watch, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeContexts, openPage, sharedChromium, waitForMark, type OpenedPage } from '../support/browser.ts';
import { cspHeader } from '../../deploy/csp.ts';
import { CSP_LISTENER, expectCleanPages, READY_TIMEOUT, shot } from './support.ts';

const DIST = resolve(process.env.ATLAS_DIST ?? 'dist');
const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });
}

let nginx: ChildProcess | undefined;
let base = '';
let browser: Browser;
const opened: OpenedPage[] = [];

beforeAll(async () => {
  if (!NGINX) throw new Error('nginx not found: apt-get install nginx-light (.ci/run does)');
  const dir = mkdtempSync(join(tmpdir(), 'atlas-nginx-'));
  const port = await freePort();
  const site = readFileSync('examples/nginx.conf', 'utf8')
    .replace(/^\s*listen\s+\d+;/m, `    listen 127.0.0.1:${port};`)
    .replace(/^\s*root\s+[^;]+;/m, `    root ${DIST};`);
  expect(site).toContain(`root ${DIST};`);
  writeFileSync(join(dir, 'atlas.conf'), site);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${dir}/${t};`).join(' ');
  writeFileSync(
    join(dir, 'nginx.conf'),
    `daemon off; master_process off; pid ${dir}/nginx.pid; error_log ${dir}/error.log warn;
     events {}
     http { include /etc/nginx/mime.types; default_type application/octet-stream; access_log off; ${temp}
            include ${dir}/atlas.conf; }`,
  );
  const check = spawnSync(NGINX, ['-t', '-p', dir, '-c', join(dir, 'nginx.conf')], { encoding: 'utf8' });
  expect(check.status, check.stderr).toBe(0);
  nginx = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'ignore' });
  base = `http://127.0.0.1:${port}/`;
  // nginx writes its pid file after it has bound the listening socket: wait for that file.
  await waitForFile(join(dir, 'nginx.pid'), 20_000);
  expect((await fetch(base)).ok).toBe(true);
  browser = await sharedChromium();
});

afterAll(async () => {
  await expectCleanPages(opened);
  await closeContexts(opened);
  nginx?.kill('SIGTERM');
});

describe('served by nginx with examples/nginx.conf', () => {
  it('sends the CSP, caching and MIME headers the README promises', async () => {
    const index = await fetch(base);
    expect(index.headers.get('content-security-policy')).toBe(cspHeader());
    expect(index.headers.get('cache-control')).toBe('no-cache');
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(index.headers.get('x-frame-options')).toBeNull();

    const assets = readdirSync(join(DIST, 'assets'));
    const js = assets.find((f) => f.startsWith('index-') && f.endsWith('.js'))!;
    const worker = assets.find((f) => f.startsWith('maplibre-gl-worker-'))!;
    const font = assets.find((f) => f.endsWith('.woff2'))!;
    for (const [file, type] of [[js, 'application/javascript; charset=utf-8'], [worker, 'application/javascript; charset=utf-8'], [font, 'font/woff2']] as const) {
      const r = await fetch(`${base}assets/${file}`, { headers: { 'accept-encoding': 'gzip' } });
      expect(r.status, file).toBe(200);
      expect(r.headers.get('content-type'), file).toBe(type);
      expect(r.headers.get('cache-control'), file).toBe('public, max-age=31536000, immutable');
      expect(r.headers.get('content-security-policy'), file).toBe(cspHeader());
    }
    const data = await fetch(`${base}data/indicators.json`, { headers: { 'accept-encoding': 'gzip' } });
    expect(data.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(data.headers.get('cache-control')).toBe('no-cache');
    for (const file of ['embed.js', 'embed-config.json']) expect((await fetch(`${base}${file}`)).headers.get('cache-control'), file).toBe('no-cache');
  });

  for (const query of ['?lang=th&province=TH-56', '?lang=en&embed=1&indicator=density']) {
    it(`runs with zero CSP violations: ${query}`, async () => {
      const o = await openPage(browser, `${base}${query}`, { initScript: CSP_LISTENER });
      opened.push(o);
      await waitForMark(o.page, 'atlas:map-ready', READY_TIMEOUT);
      if (query.includes('embed')) await o.page.locator('svg[data-chart="regions"]').waitFor();
      else await waitForMark(o.page, 'atlas:charts-ready', READY_TIMEOUT);
      await shot(o.page, `nginx-${query.includes('embed') ? 'embed' : 'dashboard'}`);
    });
  }
});

/** Resolves when `path` exists (watching its folder), rejects after `timeoutMs`. */
function waitForFile(path: string, timeoutMs: number): Promise<void> {
  return new Promise((done, fail) => {
    const watcher = watch(dirname(path));
    const finish = (err?: Error) => {
      clearTimeout(timer);
      watcher.close();
      if (err) fail(err);
      else done();
    };
    const timer = setTimeout(() => finish(new Error(`${path} did not appear within ${timeoutMs} ms`)), timeoutMs);
    watcher.on('change', () => existsSync(path) && finish());
    if (existsSync(path)) finish();
  });
}
