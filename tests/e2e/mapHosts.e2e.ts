// End-to-end: every host of the map gets the same map component, so the SVG fallback and the
// context-loss recovery are never opt-in. Without WebGL (Chromium with --disable-3d-apis) the
// embed, a story slide framing a province, the world slide and the presenter window each draw the
// SVG map with its notice, select by click and by keyboard, and report no page errors; with WebGL,
// a context lost for good in the embed and in the story player falls back the same way. On the SVG
// map the network is there as on WebGL: partners, great-circle arcs and, in the world view, the
// world (counts from the shipped data files, not hard-coded).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appSession, labelCentre, pointOnProvince, shot, waitForParam } from './support.ts';
import { waitForMark } from '../support/browser.ts';
import { shipped } from './svgNetwork.ts';

const SELECTED_STROKE = 'rgb(178,34,34)';
const SELECTED_RING = 'rgb(255,200,0)';
const IDENTITY = 'translate(0,0) scale(1)';
const svgMap = (page: Page, scope = '') => page.locator(`${scope} .map[data-renderer="svg"]`.trim());
const transform = (page: Page, scope = '') => page.locator(`${scope} .svg-map-canvas > g`.trim()).getAttribute('transform');

/** The SVG map is drawn in `scope` with all 77 provinces and the notice saying why. */
async function expectSvgMap(page: Page, notice: RegExp, scope = ''): Promise<void> {
  const map = svgMap(page, scope);
  await map.locator('path.svg-province').first().waitFor({ timeout: 30_000 });
  expect(await map.locator('path.svg-province').count()).toBe(77);
  expect(await map.locator('.svg-map-notice').innerText()).toMatch(notice);
  expect(await page.locator(`${scope} .map canvas`.trim()).count()).toBe(0);
}

/** A click on `iso`'s label anchor selects it: the SVG map draws its selection outline. */
async function selectByClick(page: Page, iso: string): Promise<void> {
  const at = await labelCentre(page, iso);
  await page.mouse.click(at.x, at.y);
  await page.locator(`[data-outline="${iso}"][stroke="${SELECTED_STROKE}"]`).waitFor();
}

/** `]` on the focused map selects the next province by rank, whatever was selected before. */
async function selectByKey(page: Page, scope = ''): Promise<void> {
  const before = await page.locator(`[data-outline][stroke="${SELECTED_STROKE}"]`).evaluateAll((ps) => ps.map((p) => p.getAttribute('data-outline')));
  await svgMap(page, scope).focus();
  await page.keyboard.press(']');
  await page.waitForFunction(
    (prev) => {
      const now = [...document.querySelectorAll('[data-outline][stroke="rgb(178,34,34)"]')].map((p) => p.getAttribute('data-outline'));
      return now.length === 1 && !prev.includes(now[0] ?? '');
    },
    before,
  );
}

/** The scale of the SVG map's pan/zoom transform in `scope`. */
async function scaleOf(page: Page, scope = ''): Promise<number> {
  return Number(/scale\(([\d.]+)\)/.exec((await transform(page, scope)) ?? '')?.[1]);
}

/** Every arc drawn is a curve: longer than the straight line between its ends (a great circle in Mercator). */
async function expectArcsCurve(page: Page, scope = ''): Promise<void> {
  const ratios = await svgMap(page, scope)
    .getByTestId('svg-link')
    .evaluateAll((ps) =>
      (ps as SVGPathElement[]).map((p) => {
        const len = p.getTotalLength();
        const a = p.getPointAtLength(0);
        const b = p.getPointAtLength(len);
        return len / Math.hypot(b.x - a.x, b.y - a.y);
      }),
    );
  expect(ratios.length).toBeGreaterThan(0);
  // The long arcs (Thailand → Hamburg) bow visibly; none is straight.
  expect(Math.max(...ratios)).toBeGreaterThan(1.02);
  for (const r of ratios) expect(r).toBeGreaterThan(1);
}

/** A click on a place's circle opens it: the URL names it and its ring turns the selection colour. */
async function selectPlaceByClick(page: Page, id: string, scope = ''): Promise<void> {
  const circle = svgMap(page, scope).locator(`circle[data-place="${id}"]`);
  await circle.hover({ force: true });
  await page.locator(`.tooltip[data-iso="${id}"]`).waitFor();
  await circle.click({ force: true });
  await waitForParam(page, 'place', id);
  await page.locator(`.map circle[data-place="${id}"][stroke="${SELECTED_RING}"]`).waitFor();
}

/** The SVG map's download button does not overlap the legend. */
async function expectClearOfLegend(page: Page): Promise<void> {
  const button = await page.getByRole('button', { name: 'Download the map (SVG)' }).boundingBox();
  const legend = await page.locator('.legend').first().boundingBox();
  if (!button || !legend) throw new Error('no download button or legend');
  const overlap = button.x < legend.x + legend.width && legend.x < button.x + button.width && button.y < legend.y + legend.height && legend.y < button.y + button.height;
  expect(overlap).toBe(false);
}

/** The indicator on the map and the legend's title, as the screen-reader summary and the legend say. */
async function shownIndicator(page: Page): Promise<{ indicator: string | null; legend: string }> {
  return { indicator: await page.getByTestId('map-summary').getAttribute('data-indicator'), legend: await page.locator('.legend-title').first().innerText() };
}

/** Jumps to `n` with the story keys (digits, Enter) and waits for the counter. */
async function jumpToSlide(page: Page, n: number): Promise<void> {
  await page.keyboard.type(String(n));
  await page.keyboard.press('Enter');
  await page.waitForFunction((want) => document.querySelector('[data-testid="story-count"]')?.textContent === want, `Slide ${n} of 15`);
}

describe('without WebGL, every host draws the SVG map', () => {
  const app = appSession({ webgl: false });
  beforeAll(() => app.start());
  afterAll(() => app.stop());

  it('the embed: the SVG map with its notice and atlas:map-ready, select by click and by key', async () => {
    const { page, context } = await app.open('?embed=1&lang=en&indicator=density');
    // appSession.open waited for atlas:map-ready: the partner page hears the map is ready.
    expect(await waitForMark(page, 'atlas:map-ready', 1000)).toBeGreaterThan(0);
    await page.getByTestId('embed').waitFor();
    await expectSvgMap(page, /simpler map/);
    await selectByClick(page, 'TH-50');
    // The province under the pointer has its tooltip; `]` steps away from it and the tip goes too.
    await pointOnProvince(page, 'TH-50');
    await page.locator('.tooltip[data-iso="TH-50"]').waitFor();
    await selectByKey(page);
    await page.locator('.tooltip').waitFor({ state: 'detached' });
    // The download button is a map control, clear of the legend at this size and zoomed in.
    await svgMap(page).focus();
    for (const key of ['+', '+', '+']) await page.keyboard.press(key);
    await expectClearOfLegend(page);
    await shot(page, `hosts-no-webgl-embed`);
    await context.close();
  });

  it('a story slide with a province camera frames the province on the SVG map; the world slide draws it too', async () => {
    const { page, context } = await app.open('?lang=en&story=learning-city-thailand&slide=7', { viewport: { width: 1600, height: 900 } });
    await page.locator('.slide-card').waitFor();
    await expectSvgMap(page, /simpler map/, '.story-map');
    // Slide 7 is Udon Thani: the camera request frames it (the SVG map's own camera).
    await page.waitForFunction(() => /scale\(([\d.]+)\)/.exec(document.querySelector('.svg-map-canvas > g')?.getAttribute('transform') ?? '')?.[1] !== '1');
    await shot(page, `hosts-no-webgl-story-province`);
    await selectByClick(page, 'TH-39');
    await selectByKey(page, '.story-map');
    // The story keys still drive the slides with the SVG map: back to slide 2, the world.
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.querySelector('[data-testid="story-count"]')?.textContent === 'Slide 2 of 15');
    await expectSvgMap(page, /simpler map/, '.story-map');
    // The world slide: the world's land, every partner, the active links as great circles, zoomed out past Thailand.
    const map = svgMap(page, '.story-map');
    await map.locator('[data-testid="svg-world"].is-outlined').waitFor();
    expect(await map.getByTestId('svg-region').count()).toBe(0);
    expect(await map.locator('[data-testid="svg-world"] path').count()).toBe(shipped.worldCountries);
    expect(await map.getByTestId('svg-partner').count()).toBe(shipped.partners.length);
    expect(await map.getByTestId('svg-link').count()).toBe(shipped.activeLinks(shipped.lastYear));
    expect(await map.getByTestId('svg-city').count()).toBe(shipped.citiesJoined(shipped.lastYear));
    expect(await scaleOf(page, '.story-map')).toBeLessThan(0.5);
    await expectArcsCurve(page, '.story-map');
    // Zoomed out to the world, the drawing and the DOM labels still agree: a partner's name sits
    // just right of its ring, level with it.
    const ring = await map.locator('circle[data-place="partner:uil"]').boundingBox();
    const label = await map.locator('[data-label="partner:uil"]').boundingBox();
    if (!ring || !label) throw new Error('no UIL ring or label');
    expect(label.x - (ring.x + ring.width / 2)).toBeGreaterThan(8);
    expect(label.x - (ring.x + ring.width / 2)).toBeLessThan(18);
    expect(Math.abs(label.y + label.height / 2 - (ring.y + ring.height / 2))).toBeLessThan(2);
    await shot(page, `hosts-no-webgl-story-world`);
    // Select on the world slide: a click on a partner opens it, `]` steps to a province.
    await selectPlaceByClick(page, 'partner:uil', '.story-map');
    await selectByKey(page, '.story-map');
    await context.close();
  });

  it('slide 2 after slide 4 shows its own indicator’s colours, not the previous slide’s', async () => {
    const { page } = await app.open('?lang=en&story=learning-city-thailand&slide=3', { viewport: { width: 1600, height: 900 } });
    await page.locator('.slide-card').waitFor();
    const fills = () => svgMap(page, '.story-map').locator('path.svg-province').evaluateAll((ps) => ps.map((p) => `${p.getAttribute('data-iso')}:${p.getAttribute('fill')}`).join(' '));
    const hai = await fills();
    expect((await shownIndicator(page)).indicator).toBe('hai');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.querySelector('[data-testid="map-summary"]')?.getAttribute('data-indicator') === 'edu-upper-secondary-plus');
    await expect.poll(fills).not.toBe(hai);
    await jumpToSlide(page, 2);
    expect(await shownIndicator(page)).toEqual({ indicator: 'hai', legend: expect.stringContaining('Human Achievement Index') });
    await expect.poll(fills).toBe(hai);
  });

  it('the presenter window shows the audience’s map: SVG with its notice, framed as the slide says', async () => {
    const o = await app.open('?lang=en&story=learning-city-thailand&slide=7', { viewport: { width: 1400, height: 900 } });
    const { page, context } = o;
    await page.locator('.slide-card').waitFor();
    const [presenter] = await Promise.all([context.waitForEvent('page'), page.getByTestId('open-presenter').click()]);
    presenter.on('pageerror', (e) => o.errors.push(`presenter: ${e.message}`));
    presenter.on('console', (m) => {
      if (m.type() === 'error') o.errors.push(`presenter: ${m.text()}`);
    });
    await presenter.getByTestId('presenter-count').waitFor();
    // A laptop-sized presenter window: the arrow bar is on screen, not below the fold.
    await presenter.setViewportSize({ width: 1200, height: 760 });
    await presenter.waitForFunction(() => {
      const next = document.querySelector('.presenter-bar .story-step:last-of-type')?.getBoundingClientRect();
      return next !== undefined && next.bottom <= innerHeight && document.documentElement.scrollHeight <= innerHeight;
    });
    await expectSvgMap(presenter, /simpler map/, '.presenter-map');
    await presenter.waitForFunction(() => (document.querySelector('.presenter-map .svg-map-canvas > g')?.getAttribute('transform') ?? 'scale(1)') !== 'translate(0,0) scale(1)');
    await selectByClick(presenter, 'TH-39');
    await selectByKey(presenter, '.presenter-map');
    await shot(presenter, `hosts-no-webgl-presenter`);
    await presenter.close();
    await context.close();
  });
});

/** Loses the WebGL context of every canvas in the map for good (never restored). */
async function loseContexts(page: Page): Promise<number> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLCanvasElement>('.map canvas')].map((c) => {
      const ext = c.getContext('webgl2')?.getExtension('WEBGL_lose_context');
      if (!ext) throw new Error('no WEBGL_lose_context');
      ext.loseContext();
      return ext;
    }).length,
  );
}

describe('with WebGL, a context lost for good falls back the same way in every host', () => {
  const app = appSession();
  beforeAll(() => app.start());
  afterAll(() => app.stop());

  it('the embed', async () => {
    const { page, context } = await app.open('?embed=1&lang=en&indicator=hai&province=TH-56');
    expect(await page.locator('.map canvas').count()).toBe(2);
    expect(await loseContexts(page)).toBe(2);
    await expectSvgMap(page, /graphics card/);
    // The store survived the switch: the selection is still drawn.
    await page.locator(`[data-outline="TH-56"][stroke="${SELECTED_STROKE}"]`).waitFor();
    await selectByClick(page, 'TH-50');
    await context.close();
  });

  it('slide 2 after slide 4 shows its own indicator on WebGL too', async () => {
    const { page } = await app.open('?lang=en&story=learning-city-thailand&slide=4', { viewport: { width: 1600, height: 900 } });
    await page.locator('.slide-card').waitFor();
    expect((await shownIndicator(page)).indicator).toBe('edu-upper-secondary-plus');
    await jumpToSlide(page, 2);
    expect(await shownIndicator(page)).toEqual({ indicator: 'hai', legend: expect.stringContaining('Human Achievement Index') });
  });

  it('the story player', async () => {
    const { page, context } = await app.open('?lang=en&story=learning-city-thailand&slide=7', { viewport: { width: 1600, height: 900 } });
    await page.locator('.slide-card').waitFor();
    expect(await loseContexts(page)).toBe(2);
    await expectSvgMap(page, /graphics card/, '.story-map');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.querySelector('[data-testid="story-count"]')?.textContent === 'Slide 8 of 15');
    await selectByKey(page, '.story-map');
    expect(await transform(page, '.story-map')).not.toBe(IDENTITY);
    await context.close();
  });
});
