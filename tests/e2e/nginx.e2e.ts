// End-to-end: the production build served by real nginx through examples/nginx.conf (only its
// `listen` and `root` replaced): the headers README → Deploy promises, and the dashboard and
// embed mode in Chromium with zero CSP violations and zero errors.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeContexts, openPage, sharedChromium, waitForMark, type OpenedPage } from '../support/browser.ts';
import { cspHeader } from '../../deploy/csp.ts';
import { CSP_LISTENER, expectCleanPages, READY_TIMEOUT, shot } from './support.ts';
import { DIST, startNginx } from './nginxServer.ts';

let nginx: Awaited<ReturnType<typeof startNginx>> | undefined;
let base = '';
let browser: Browser;
const opened: OpenedPage[] = [];

beforeAll(async () => {
  nginx = await startNginx();
  base = nginx.base;
  browser = await sharedChromium();
});

afterAll(async () => {
  await expectCleanPages(opened);
  await closeContexts(opened);
  nginx?.stop();
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
