// End-to-end: a browser without WebGL (Chromium with --disable-3d-apis). The atlas detects it and
// draws the SVG map from the same data and store: 77 provinces in the indicator's colours, click
// and search selection, legend highlight, keyboard stepping, the charts, and the SVG export.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appSession, labelCentre, waitForParam, shot } from './support.ts';
import { waitForMark } from '../support/browser.ts';
import { shipped } from './svgNetwork.ts';

const app = appSession({ webgl: false });
beforeAll(() => app.start());
afterAll(() => app.stop());

const summaryAttr = (page: Page, name: string) => page.getByTestId('map-summary').getAttribute(name);

describe('without WebGL', () => {
  it('has no WebGL at all, and draws the 77 provinces as SVG in the legend colours with a notice', async () => {
    const { page } = await app.open('?lang=en&indicator=hai');
    // The browser really has none: neither WebGL2 nor WebGL1 contexts can be created.
    expect(await page.evaluate(() => [!!document.createElement('canvas').getContext('webgl2'), !!document.createElement('canvas').getContext('webgl')])).toEqual([false, false]);
    const map = page.locator('.map[data-renderer="svg"]');
    expect(await map.locator('path.svg-province').count()).toBe(77);
    expect(await page.locator('.map canvas').count()).toBe(0);
    expect(await map.locator('.svg-map-notice').innerText()).toContain('simpler map');
    const fills = new Set(await map.locator('path.svg-province').evaluateAll((ps) => ps.map((p) => p.getAttribute('fill'))));
    const swatches = await page.locator('.legend-bin .swatch').evaluateAll((ss) => ss.map((s) => getComputedStyle(s).backgroundColor));
    const hex = (rgb: string) => `#${(rgb.match(/\d+/g) ?? []).slice(0, 3).map((n) => Number(n).toString(16).padStart(2, '0')).join('')}`;
    // Every class colour is on the map, and the map uses no other (HAI has data for all 77).
    expect([...fills].sort()).toEqual(swatches.map(hex).sort());
    // Province names are still DOM labels placed over the map.
    const shown = await page.locator('.province-label').evaluateAll((ls) => ls.filter((l) => getComputedStyle(l).visibility === 'visible').length);
    expect(shown).toBeGreaterThan(15);
    await shot(page, `no-webgl-map`);
  });

  it('selects by click and by search, highlights from the legend, and the charts follow', async () => {
    const { page } = await app.open('?lang=en&indicator=hai');
    const at = await labelCentre(page, 'TH-50');
    await page.mouse.move(at.x, at.y);
    await page.locator('.tooltip[data-iso="TH-50"]').waitFor();
    expect(await summaryAttr(page, 'data-hover')).toBe('TH-50');
    await page.mouse.click(at.x, at.y);
    await waitForParam(page, 'province', 'TH-50');
    expect(await page.getByTestId('detail-panel').locator('h2').innerText()).toBe('Chiang Mai');
    expect(await page.locator('[data-outline="TH-50"]').getAttribute('stroke')).toBe('rgb(178,34,34)');

    await page.getByTestId('province-search').focus();
    await page.keyboard.type('korat');
    await page.locator('.combobox-list [data-key="TH-30"]').waitFor();
    await page.keyboard.press('Enter');
    await waitForParam(page, 'province', 'TH-30');
    expect(await page.getByTestId('detail-panel').locator('h2').innerText()).toBe('Nakhon Ratchasima');

    const bin = page.locator('[data-bin="0"]');
    await bin.hover();
    const count = Number.parseInt(await bin.locator('.count').innerText(), 10);
    expect(count).toBeGreaterThan(0);
    await page.waitForFunction((n) => (document.querySelector('[data-testid="map-summary"]')?.getAttribute('data-highlight') ?? '').split(',').filter(Boolean).length === n, count);
    // Provinces outside the lit class are dimmed on the SVG map too.
    expect(await page.locator('path.svg-province[fill-opacity="1"]').count()).toBe(count);

    expect(await waitForMark(page, 'atlas:charts-ready', 30_000)).toBeGreaterThan(0);
    expect(await page.locator('[data-chart="rank"] .rank-row').count()).toBe(77);
    const bar = page.locator('[data-chart="rank"] .rank-row[data-code="TH-56"]');
    await bar.scrollIntoViewIfNeeded();
    await bar.hover();
    await page.waitForFunction(() => document.querySelector('[data-testid="map-summary"]')?.getAttribute('data-hover') === 'TH-56');
    expect(await page.locator('[data-outline="TH-56"]').count()).toBe(1);
  });

  it('steps through provinces with ] on the focused map and zooms to them', async () => {
    const { page } = await app.open('?lang=en&indicator=hai');
    const transform = () => page.locator('.svg-map-canvas > g').getAttribute('transform');
    expect(await transform()).toBe('translate(0,0) scale(1)');
    await page.locator('.map[data-renderer="svg"]').focus();
    await page.keyboard.press(']');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('province') !== null);
    expect(await transform()).not.toBe('translate(0,0) scale(1)');
    const scale = async () => Number(/scale\(([\d.]+)\)/.exec((await transform()) ?? '')?.[1]);
    const framed = await scale();
    expect(framed).toBeGreaterThan(1);
    await page.keyboard.press('-');
    await page.waitForFunction((k) => Number(/scale\(([\d.]+)\)/.exec(document.querySelector('.svg-map-canvas > g')?.getAttribute('transform') ?? '')?.[1]) < k, framed);
  });

  it('downloads the map as a standalone SVG with its legend', async () => {
    const { page } = await app.open('?lang=en&indicator=hai&province=TH-56');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the map (SVG)' }).click()]);
    expect(download.suggestedFilename()).toBe('atlas-hai-2021-map.svg');
    const path = await download.path();
    const svg = readFileSync(path, 'utf8');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.match(/data-iso="TH-\d\d"/g)).toHaveLength(77);
    expect(svg).toContain('<title id="atlas-export-title">Human Achievement Index (HAI), 2021</title>');
  });

  it('shows the network as on WebGL, in Thai: the world view by keyboard, grey partners of another year, arcs, places by key and click', async () => {
    const year = 2019;
    const { page } = await app.open(`?lang=th&indicator=hai&layers=cities,partners,links&network=${year}`);
    const map = page.locator('.map[data-renderer="svg"]');
    // Thailand's view: the region's detailed countries (the world's land only under them, as in the
    // MapLibre style); the partners abroad are off screen but drawn.
    expect(await map.getByTestId('svg-region').count()).toBe(1);
    expect(await map.getByTestId('svg-partner').count()).toBe(shipped.partners.length);
    expect(await map.locator(`[data-testid="svg-partner"][stroke="rgb(150,150,150)"]`).count()).toBe(shipped.inactivePartners(year));
    expect(await map.getByTestId('svg-city').count()).toBe(shipped.citiesJoined(year));
    expect(await map.getByTestId('svg-link').count()).toBe(shipped.activeLinks(year));

    await page.getByTestId('world-view').focus();
    await page.keyboard.press('Enter');
    await map.locator('[data-testid="svg-world"].is-outlined').waitFor();
    expect(await map.getByTestId('svg-region').count()).toBe(0);
    expect(await map.locator('[data-testid="svg-world"] path').count()).toBe(shipped.worldCountries);
    // Thai names of the partners abroad are DOM labels, shaped by the browser (labels that collide
    // at the world's scale are hidden, as on WebGL: some, not a given one, are on screen).
    await page.locator('.partner-label[lang="th"]:visible').first().waitFor();

    // A partner by keyboard from the network panel: the map rings it.
    await page.getByTestId('place-lists').locator('summary').focus();
    await page.keyboard.press('Enter');
    await page.locator('.place-button[data-place="partner:uil"]').focus();
    await page.keyboard.press('Enter');
    await waitForParam(page, 'place', 'partner:uil');
    await map.locator('circle[data-place="partner:uil"][stroke="rgb(255,200,0)"]').waitFor();
    await shot(page, 'no-webgl-world-th');

    // A learning city by mouse: its tooltip, then its profile.
    const city = map.getByTestId('svg-city').first();
    const id = await city.getAttribute('data-place');
    await city.hover({ force: true });
    await page.locator(`.tooltip[data-iso="${id}"]`).waitFor();
    await city.click({ force: true });
    await waitForParam(page, 'place', id);
    await map.locator(`circle[data-place="${id}"][stroke="rgb(255,200,0)"]`).waitFor();
    // Its profile opens, in Thai, named as in the data file.
    const name = shipped.cityName(id ?? '', 'th');
    expect(name).toBeTruthy();
    await page.getByTestId('place-profile').getByRole('heading', { name }).waitFor();
    // Hovering the sea clears the tip.
    const box = await map.boundingBox();
    if (!box) throw new Error('no map box');
    await page.mouse.move(box.x + 20, box.y + box.height - 20);
    await page.locator('.tooltip').waitFor({ state: 'detached' });
  });
});
