// End-to-end: every host of the map gets the same map component, so the SVG fallback and the
// context-loss recovery are never opt-in. Without WebGL (Chromium with --disable-3d-apis) the
// embed, a story slide framing a province, the world slide and the presenter window each draw the
// SVG map with its notice, select by click and by keyboard, and report no page errors; with WebGL,
// a context lost for good in the embed and in the story player falls back the same way.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appSession, labelCentre, shot } from './support.ts';
import { waitForMark } from '../support/browser.ts';

const SELECTED_STROKE = 'rgb(178,34,34)';
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
    await selectByKey(page);
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
    await shot(page, `hosts-no-webgl-story-world`);
    await context.close();
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
