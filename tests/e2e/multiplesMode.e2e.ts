// End-to-end: small multiples (`multiples=1`, issue #17). One SVG map per year with its year in
// large type (Buddhist Era in Thai), the shown year marked aria-current; arrow keys move between
// maps and Enter or Space shows that year in the URL; a click does too; hovering a province on one
// map outlines it on all and in the charts; the embed's atlas:set and a story slide show it; the
// code loads only in this mode; axe with no serious violation; screenshots in English and Thai.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeContexts, openPage, sharedChromium, type OpenedPage } from '../support/browser.ts';
import { appSession, expectCleanPages, param, shot, waitForParam } from './support.ts';
import { openEmbedded, seriousViolations, sendSet, startModeServers, summaryAttr, waitForSummary, type ModeServers } from './modesSupport.ts';

const app = appSession();
let servers: ModeServers;
let browser: Browser;
const opened: OpenedPage[] = [];
beforeAll(async () => {
  await app.start();
  servers = await startModeServers();
  browser = await sharedChromium();
});
afterAll(async () => {
  try {
    await expectCleanPages(opened);
  } finally {
    await closeContexts(opened);
    await Promise.all([app.stop(), servers?.close()]);
  }
});

const maps = (page: Page) => page.getByTestId('multiple');
const current = (page: Page) => page.locator('[data-testid="multiple"][aria-current="true"]');
const focusedYear = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-year') ?? null);

describe('small multiples', () => {
  it('draws one map per year from the URL, the shown year marked, the summary computed', async () => {
    const { page } = await app.open('?lang=en&indicator=hai&year=2018&multiples=1');
    await waitForSummary(page, 'data-mode', 'multiples');
    await maps(page).nth(6).waitFor();
    expect(await maps(page).count()).toBe(7);
    const years = await maps(page).evaluateAll((els) => els.map((e) => e.querySelector('.multiple-year')?.textContent));
    expect(years).toEqual(['2015', '2016', '2017', '2018', '2019', '2020', '2021']);
    expect(await current(page).getAttribute('data-year')).toBe('2018');
    expect(await current(page).count()).toBe(1);
    // Every map has all 77 provinces, coloured by the one legend.
    expect(await maps(page).first().locator('path[data-iso]').count()).toBe(77);
    expect(await page.getByTestId('legend').count()).toBe(1);
    expect(await page.getByTestId('map-summary').innerText()).toContain(
      'every year 2015–2021: 7 small maps sharing one legend. From 2015 to 2021, 76 of the 77 provinces with both years rose and 1 fell.',
    );
    // No WebGL canvas in this mode.
    expect(await page.locator('.map canvas').count()).toBe(0);
    await shot(page, 'multiples-en');
    await page.reload();
    await waitForSummary(page, 'data-mode', 'multiples');
    expect(param(page, 'multiples')).toBe('1');
  });

  it('arrow keys move between maps; Enter and Space show that year in the URL', async () => {
    const { page } = await app.open('?lang=en&indicator=hai&multiples=1');
    await maps(page).nth(6).waitFor();
    expect(await current(page).getAttribute('data-year')).toBe('2021');
    // One tab stop: the shown year's map.
    expect(await page.locator('[data-testid="multiple"][tabindex="0"]').count()).toBe(1);
    await current(page).focus();
    await page.keyboard.press('ArrowLeft');
    expect(await focusedYear(page)).toBe('2020');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    await waitForParam(page, 'year', '2019');
    await page.waitForFunction(() => document.querySelector('[data-testid="multiple"][aria-current="true"]')?.getAttribute('data-year') === '2019');
    await page.keyboard.press('Home');
    expect(await focusedYear(page)).toBe('2015');
    await page.keyboard.press('Space');
    await waitForParam(page, 'year', '2015');
    await page.keyboard.press('End');
    expect(await focusedYear(page)).toBe('2021');
    // A click works as well.
    await maps(page).nth(2).click();
    await waitForParam(page, 'year', '2017');
  });

  it('hovering a province on one map outlines it on every map and in the charts', async () => {
    const { page } = await app.open('?lang=en&indicator=hai&multiples=1');
    await maps(page).nth(6).waitFor();
    const path = maps(page).nth(1).locator('path[data-iso="TH-30"]');
    const box = await path.boundingBox();
    if (!box) throw new Error('no path');
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5, { steps: 2 });
    await waitForSummary(page, 'data-hover', 'TH-30');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="multiple"] path[data-outline="TH-30"]').length === 7);
    const bar = page.locator('[data-chart="rank"] .rank-row[data-code="TH-30"]');
    await bar.scrollIntoViewIfNeeded();
    expect(await bar.getAttribute('class')).toContain('is-hovered');
    // And from the charts back to the maps.
    const other = page.locator('[data-chart="rank"] .rank-row[data-code="TH-56"]');
    await other.hover();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="multiple"] path[data-outline="TH-56"]').length === 7);
  });

  it('a selected province is outlined on every map', async () => {
    const { page } = await app.open('?lang=en&indicator=hai&multiples=1&province=TH-56');
    await maps(page).nth(6).waitFor();
    expect(await page.locator('[data-testid="multiple"] path[data-outline="TH-56"]').count()).toBe(7);
  });

  it('in Thai: Buddhist-Era years and no serious axe violation', async () => {
    const { page } = await app.open('?lang=th&indicator=hai&multiples=1');
    await maps(page).nth(6).waitFor();
    const years = await maps(page).evaluateAll((els) => els.map((e) => e.querySelector('.multiple-year')?.textContent));
    expect(years[0]).toBe('พ.ศ. 2558');
    expect(years[6]).toBe('พ.ศ. 2564');
    expect(await page.getByTestId('map-summary').innerText()).toContain('เพิ่มขึ้น 76 จังหวัด ลดลง 1 จังหวัด');
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'multiples-th');
  });

  it('loads its code only in this mode', async () => {
    const { page } = await app.open('?lang=en&indicator=hai');
    const chunks = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => /SmallMultiples/.test(n)));
    expect(chunks).toEqual([]);
    await page.getByTestId('map-mode').selectOption('multiples');
    await maps(page).nth(6).waitFor();
    const after = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => /SmallMultiples/.test(n)));
    // Its script (and its stylesheet) arrive once the mode is on.
    expect(after.some((n) => n.endsWith('.js'))).toBe(true);
    await waitForParam(page, 'multiples', '1');
  });

  it('a host turns it on with atlas:set {multiples: true}', async () => {
    const o = await openEmbedded(browser, servers, 'lang=en&indicator=hai');
    opened.push(o);
    await sendSet(o.page, { multiples: true });
    await waitForSummary(o.frame, 'data-mode', 'multiples');
    await o.frame.getByTestId('multiple').nth(6).waitFor();
    expect(await o.frame.getByTestId('multiple').count()).toBe(7);
    await sendSet(o.page, { multiples: false });
    await waitForSummary(o.frame, 'data-mode', 'single');
  });

  it('a story slide shows it', async () => {
    const o = await openPage(browser, `${servers.app.url}?lang=en&story=modes-e2e&slide=2`, { viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce', locale: 'en-GB' });
    opened.push(o);
    await waitForSummary(o.page, 'data-mode', 'multiples');
    await o.page.getByTestId('multiple').nth(6).waitFor();
    expect(await summaryAttr(o.page, 'data-indicator')).toBe('hai');
  });
});
