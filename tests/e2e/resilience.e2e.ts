// End-to-end: the WebGL map survives a lost GPU context, and a data file that fails does not take
// the atlas down. Context loss is forced through WEBGL_lose_context on the map's canvases
// (MapLibre's and deck.gl's); a failed file through a route that answers 500.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appSession, labelCentre, READY_TIMEOUT, waitForParam, shot } from './support.ts';
import { openPage, sharedChromium, waitForMark } from '../support/browser.ts';
import { inject } from 'vitest';

const app = appSession();
beforeAll(() => app.start());
afterAll(() => app.stop());

/** Loses the WebGL context of every canvas in the map; keeps the extensions to restore them. */
async function loseContexts(page: Page): Promise<number> {
  return page.evaluate(() => {
    const canvases = [...document.querySelectorAll<HTMLCanvasElement>('.map canvas')];
    const w = window as unknown as { __lostHandled: number };
    w.__lostHandled = 0;
    const exts = canvases.map((c) => {
      c.dataset.before = 'loss';
      // A target-phase listener runs after the app's capturing one on the map container.
      c.addEventListener('webglcontextlost', () => (w.__lostHandled += 1), { once: true });
      const gl = c.getContext('webgl2');
      const ext = gl?.getExtension('WEBGL_lose_context');
      if (!ext) throw new Error('no WEBGL_lose_context');
      ext.loseContext();
      return ext;
    });
    (window as unknown as { __lost: WEBGL_lose_context[] }).__lost = exts;
    return exts.length;
  });
}

const canvasesLost = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll<HTMLCanvasElement>('.map canvas')].map((c) => c.getContext('webgl2')?.isContextLost() ?? null));

describe('lost WebGL context', () => {
  it('comes back when the context is restored: the map draws and picks again, the selection is intact', async () => {
    const { page } = await app.open('?lang=en&indicator=hai&province=TH-56');
    expect(await loseContexts(page)).toBe(2);
    expect(await canvasesLost(page)).toEqual([true, true]);
    // Restoring works only once the loss was handled (the app's preventDefault).
    await page.waitForFunction(() => (window as unknown as { __lostHandled: number }).__lostHandled === 2);
    await page.evaluate(() => (window as unknown as { __lost: WEBGL_lose_context[] }).__lost.forEach((e) => e.restoreContext()));
    // deck.gl's overlay is recreated on a fresh canvas; MapLibre restores its own.
    await page.waitForFunction(() => document.querySelector('.map canvas:not(.maplibregl-canvas):not([data-before])') !== null);
    expect(await canvasesLost(page)).toEqual([false, false]);
    expect(await page.locator('path.svg-province').count()).toBe(0);
    // Picking needs a working deck.gl device: hovering a province shows its tooltip again.
    const at = await labelCentre(page, 'TH-50');
    await page.mouse.move(at.x, at.y);
    await page.locator('.tooltip[data-iso="TH-50"]').waitFor({ timeout: 20_000 });
    // A look at it afterwards (the pixels of a lost canvas can linger, so picking is the proof).
    await page.mouse.move(5, 5);
    await shot(page, `context-restored`);
    expect(await page.getByTestId('detail-panel').locator('h2').innerText()).toBe('Phayao');
    await waitForParam(page, 'province', 'TH-56');
  });

  it('falls back to the SVG map when the context does not come back, keeping the state', async () => {
    const { page } = await app.open('?lang=en&indicator=gpp-per-capita&province=TH-56,TH-10');
    await loseContexts(page);
    // The fallback waits a few seconds for the context to return, then switches renderer.
    await page.locator('.map[data-renderer="svg"] path.svg-province').first().waitFor({ timeout: 30_000 });
    expect(await page.locator('path.svg-province').count()).toBe(77);
    expect(await page.locator('.svg-map-notice').innerText()).toContain('graphics card');
    expect(await page.locator('[data-outline]').evaluateAll((ps) => ps.map((p) => p.getAttribute('data-outline')))).toEqual(['TH-56', 'TH-10']);
    expect(await page.getByTestId('map-summary').getAttribute('data-indicator')).toBe('gpp-per-capita');
    await waitForParam(page, 'province', 'TH-56,TH-10');
    await shot(page, `context-lost-svg`);
  });
});

describe('loading', () => {
  it('fetches the five data files once each, starting before the entry script has finished loading', async () => {
    const { page } = await app.open('?lang=en');
    const entries = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => {
        const r = e as PerformanceResourceTiming;
        return { name: new URL(r.name).pathname, start: r.startTime, end: r.responseEnd };
      }),
    );
    const data = entries.filter((e) => e.name.includes('/data/'));
    expect(data.map((e) => e.name.split('/').pop()).sort()).toEqual([
      'basemap.topo.json',
      'indicators.json',
      'places.json',
      'provinces.json',
      'provinces.topo.json',
    ]);
    const entryScript = entries.find((e) => /\/assets\/index-[^/]+\.js$/.test(e.name));
    if (!entryScript) throw new Error('no entry script among the resources');
    // index.html's preload links start them in parallel with the bundle, not after it ran.
    for (const d of data) expect(d.start).toBeLessThan(entryScript.end);
  });
});

describe('a code chunk that fails to load', () => {
  it('shows the charts panel failed, and "Reload this panel" fetches the chunk again and draws the charts', async () => {
    const opened = await openPage(await sharedChromium(), 'about:blank', { locale: 'en-GB' });
    try {
      const { page, errors, blocked } = opened;
      let fail = true;
      let fetched = 0;
      await page.route(/\/assets\/ChartsPanel-[^/]+\.js$/, (r) => {
        fetched++;
        return fail ? r.fulfill({ status: 503, body: 'unavailable' }) : r.continue();
      });
      await page.goto(`${inject('baseUrl')}?lang=en`);
      await waitForMark(page, 'atlas:map-ready', READY_TIMEOUT);
      const failed = page.getByTestId('panel-error');
      await failed.waitFor();
      expect(await failed.innerText()).toContain('This part of the page stopped working.');
      expect(fetched).toBeGreaterThan(0);
      const before = fetched;
      fail = false;
      await failed.getByRole('button', { name: 'Reload this panel' }).click();
      expect(await waitForMark(page, 'atlas:charts-ready', 30_000)).toBeGreaterThan(0);
      expect(fetched).toBeGreaterThan(before);
      expect(await page.getByTestId('panel-error').count()).toBe(0);
      expect(blocked).toEqual([]);
      // The failed request, and React reporting the error the boundary caught; nothing else.
      expect(errors.length).toBeGreaterThan(0);
      for (const e of errors) expect(e).toMatch(/503 \(Service Unavailable\)|Failed to fetch dynamically imported module|ChartsPanel/);
      await opened.context.close();
    } finally {
      await opened.context.close();
    }
  });
});

describe('a data file that fails', () => {
  it('names places.json and why, while the map, indicators and selection keep working', async () => {
    const opened = await openPage(await sharedChromium(), 'about:blank', { locale: 'en-GB' });
    try {
      const { page, errors, blocked } = opened;
      await page.route('**/data/places.json', (r) => r.fulfill({ status: 500, body: 'server error' }));
      await page.goto(`${inject('baseUrl')}?lang=en&indicator=hai`);
      await waitForMark(page, 'atlas:map-ready', READY_TIMEOUT);
      const notice = page.locator('.data-failures');
      expect(await notice.getAttribute('role')).toBe('alert');
      expect(await notice.locator('li').allInnerTexts()).toEqual(['places.json: HTTP 500']);
      await page.getByTestId('province-search').focus();
      await page.keyboard.type('phayao');
      await page.locator('.combobox-list [data-key="TH-56"]').waitFor();
      await page.keyboard.press('Enter');
      await waitForParam(page, 'province', 'TH-56');
      expect(await page.getByTestId('detail-panel').locator('h2').innerText()).toBe('Phayao');
      expect(await waitForMark(page, 'atlas:charts-ready', 30_000)).toBeGreaterThan(0);
      await shot(page, `places-failed`);
      expect(blocked).toEqual([]);
      // The browser reports the failed request itself; nothing else may fail, and no promise
      // rejection may go unhandled (those arrive as page errors).
      expect(errors).toEqual(['Failed to load resource: the server responded with a status of 500 (Internal Server Error)']);
      await opened.context.close();
    } finally {
      await opened.context.close();
    }
  });
});
