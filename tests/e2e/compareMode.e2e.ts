// End-to-end: compare mode (`compare=<year>`, issue 17). Two maps of one indicator in two years,
// side by side (stacked on a phone), with one camera, one hover, one selection and one legend,
// each saying its year; on the WebGL and the SVG map, in the dashboard, the embed (atlas:set) and
// a story slide. Reads what users and partners see: the URL, the map summary, the labels' places,
// the year labels, the pixels of the other map.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, sharedChromium, closeContexts, type OpenedPage } from '../support/browser.ts';
import { serveStatic, type RunningServer } from '../support/staticServer.ts';
import { cspHeader } from '../../deploy/csp.ts';
import { appSession, CSP_LISTENER, expectCleanPages, param, POLL_MS, READY_TIMEOUT, shot, waitForParam } from './support.ts';

const DIST = resolve(process.env.ATLAS_DIST ?? 'dist');
const gl = appSession();
const svg = appSession({ webgl: false });
const opened: OpenedPage[] = [];
let app: RunningServer;
let host: RunningServer;

/** A story whose first slide compares HAI 2015 with 2021 and whose second shows one year. */
function compareStory(): string {
  const shipped = JSON.parse(readFileSync('public/stories/learning-city-thailand.json', 'utf8')) as { slides: Record<string, unknown>[] };
  const base = shipped.slides.find((s) => s.indicator === 'hai')!;
  return JSON.stringify({
    version: 1,
    id: 'compare-fixture',
    title: { th: 'เทียบสองปี', en: 'Two years compared' },
    slides: [
      { ...base, camera: { kind: 'thailand' }, indicator: 'hai', year: 2021, compare: 2015 },
      { ...base, camera: { kind: 'thailand' }, indicator: 'hai', year: 2021 },
    ],
  });
}

beforeAll(async () => {
  await Promise.all([gl.start(), svg.start()]);
  // A partner site on one origin embedding the atlas from another (as embed.e2e.ts), and a story
  // file served beside the shipped ones.
  const site = mkdtempSync(join(tmpdir(), 'atlas-compare-host-'));
  mkdirSync(join(site, 'examples'));
  for (const f of readdirSync('examples/host')) copyFileSync(join('examples/host', f), join(site, 'examples', f));
  copyFileSync(join(DIST, 'embed.js'), join(site, 'embed.js'));
  host = await serveStatic(site);
  app = await serveStatic(DIST, {
    headers: { 'content-security-policy': cspHeader() },
    overrides: { '/embed-config.json': JSON.stringify({ allowedOrigins: [host.origin] }), '/stories/compare-fixture.json': compareStory() },
  });
});

afterAll(async () => {
  try {
    await expectCleanPages(opened);
  } finally {
    await closeContexts(opened);
    await Promise.all([gl.stop(), svg.stop(), app?.close(), host?.close()]);
  }
});

const summary = (page: Page | Frame) => page.locator('[data-testid="map-summary"]');
const pane = (page: Page | Frame, which: 'before' | 'after') => page.locator(`[data-testid="compare-${which}"]`);

/** Waits until both maps of compare mode are drawn (WebGL: two MapLibre canvases; SVG: 77 provinces each). */
async function waitForTwoMaps(page: Page | Frame, renderer: 'gl' | 'svg'): Promise<void> {
  await page.waitForFunction(
    (r) => {
      const maps = [...document.querySelectorAll('[data-testid="compare-maps"] .compare-pane > .map')];
      if (maps.length !== 2) return false;
      return r === 'gl'
        ? maps.every((m) => m.querySelector('canvas.maplibregl-canvas') && m.querySelector('.province-label[data-iso="TH-10"]'))
        : maps.every((m) => m.querySelectorAll('path.svg-province').length === 77);
    },
    renderer,
    { timeout: READY_TIMEOUT, polling: 100 },
  );
}

/** Where each map draws a province's label, relative to its own map (one camera: the same place). */
function labelSpots(page: Page, iso: string): Promise<string[]> {
  return page.evaluate((code) => {
    return [...document.querySelectorAll('[data-testid="compare-maps"] .compare-pane > .map')].map((m) => {
      const l = m.querySelector<HTMLElement>(`.province-label[data-iso="${code}"]`);
      return `${l?.style.transform ?? ''} ${l?.style.visibility ?? ''}`;
    });
  }, iso);
}

/** Waits until both maps place `iso`'s label at one spot that differs from `before`. */
async function waitForSyncedMove(page: Page, iso: string, before: string): Promise<string> {
  const handle = await page.waitForFunction(
    ([code, was]) => {
      const spots = [...document.querySelectorAll('[data-testid="compare-maps"] .compare-pane > .map')].map(
        (m) => m.querySelector<HTMLElement>(`.province-label[data-iso="${code}"]`)?.style.transform ?? '',
      );
      return spots.length === 2 && spots[0] !== '' && spots[0] === spots[1] && spots[0] !== was ? spots[0] : null;
    },
    [iso, before] as const,
    { timeout: 30_000, polling: 50 },
  );
  return (await handle.jsonValue()) as string;
}

/** A point on province `iso` in the map `which`: its label anchor or beside it, where hovering reports it. */
async function hoverInPane(page: Page, which: 'before' | 'after', iso: string): Promise<{ x: number; y: number }> {
  const label = pane(page, which).locator(`.province-label[data-iso="${iso}"]`);
  for (const [dx, dy] of [[0, 0], [-12, 0], [12, 0], [0, 10], [0, -10], [-20, 8], [20, 8], [-20, -8], [20, -8]] as const) {
    const box = await label.boundingBox();
    if (!box) throw new Error(`no label for ${iso}`);
    const at = { x: box.x + box.width / 2 + dx, y: box.y + box.height / 2 + dy };
    await page.mouse.move(at.x, at.y, { steps: 2 });
    const ok = await page
      .waitForFunction((code) => document.querySelector('[data-testid="map-summary"]')?.getAttribute('data-hover') === code, iso, { timeout: 1500 })
      .then(() => true, () => false);
    if (ok) return at;
  }
  throw new Error(`no point near ${iso}'s label in the ${which} map hovers it`);
}

/** Counts the WebGL contexts the page made that are still alive (a destroyed map loses its context). */
const CONTEXT_COUNTER = `
  (() => {
    const made = [];
    const orig = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
      const c = orig.call(this, type, ...rest);
      if (c && /webgl/.test(type) && !made.includes(c)) made.push(c);
      return c;
    };
    window.__liveContexts = () => made.filter((c) => !c.isContextLost()).length;
  })();`;
const liveContexts = (page: Page) => page.evaluate(() => (window as unknown as { __liveContexts: () => number }).__liveContexts());

describe('compare mode on the WebGL map', () => {
  it('opens from the URL with two maps saying their years, keeps the URL, and the mode control switches by keyboard', async () => {
    const { page } = await gl.open('?lang=en&indicator=hai&compare=2015', { initScript: CONTEXT_COUNTER });
    await waitForTwoMaps(page, 'gl');
    expect(await page.getByTestId('compare-maps').getAttribute('data-layout')).toBe('side');
    expect(await page.getByTestId('compare-year-label').allInnerTexts()).toEqual(['2015', '2021']);
    // Left of each other, the comparison year first.
    const [a, b] = [await pane(page, 'before').boundingBox(), await pane(page, 'after').boundingBox()];
    expect(a!.x + a!.width).toBeLessThanOrEqual(b!.x);
    expect(Math.abs(a!.width - b!.width)).toBeLessThanOrEqual(1);
    // The screen reader: each map labelled with its year, and one summary for both.
    expect(await pane(page, 'before').locator('.map').getAttribute('aria-label')).toMatch(/Human Achievement Index.*2015$/);
    expect(await pane(page, 'after').locator('.map').getAttribute('aria-label')).toMatch(/Human Achievement Index.*2021$/);
    expect(await summary(page).count()).toBe(1);
    expect(await summary(page).getAttribute('data-mode')).toBe('compare');
    expect(await summary(page).innerText()).toBe('Human Achievement Index (HAI), 2015 and 2021: 76 provinces rose, 1 fell; largest rise: Chumphon (+0.087).');
    // One legend.
    expect(await page.getByTestId('legend').count()).toBe(1);
    // The URL keeps the mode, and opening it writes no camera.
    expect(param(page, 'compare')).toBe('2015');
    expect(param(page, 'view')).toBeNull();
    await shot(page, 'compare-webgl-en');
    const liveInCompare = await liveContexts(page);

    // The mode control by keyboard: one up is the single map, which drops the key and the second map.
    await page.getByTestId('map-mode').focus();
    await page.keyboard.press('ArrowUp');
    await waitForParam(page, 'compare', null);
    await page.waitForFunction(() => !document.querySelector('[data-testid="compare-maps"]') && document.querySelectorAll('canvas.maplibregl-canvas').length === 1);
    expect(await summary(page).getAttribute('data-mode')).toBe('single');
    // Leaving destroyed both compare maps (their contexts are lost) and made one for the single map.
    await page.waitForFunction((n) => (window as unknown as { __liveContexts: () => number }).__liveContexts() < n, liveInCompare);
    const liveSingle = await liveContexts(page);
    expect(liveSingle).toBeLessThanOrEqual(liveInCompare / 2);

    // Down again: compare with the indicator's first year.
    await page.keyboard.press('ArrowDown');
    await waitForParam(page, 'compare', '2015');
    await waitForTwoMaps(page, 'gl');
    // The comparison year by keyboard too.
    await page.getByTestId('compare-year').focus();
    await page.keyboard.press('ArrowDown');
    await waitForParam(page, 'compare', '2016');
    await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="compare-year-label"]')].map((e) => e.textContent).join() === '2016,2021');
    expect(await summary(page).innerText()).toMatch(/^Human Achievement Index \(HAI\), 2016 and 2021: \d+ provinces rose/);
  }, 240_000);

  it('one camera: zooming either map moves the other exactly, and only the year map writes the URL', async () => {
    const { page } = await gl.open('?lang=en&indicator=hai&compare=2015', { reducedMotion: 'reduce' });
    await waitForTwoMaps(page, 'gl');
    const start = await labelSpots(page, 'TH-10');
    expect(start[0]).toBe(start[1]);
    expect(start[0]).toMatch(/^translate\(/);

    // The keyboard on the left (comparison) map: it leads, the right follows, the URL records it.
    await pane(page, 'before').locator('canvas.maplibregl-canvas').focus();
    await page.keyboard.press('=');
    const zoomed = await waitForSyncedMove(page, 'TH-10', start[0]!.split(' ')[0]!);
    await page.waitForFunction(() => new URL(location.href).searchParams.has('view'));
    const view1 = param(page, 'view')!.split(',').map(Number);

    // The wheel on the right map: the left follows.
    const right = (await pane(page, 'after').boundingBox())!;
    await page.mouse.move(right.x + right.width / 2, right.y + right.height / 2);
    await page.mouse.wheel(0, -300);
    await waitForSyncedMove(page, 'TH-10', zoomed);
    await page.waitForFunction((z) => Number(new URL(location.href).searchParams.get('view')?.split(',')[2]) > z, view1[2]!);
    // Settled: still one place on both maps (no late echo moved either).
    const settled = await labelSpots(page, 'TH-10');
    expect(settled[0]).toBe(settled[1]);
  }, 240_000);

  it('one hover and one selection: hovering a province on the left outlines it on the right; the tooltip stays on the left', async () => {
    const { page } = await gl.open('?lang=en&indicator=hai&compare=2015');
    await waitForTwoMaps(page, 'gl');
    // The right map's pixels around Chiang Mai before and after the hover on the left.
    const label = (await pane(page, 'after').locator('.province-label[data-iso="TH-30"]').boundingBox())!;
    const clip = { x: label.x - 40, y: label.y - 40, width: label.width + 80, height: label.height + 80 };
    await page.mouse.move(5, 5);
    const still = async () => {
      // Two equal shots in a row (the map has finished drawing), or the last after 10 s.
      const until = Date.now() + 10_000;
      let last = await page.screenshot({ clip });
      for (;;) {
        const now = await page.screenshot({ clip });
        if (now.equals(last) || Date.now() > until) return now;
        last = now;
      }
    };
    const before = await still();
    const at = await hoverInPane(page, 'before', 'TH-30');
    await page.locator('.tooltip[data-iso="TH-30"]').waitFor();
    expect(await pane(page, 'before').locator('.tooltip').count()).toBe(1);
    expect(await pane(page, 'after').locator('.tooltip').count()).toBe(0);
    const hovered = await still();
    expect(hovered.equals(before)).toBe(false);

    // A click on the left selects for both maps, the detail panel and the URL.
    await page.mouse.click(at.x, at.y);
    await waitForParam(page, 'province', 'TH-30');
    expect(await page.getByTestId('detail-panel').locator('h2').innerText()).toBe('Nakhon Ratchasima');
    await page.waitForFunction(() => document.querySelectorAll('.compare-pane .province-label.is-selected[data-iso="TH-30"]').length === 2);
  }, 240_000);

  it('stacks the two maps on a phone, the comparison year on top', async () => {
    const { page } = await gl.open('?lang=th&indicator=hai&compare=2015', { viewport: { width: 390, height: 844 }, touch: true });
    await waitForTwoMaps(page, 'gl');
    expect(await page.getByTestId('compare-maps').getAttribute('data-layout')).toBe('stacked');
    const [a, b] = [await pane(page, 'before').boundingBox(), await pane(page, 'after').boundingBox()];
    expect(a!.y + a!.height).toBeLessThanOrEqual(b!.y);
    expect(await page.getByTestId('compare-year-label').allInnerTexts()).toEqual(['พ.ศ. 2558', 'พ.ศ. 2564']);
    expect(await summary(page).innerText()).toContain('พ.ศ. 2558 และ พ.ศ. 2564: เพิ่มขึ้น 76 จังหวัด ลดลง 1 จังหวัด');
    await shot(page, 'compare-webgl-phone-th');
  }, 240_000);

  it.each(['th', 'en'])('has no serious accessibility violations (axe), in %s', async (lang) => {
    const { page } = await gl.open(`?lang=${lang}&indicator=hai&compare=2015`);
    await waitForTwoMaps(page, 'gl');
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
    expect(serious, lang).toEqual([]);
  }, 240_000);
});

describe('compare mode in the embed and in a story', () => {
  it('a host page switches the embedded map to compare with atlas:set {compare: 2015}', async () => {
    const browser = await sharedChromium();
    const o = await openPage(browser, `${host.url}examples/host.html?app=${encodeURIComponent(`${app.url}?lang=en`)}`, { viewport: { width: 1100, height: 900 }, initScript: CSP_LISTENER, locale: 'en-GB', waitPollingMs: POLL_MS });
    opened.push(o);
    const isAtlas = (f: Frame) => f.url().startsWith(app.origin);
    const navigated = o.page.waitForEvent('framenavigated', { predicate: isAtlas, timeout: READY_TIMEOUT });
    navigated.catch(() => {});
    const frame = o.page.frames().find(isAtlas) ?? (await navigated);
    await frame.waitForFunction(() => performance.getEntriesByName('atlas:map-ready').length > 0, null, { timeout: READY_TIMEOUT, polling: 100 });
    await o.page.waitForFunction(() => (window as unknown as { hostLog?: { type: string }[] }).hostLog?.some((m) => m.type === 'atlas:ready'));
    expect(await summary(frame).getAttribute('data-mode')).toBe('single');

    await o.page.evaluate(() => (document.querySelector('atlas-map') as HTMLElement & { set: (p: unknown) => void }).set({ compare: 2015 }));
    await waitForTwoMaps(frame, 'gl');
    expect(await summary(frame).getAttribute('data-mode')).toBe('compare');
    expect(await frame.getByTestId('compare-year-label').allInnerTexts()).toEqual(['2015', '2021']);
    expect(await frame.locator('.embed-title').innerText()).toContain('2015 – 2021');
    await frame.waitForFunction(() => new URL(location.href).searchParams.get('compare') === '2015');
    await shot(o.page, 'compare-embed');
  }, 240_000);

  it('a story slide with `compare` draws two maps; the next slide without it draws one', async () => {
    const browser = await sharedChromium();
    const o = await openPage(browser, `${app.url}?lang=en&story=compare-fixture`, { viewport: { width: 1600, height: 900 }, initScript: CSP_LISTENER, locale: 'en-GB', reducedMotion: 'reduce' });
    opened.push(o);
    const { page } = o;
    await page.locator('.story-map').waitFor({ timeout: READY_TIMEOUT });
    await waitForTwoMaps(page, 'gl');
    expect(await page.locator('.story-map [data-testid="compare-year-label"]').allInnerTexts()).toEqual(['2015', '2021']);
    expect(await summary(page).getAttribute('data-mode')).toBe('compare');
    await shot(page, 'compare-story');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => !document.querySelector('[data-testid="compare-maps"]') && document.querySelector('[data-testid="map-summary"]')?.getAttribute('data-mode') === 'single');
    expect(await page.locator('canvas.maplibregl-canvas').count()).toBe(1);
  }, 240_000);
});

describe('compare mode without WebGL (SVG map)', () => {
  it('draws both years as SVG with one camera, one hover and the years', async () => {
    const { page } = await svg.open('?lang=en&indicator=hai&compare=2015');
    await waitForTwoMaps(page, 'svg');
    expect(await page.locator('canvas').count()).toBe(0);
    expect(await page.getByTestId('compare-year-label').allInnerTexts()).toEqual(['2015', '2021']);
    expect(await summary(page).count()).toBe(1);
    expect(await summary(page).getAttribute('data-mode')).toBe('compare');
    // Each map in its year's colours: the same legend colours, different provinces.
    const fills = (which: 'before' | 'after') => pane(page, which).locator('path.svg-province').evaluateAll((ps) => ps.map((p) => p.getAttribute('fill')).join());
    expect(await fills('before')).not.toBe(await fills('after'));
    const swatches = await page.locator('.legend-strip .swatch, .legend-bin .swatch').count();
    expect(swatches).toBeGreaterThan(0);

    // One camera: the + key on the left map zooms both, to the same transform.
    const transform = (which: 'before' | 'after') => pane(page, which).locator('svg.svg-map-canvas > g').getAttribute('transform');
    const t0 = await transform('before');
    await pane(page, 'before').locator('.map').focus();
    await page.keyboard.press('+');
    await page.waitForFunction((was) => {
      const ts = [...document.querySelectorAll('.compare-pane svg.svg-map-canvas > g')].map((g) => g.getAttribute('transform'));
      return ts.length === 2 && ts[0] === ts[1] && ts[0] !== was;
    }, t0);
    // The right map's zoom button: the left follows.
    const t1 = await transform('after');
    await pane(page, 'after').getByRole('button', { name: 'Zoom in' }).click();
    await page.waitForFunction((was) => {
      const ts = [...document.querySelectorAll('.compare-pane svg.svg-map-canvas > g')].map((g) => g.getAttribute('transform'));
      return ts[0] === ts[1] && ts[0] !== was;
    }, t1);

    // One hover: the province hovered on the right is outlined on both maps; the tooltip on the right only.
    await hoverInPane(page, 'after', 'TH-30');
    await page.waitForFunction(() => document.querySelectorAll('.compare-pane [data-outline="TH-30"]').length === 2);
    expect(await pane(page, 'after').locator('.tooltip[data-iso="TH-30"]').count()).toBe(1);
    expect(await pane(page, 'before').locator('.tooltip').count()).toBe(0);
    // Only the primary map carries the notice.
    expect(await page.locator('.svg-map-notice').count()).toBe(1);
    await shot(page, 'compare-svg-en');
  }, 240_000);
});
