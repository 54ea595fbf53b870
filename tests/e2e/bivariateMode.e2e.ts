// End-to-end: the bivariate map (`bivariate=1&scatter=x,y`, issue #17). The URL round trip and the
// mode control by keyboard; the square legend's nine cells lighting their provinces; brushing the
// scatter plot lighting the same provinces; hover showing both values; the SVG map without WebGL
// (fills from the 3×3 palette, dimmed outside a highlight); the embed's atlas:set; a story slide;
// axe with no serious violation; screenshots in English and Thai.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeContexts, openPage, sharedChromium, type OpenedPage } from '../support/browser.ts';
import { appSession, expectCleanPages, param, pointOnProvince, shot, waitForParam } from './support.ts';
import { openEmbedded, seriousViolations, sendSet, startModeServers, summaryAttr, waitForSummary, type ModeServers } from './modesSupport.ts';

const app = appSession();
const svgApp = appSession({ webgl: false });
let servers: ModeServers;
let browser: Browser;
const opened: OpenedPage[] = [];
beforeAll(async () => {
  await Promise.all([app.start(), svgApp.start()]);
  servers = await startModeServers();
  browser = await sharedChromium();
});
afterAll(async () => {
  try {
    await expectCleanPages(opened);
  } finally {
    await closeContexts(opened);
    await Promise.all([app.stop(), svgApp.stop(), servers?.close()]);
  }
});

const BIV = '&bivariate=1&scatter=gpp-per-capita,hai';
const cells = (page: Page) => page.getByTestId('bivariate-legend').locator('[data-cell]');

describe('bivariate map', () => {
  it('round-trips the URL, names both axes and lists nine cells that light their provinces', async () => {
    const { page } = await app.open(`?lang=en&indicator=hai${BIV}`);
    await waitForSummary(page, 'data-mode', 'bivariate');
    expect(await summaryAttr(page, 'data-scatter')).toBe('gpp-per-capita,hai');
    const summary = await page.getByTestId('map-summary').innerText();
    expect(summary).toContain('9 classes by thirds (tertiles) of the 77 provinces with both values; 10 high in both, 10 low in both');
    const legend = page.getByTestId('bivariate-legend');
    expect(await legend.locator('[data-axis="x"]').innerText()).toContain('GPP per capita');
    expect(await legend.locator('[data-axis="x"]').innerText()).toContain('higher →');
    expect(await legend.locator('[data-axis="y"]').innerText()).toContain('Human Achievement Index');
    expect(await cells(page).count()).toBe(9);
    const keys = await cells(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-cell')));
    expect(keys.sort()).toEqual(['0-0', '0-1', '0-2', '1-0', '1-1', '1-2', '2-0', '2-1', '2-2']);
    const counts = await cells(page).evaluateAll((els) => els.map((e) => Number(e.textContent)));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(77);
    // Hover a cell: its provinces are lit (the map summary lists them), as many as the cell counts.
    const both = legend.locator('[data-cell="2-2"]');
    await both.hover();
    await page.waitForFunction(() => (document.querySelector('[data-testid="map-summary"]')?.getAttribute('data-highlight') ?? '') !== '');
    const lit = ((await summaryAttr(page, 'data-highlight')) ?? '').split(',');
    expect(lit).toHaveLength(Number(await both.innerText()));
    expect(lit).toContain('TH-10');
    await shot(page, 'bivariate-en');
    await page.mouse.move(5, 300);
    await waitForSummary(page, 'data-highlight', '');

    // Reload: the same mode and pair come back from the URL.
    await page.reload();
    await waitForSummary(page, 'data-mode', 'bivariate');
    expect(param(page, 'bivariate')).toBe('1');
    // The scatter pair here is the default one, so the URL leaves it out; the map still names it.
    expect(param(page, 'scatter')).toBeNull();
    expect(await summaryAttr(page, 'data-scatter')).toBe('gpp-per-capita,hai');
  });

  it('is chosen with the keyboard in the mode control, and left the same way', async () => {
    const { page } = await app.open('?lang=en&indicator=hai');
    const select = page.getByTestId('map-mode');
    await select.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    await waitForParam(page, 'bivariate', '1');
    await waitForSummary(page, 'data-mode', 'bivariate');
    expect(await cells(page).count()).toBe(9);
    // Tab reaches the legend's cells; focusing one lights its provinces.
    await cells(page).first().focus();
    await page.waitForFunction(() => (document.querySelector('[data-testid="map-summary"]')?.getAttribute('data-highlight') ?? '') !== '');
    await select.focus();
    await page.keyboard.press('Home');
    await waitForParam(page, 'bivariate', null);
    await waitForSummary(page, 'data-mode', 'single');
    expect(await page.getByTestId('bivariate-legend').count()).toBe(0);
  });

  it('brushing the scatter plot lights the same provinces on the bivariate map', async () => {
    const { page } = await app.open(`?lang=en&indicator=hai${BIV}`);
    await waitForSummary(page, 'data-mode', 'bivariate');
    const overlay = page.locator('[data-chart="scatter"] .brush .overlay');
    await overlay.scrollIntoViewIfNeeded();
    const box = await overlay.boundingBox();
    if (!box) throw new Error('no brush overlay');
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.02);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.98, box.y + box.height * 0.6, { steps: 6 });
    await page.mouse.up();
    await page.waitForFunction(() => (document.querySelector('[data-testid="map-summary"]')?.getAttribute('data-highlight') ?? '') !== '');
    const lit = ((await summaryAttr(page, 'data-highlight')) ?? '').split(',');
    // The brushed points are the scatter's lit marks, the same provinces.
    const brushed = await page.locator('[data-chart="scatter"] .scatter-point.is-highlighted').evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));
    expect(lit.length).toBeGreaterThan(0);
    expect(new Set(brushed)).toEqual(new Set(lit));
    expect(await page.getByTestId('map-summary').innerText()).toContain(`${lit.length} provinces highlighted`);
    // Brushed provinces were picked in the upper right: mostly high in HAI, the bivariate summary still leads.
    expect(await page.getByTestId('map-summary').innerText()).toContain('9 classes by thirds');
  });

  it('hovering a province shows both values; a click selects it', async () => {
    const { page } = await app.open(`?lang=en&indicator=hai${BIV}`);
    await waitForSummary(page, 'data-mode', 'bivariate');
    const at = await pointOnProvince(page, 'TH-30');
    const values = page.getByTestId('tooltip-value');
    await values.nth(1).waitFor();
    expect(await values.count()).toBe(2);
    expect(await values.nth(0).innerText()).toContain('GPP per capita 2020');
    expect(await values.nth(1).innerText()).toContain('Human Achievement Index (HAI) 2021');
    await page.mouse.click(at.x, at.y);
    await waitForParam(page, 'province', 'TH-30');
  });

  it('in Thai: Buddhist-Era years, Thai axis names, no serious axe violation', async () => {
    const { page } = await app.open(`?lang=th&indicator=hai${BIV}`);
    await waitForSummary(page, 'data-mode', 'bivariate');
    expect(await page.getByTestId('map-summary').innerText()).toContain('สูงทั้งสองค่า 10 จังหวัด');
    const legend = page.getByTestId('bivariate-legend');
    expect(await legend.locator('[data-axis="x"]').innerText()).toContain('2563');
    expect(await legend.locator('[data-axis="y"]').innerText()).toContain('2564');
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'bivariate-th');
  });

  it('draws the bivariate fills on the SVG map without WebGL, dimmed outside a lit cell', async () => {
    const { page } = await svgApp.open(`?lang=en&indicator=hai${BIV}`);
    await page.locator('.map[data-renderer="svg"]').waitFor();
    await waitForSummary(page, 'data-mode', 'bivariate');
    const fill = (iso: string) => page.locator(`.svg-province[data-iso="${iso}"]`).getAttribute('fill');
    // Bangkok is high in both: the darkest cell.
    expect(await fill('TH-10')).toBe('#574249');
    const palette = new Set(['#e8e8e8', '#b0d5df', '#64acbe', '#e4acac', '#ad9ea5', '#627f8c', '#c85a5a', '#985356', '#574249']);
    const fills = await page.locator('.svg-province').evaluateAll((els) => els.map((e) => e.getAttribute('fill')));
    expect(fills).toHaveLength(77);
    for (const f of fills) expect(palette.has(f!)).toBe(true);
    const cell = page.getByTestId('bivariate-legend').locator('[data-cell="2-2"]');
    await cell.hover();
    await page.waitForFunction(() => (document.querySelector('[data-testid="map-summary"]')?.getAttribute('data-highlight') ?? '') !== '');
    const lit = new Set(((await summaryAttr(page, 'data-highlight')) ?? '').split(','));
    const opacities = await page.locator('.svg-province').evaluateAll((els) => els.map((e) => [e.getAttribute('data-iso'), Number(e.getAttribute('fill-opacity'))] as const));
    for (const [iso, o] of opacities) expect(o === 1).toBe(lit.has(iso!));
    await page.mouse.move(600, 20);
    await waitForSummary(page, 'data-highlight', '');
    await shot(page, 'bivariate-svg-en');
  });

  it('on a phone the legend starts folded to a small square and opens from its title', async () => {
    const { page } = await app.open(`?lang=en&indicator=hai${BIV}`, { viewport: { width: 390, height: 844 }, touch: true });
    await waitForSummary(page, 'data-mode', 'bivariate');
    const legend = page.getByTestId('bivariate-legend');
    await legend.locator('.biv-mini').waitFor();
    expect(await cells(page).count()).toBe(0);
    await legend.locator('.legend-fold').click();
    await cells(page).nth(8).waitFor();
    expect(await cells(page).count()).toBe(9);
    expect(await legend.locator('.legend-fold').getAttribute('aria-expanded')).toBe('true');
  });

  it('a host turns it on with atlas:set {bivariate, scatter}', async () => {
    const o = await openEmbedded(browser, servers, 'lang=en&indicator=hai');
    opened.push(o);
    await waitForSummary(o.frame, 'data-mode', 'single');
    await sendSet(o.page, { bivariate: true, scatter: ['education-gva-share', 'hai'] });
    await waitForSummary(o.frame, 'data-mode', 'bivariate');
    expect(await summaryAttr(o.frame, 'data-scatter')).toBe('education-gva-share,hai');
    expect(await o.frame.getByTestId('bivariate-legend').locator('[data-cell]').count()).toBe(9);
    // The iframe's own URL keeps the mode and the pair (a host reloading the frame gets the same map).
    await o.frame.waitForFunction(() => new URL(location.href).searchParams.get('scatter') === 'education-gva-share,hai' && new URL(location.href).searchParams.get('bivariate') === '1');
  });

  it('a story slide shows it', async () => {
    const o = await openPage(browser, `${servers.app.url}?lang=en&story=modes-e2e&slide=1`, { viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce', locale: 'en-GB' });
    opened.push(o);
    await waitForSummary(o.page, 'data-mode', 'bivariate');
    expect(await o.page.getByTestId('bivariate-legend').locator('[data-cell]').count()).toBe(9);
    expect(await o.page.getByTestId('map-summary').innerText()).toContain('GPP per capita (2020) and Human Achievement Index (HAI) (2021)');
  });
});
