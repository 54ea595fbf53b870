// Shared pieces of the comparison-mode e2e files (bivariateMode, multiplesMode): the production
// build served with its CSP beside a partner page that frames it (atlas:set from the host), a
// fixture story with a slide per mode, and the axe audit's serious violations.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { cspHeader } from '../../deploy/csp.ts';
import { openPage, type OpenedPage } from '../support/browser.ts';
import { serveStatic, type RunningServer } from '../support/staticServer.ts';
import { CSP_LISTENER, READY_TIMEOUT } from './support.ts';

const DIST = resolve(process.env.ATLAS_DIST ?? 'dist');

/** A two-slide story: the bivariate map of GPP per head × HAI, then HAI in small multiples. */
export const MODES_STORY = {
  version: 1,
  id: 'modes-e2e',
  title: { th: 'สองโหมดของแผนที่', en: 'Two map modes' },
  slides: [
    {
      title: { th: 'รายได้และการพัฒนาคน', en: 'Income and human achievement' },
      body: { th: 'สองตัวชี้วัดบนแผนที่เดียว', en: 'Two indicators on one map.' },
      indicator: 'hai',
      bivariate: true,
      scatter: ['gpp-per-capita', 'hai'],
    },
    {
      title: { th: 'ทุกปี', en: 'Every year' },
      body: { th: 'ดัชนีความก้าวหน้าของคนทุกปี', en: 'The index, every year.' },
      indicator: 'hai',
      multiples: true,
    },
  ],
};

export interface ModeServers {
  app: RunningServer;
  host: RunningServer;
  close: () => Promise<void>;
}

/** The atlas (production CSP, the host allowed, the fixture story) and a partner page that frames it. */
export async function startModeServers(): Promise<ModeServers> {
  const site = mkdtempSync(join(tmpdir(), 'atlas-modes-host-'));
  writeFileSync(
    join(site, 'host.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner page</title></head><body>
<iframe title="Learning City Atlas" width="1000" height="720"></iframe>
<script>window.msgs = []; addEventListener('message', (e) => window.msgs.push(e.data));
document.querySelector('iframe').src = new URLSearchParams(location.search).get('app');</script></body></html>`,
  );
  const host = await serveStatic(site);
  const app = await serveStatic(DIST, {
    headers: { 'content-security-policy': cspHeader() },
    overrides: { '/embed-config.json': JSON.stringify({ allowedOrigins: [host.origin] }), '/stories/modes-e2e.json': JSON.stringify(MODES_STORY) },
  });
  return { app, host, close: async () => void (await Promise.all([app.close(), host.close()])) };
}

/** Opens the partner page with the atlas embedded (`query` after `embed=1`), once the atlas said ready. */
export async function openEmbedded(browser: Browser, s: ModeServers, query: string): Promise<OpenedPage & { frame: Frame }> {
  const app = `${s.app.url}?embed=1&${query}`;
  const o = await openPage(browser, `${s.host.url}host.html?app=${encodeURIComponent(app)}`, { viewport: { width: 1100, height: 800 }, initScript: CSP_LISTENER, locale: 'en-GB' });
  await o.page.waitForFunction(() => (window as unknown as { msgs: { type?: string }[] }).msgs.some((m) => m?.type === 'atlas:ready'), null, { timeout: READY_TIMEOUT });
  const frame = o.page.frames().find((f) => f.url().includes('embed=1'));
  if (!frame) throw new Error('no atlas frame');
  return { ...o, frame };
}

/** Sends `atlas:set` from the host page to the embedded atlas. */
export async function sendSet(page: Page, patch: Record<string, unknown>): Promise<void> {
  await page.evaluate((p) => document.querySelector('iframe')!.contentWindow!.postMessage({ type: 'atlas:set', ...p }, '*'), patch);
}

export async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`);
}

/** The map summary's attribute `name` (data-mode, data-highlight, data-hover, …) in a page or frame. */
export const summaryAttr = (p: Page | Frame, name: string) => p.getByTestId('map-summary').getAttribute(name);

/** Waits until the map summary's `name` attribute is `value`. */
export async function waitForSummary(p: Page | Frame, name: string, value: string): Promise<void> {
  await p.waitForFunction(
    ([n, v]) => document.querySelector('[data-testid="map-summary"]')?.getAttribute(n as string) === v,
    [name, value] as const,
    { timeout: READY_TIMEOUT },
  );
}
