// End-to-end: a partner page on one localhost origin embeds the atlas from another, both served
// with the production CSP header. The host gets atlas:ready, drives the map with atlas:set,
// hears atlas:select after a click inside the iframe, and the iframe follows atlas:resize.
// A host on an origin that is not on the allow-list can neither hear nor drive it.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeContexts, openPage, sharedChromium, type OpenedPage } from '../support/browser.ts';
import { serveStatic, type RunningServer } from '../support/staticServer.ts';
import { cspHeader } from '../../deploy/csp.ts';
import { AxeBuilder } from '@axe-core/playwright';
import { appSession, CSP_LISTENER, expectCleanPages, POLL_MS, READY_TIMEOUT, shot } from './support.ts';

const DIST = resolve(process.env.ATLAS_DIST ?? 'dist');

type Msg = { type: string; [k: string]: unknown };

let browser: Browser;
let app: RunningServer;
let host: RunningServer;
let stranger: RunningServer;
const opened: OpenedPage[] = [];

/**
 * The example partner site as a partner deploys it: examples/host/ (not part of the atlas's build)
 * beside a copy of the atlas's embed.js.
 */
function partnerSite(): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-partner-'));
  mkdirSync(join(dir, 'examples'));
  for (const f of readdirSync('examples/host')) copyFileSync(join('examples/host', f), join(dir, 'examples', f));
  copyFileSync(join(DIST, 'embed.js'), join(dir, 'embed.js'));
  return dir;
}

beforeAll(async () => {
  const headers = { 'content-security-policy': cspHeader() };
  // The partner pages carry their own CSP (a <meta> in examples/host/host.html), not the atlas's.
  const site = partnerSite();
  host = await serveStatic(site);
  stranger = await serveStatic(site);
  app = await serveStatic(DIST, { headers, overrides: { '/embed-config.json': JSON.stringify({ allowedOrigins: [host.origin] }) } });
  browser = await sharedChromium();
});

afterAll(async () => {
  await expectCleanPages(opened);
  await closeContexts(opened);
  await Promise.all([app?.close(), host?.close(), stranger?.close()]);
});

it('leaves the partner example out of the production build (it would frame any URL from our origin)', () => {
  expect(existsSync(join(DIST, 'examples'))).toBe(false);
  expect(existsSync(join(DIST, 'embed.js'))).toBe(true);
});

async function openHost(server: RunningServer, query: string, viewport = { width: 1100, height: 900 }): Promise<OpenedPage> {
  const url = `${server.url}examples/host.html?app=${encodeURIComponent(`${app.url}${query}`)}`;
  const o = await openPage(browser, url, { viewport, initScript: CSP_LISTENER, locale: 'en-GB', waitPollingMs: POLL_MS });
  opened.push(o);
  return o;
}

async function atlasFrame(page: Page): Promise<Frame> {
  const isAtlas = (fr: Frame) => fr.url().startsWith(app.origin);
  // Listen before looking, so a navigation between the two is not missed.
  const navigated = page.waitForEvent('framenavigated', { predicate: isAtlas, timeout: READY_TIMEOUT });
  navigated.catch(() => {});
  const f = page.frames().find(isAtlas) ?? (await navigated);
  await f.waitForFunction(() => performance.getEntriesByName('atlas:map-ready').length > 0, null, { timeout: READY_TIMEOUT, polling: 100 });
  return f;
}

/**
 * The host's log once every message the atlas posted so far has arrived: the frame posts a probe
 * after them, and one window's messages to another are delivered in order.
 */
async function logAfterProbe(page: Page, frame: Frame): Promise<Msg[]> {
  type W = { hostLog: Msg[]; __probe: Promise<Msg[]> };
  await page.evaluate(() => {
    const w = window as unknown as W;
    w.__probe = new Promise<Msg[]>((done) => {
      addEventListener('message', (e) => {
        if ((e.data as Msg | null)?.type === 'probe') done(w.hostLog.slice());
      });
    });
  });
  await frame.evaluate(() => parent.postMessage({ type: 'probe' }, '*'));
  return page.evaluate(() => (window as unknown as W).__probe);
}

/**
 * Resolves once the atlas in `frame` has received `n` more `atlas:set` messages and rendered
 * after them: its own listener runs after the bridge's for the same message.
 */
async function armSetCounter(frame: Frame, n: number): Promise<() => Promise<void>> {
  await frame.evaluate((count) => {
    const w = window as unknown as { __sets: Promise<void> };
    w.__sets = new Promise<void>((done) => {
      let seen = 0;
      addEventListener('message', (e) => {
        if ((e.data as Msg | null)?.type === 'atlas:set' && ++seen === count) requestAnimationFrame(() => requestAnimationFrame(() => done()));
      });
    });
  }, n);
  return () => frame.evaluate(() => (window as unknown as { __sets: Promise<void> }).__sets);
}

const log = (page: Page) => page.evaluate(() => (window as unknown as { hostLog: Msg[] }).hostLog);

async function waitForMessage(page: Page, type: string, match: Record<string, unknown> = {}): Promise<Msg> {
  const handle = await page.waitForFunction(
    ([t, m]) => {
      // Deep partial match: every key in m, recursively, equals the message's.
      const sub = (a: unknown, b: unknown): boolean =>
        b !== null && typeof b === 'object' && !Array.isArray(b)
          ? a !== null && typeof a === 'object' && Object.entries(b).every(([k, v]) => sub((a as Record<string, unknown>)[k], v))
          : JSON.stringify(a) === JSON.stringify(b);
      return (window as unknown as { hostLog: Msg[] }).hostLog.find((msg) => msg.type === t && sub(msg, m)) ?? null;
    },
    [type, match] as const,
    { timeout: 30_000 },
  );
  return (await handle.jsonValue()) as Msg;
}

describe('embedding on a partner page (postMessage API)', () => {
  it('announces ready, obeys atlas:set, reports a click as atlas:select, and follows atlas:resize', async () => {
    const { page } = await openHost(host, '?lang=en');
    const frame = await atlasFrame(page);
    const ready = await waitForMessage(page, 'atlas:ready');
    expect(ready).toMatchObject({ version: 1, state: { lang: 'en', indicator: 'hai', province: [] } });
    expect(frame.url()).toContain('embed=1');

    // atlas:set from the host: indicator and a province.
    await page.click('#show-phayao');
    await waitForMessage(page, 'atlas:select', { province: 'TH-56' });
    await frame.waitForFunction(() => document.querySelector('[data-testid="map-summary"]')?.getAttribute('data-indicator') === 'density');
    const state = await waitForMessage(page, 'atlas:state', { state: { indicator: 'density', province: ['TH-56'] } });
    expect(new URL((state.state as { url: string }).url).searchParams.has('embed')).toBe(false);
    await frame.waitForFunction(() => new URL(location.href).searchParams.get('province') === 'TH-56' && new URL(location.href).searchParams.get('indicator') === 'density');
    expect(await page.locator('#selected').innerText()).toBe('Phayao (TH-56)');

    // A bad value is answered with atlas:error naming the field, and changes nothing.
    await page.evaluate(() => (document.querySelector('atlas-map') as HTMLElement & { set: (p: unknown) => void }).set({ year: 'soon', lang: 'th' }));
    const error = await waitForMessage(page, 'atlas:error');
    expect(error).toMatchObject({ field: 'year' });
    expect(await frame.evaluate(() => document.documentElement.lang)).toBe('en');

    // The camera: an exact view, committed to the iframe's URL like a user's move.
    await page.evaluate(() => (document.querySelector('atlas-map') as HTMLElement & { set: (p: unknown) => void }).set({ view: { lon: 101, lat: 15, zoom: 5.5 } }));
    await frame.waitForFunction(() => new URL(location.href).searchParams.get('view') === '101,15,5.5');
    await page.evaluate(() => (document.querySelector('atlas-map') as HTMLElement & { set: (p: unknown) => void }).set({ view: null }));
    await frame.waitForFunction(() => !new URL(location.href).searchParams.has('view'));

    // A click on a province inside the iframe reaches the host as atlas:select.
    const label = frame.locator('.province-label[data-iso="TH-30"]');
    const box = await label.boundingBox();
    if (!box) throw new Error('no Nakhon Ratchasima label');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const select = await waitForMessage(page, 'atlas:select', { province: 'TH-30' });
    expect(select).toMatchObject({ provinces: ['TH-30'], name: { en: 'Nakhon Ratchasima', th: 'นครราชสีมา' } });
    await shot(page, `embed-host-desktop`, { fullPage: true });

    // The iframe is as tall as the atlas says, and follows it when the page gets narrow.
    const iframeHeight = () => page.evaluate(() => document.querySelector('atlas-map iframe')!.getBoundingClientRect().height);
    const lastResize = async () => (await log(page)).filter((m) => m.type === 'atlas:resize').at(-1)?.height as number;
    const wide = await lastResize();
    expect(wide).toBeGreaterThan(300);
    expect(Math.round(await iframeHeight())).toBe(wide);
    await page.setViewportSize({ width: 360, height: 800 });
    // The narrow height has arrived and the host has applied it to the iframe.
    await page.waitForFunction((h) => {
      const last = (window as unknown as { hostLog: Msg[] }).hostLog.filter((m) => m.type === 'atlas:resize').at(-1)?.height as number;
      return last !== h && Math.round(document.querySelector('atlas-map iframe')!.getBoundingClientRect().height) === last;
    }, wide);
    const narrow = await lastResize();
    expect(narrow).not.toBe(wide);
    expect(Math.round(await iframeHeight())).toBe(narrow);
    expect(await frame.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(await frame.evaluate(() => window.innerWidth));
    await shot(page, `embed-host-phone`, { fullPage: true });
  });

  it('ignores a host whose origin is not on the allow-list', async () => {
    const { page } = await openHost(stranger, '?lang=en');
    const frame = await atlasFrame(page);
    // It hears nothing (the atlas only talks to allowed origins) …
    expect(await logAfterProbe(page, frame)).toEqual([]);
    // … and its requests change nothing, through the helper or a raw postMessage.
    const handled = await armSetCounter(frame, 2);
    await page.click('#show-phayao');
    await page.evaluate(() => document.querySelector('iframe')!.contentWindow!.postMessage({ type: 'atlas:set', lang: 'th', indicator: 'population' }, '*'));
    await handled();
    expect(await frame.evaluate(() => document.querySelector('[data-testid="map-summary"]')?.getAttribute('data-indicator'))).toBe('hai');
    expect(await frame.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(new URL(frame.url()).searchParams.get('province')).toBeNull();
    expect(await logAfterProbe(page, frame)).toEqual([]);
  });
});

describe('embed mode on its own: accessibility and small widths', () => {
  const session = appSession();
  beforeAll(() => session.start());
  afterAll(() => session.stop());

  for (const lang of ['th', 'en'] as const) {
    for (const [device, viewport] of [['desktop', { width: 1280, height: 800 }], ['phone', { width: 390, height: 844 }]] as const) {
      it(`has no serious or critical axe violations: ${lang}, ${device}`, async () => {
        const { page } = await session.open(`?lang=${lang}&embed=1&province=TH-56`, { viewport, touch: device === 'phone' });
        await page.getByTestId('embed').waitFor();
        await page.locator('svg[data-chart="regions"]').waitFor();
        const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        const serious = result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`);
        expect(serious).toEqual([]);
        // No editing chrome; a way out to the full dashboard in a new tab.
        expect(await page.locator('.toolbar, .header-actions, .data-table').count()).toBe(0);
        const link = page.getByTestId('open-full-dashboard');
        expect(await link.getAttribute('target')).toBe('_blank');
        expect(await link.getAttribute('rel')).toContain('noopener');
        expect(new URL((await link.getAttribute('href'))!).searchParams.get('embed')).toBeNull();
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
        await shot(page, `embed-${lang}-${device}`, { fullPage: true });
      });
    }
  }

  it('fits a 300 px wide iframe without horizontal scrolling', async () => {
    const { page } = await session.open('?lang=th&embed=1', { viewport: { width: 300, height: 600 } });
    await page.locator('svg[data-chart="regions"]').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
    await shot(page, `embed-th-300`, { fullPage: true });
  });
});
