// End-to-end accessibility by keyboard: the map's main action — pick a province and hear its
// figures — done with the keyboard only (province search, data table, stepping on the map); the
// header's menu by keyboard and, on a phone, by touch; and the page at 200 % zoom (reflow, with
// its axe audit). The other axe audits are in a11yDesktop.e2e.ts and a11yPhone.e2e.ts. The
// desktop tests that start from the plain dashboard share one page, each following its own link
// (`go`: history + popstate) to a dashboard with nothing selected; the data table, whose sorting
// a retry would find changed, has its own page.
import type { Page } from 'playwright-core';
import type { OpenedPage } from '../support/browser.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { go, PHONE, seriousViolations } from './a11yViews.ts';
import { appSession, param, waitForParam, shot } from './support.ts';

const app = appSession();
beforeAll(() => app.start());
afterAll(() => app.stop());

const announcer = (page: Page) => page.getByTestId('announcer');

describe('keyboard only, in one page', () => {
  let o: OpenedPage | undefined;
  beforeAll(async () => {
    o = await app.open('?lang=en');
  });
  afterAll(async () => {
    if (o) await app.release(o);
  });
  const page = () => {
    if (!o) throw new Error('the page did not open');
    return o.page;
  };

  it('selects a province from the search box by any spelling, and announces its figures', async () => {
    await go(page(), '?lang=en');
    await page().getByTestId('province-search').focus();
    await page().keyboard.type('korat');
    await page().locator('.combobox-list [data-key="TH-30"]').waitFor();
    await page().keyboard.press('Enter');
    await waitForParam(page(), 'province', 'TH-30');
    await page().waitForFunction(() => document.querySelector('[data-testid="announcer"]')?.textContent?.startsWith('Nakhon Ratchasima selected'));
    expect(await announcer(page()).innerText()).toMatch(/^Nakhon Ratchasima selected: Human Achievement Index \(HAI\) 2021 0\.\d{3}, rank \d+ of 77\.$/);
  });

  it('steps through provinces by rank on the focused map with ] and [', async () => {
    await go(page(), '?lang=th');
    await waitForParam(page(), 'province', null);
    await page().locator('.maplibregl-canvas').focus();
    await page().keyboard.press(']');
    await page().waitForFunction(() => new URL(location.href).searchParams.has('province'));
    const first = param(page(), 'province');
    expect(await announcer(page()).innerText()).toMatch(/อันดับ 1 จาก 77$/);
    await page().keyboard.press(']');
    await page().waitForFunction((f) => new URL(location.href).searchParams.get('province') !== f, first);
    expect(await announcer(page()).innerText()).toMatch(/อันดับ 2 จาก 77$/);
    await page().keyboard.press('[');
    await waitForParam(page(), 'province', first);
  });

  it('opens the header menu by keyboard, moves focus into it, closes on Esc and hands focus back', async () => {
    await go(page(), '?lang=en');
    const p = page();
    const toggle = p.getByTestId('header-more');
    await toggle.focus();
    await p.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await p.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('import-open');
    await p.keyboard.press('Tab');
    expect(await p.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('make-story');
    await p.keyboard.press('Escape');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await p.getByTestId('make-story').isVisible()).toBe(false);
    expect(await p.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('header-more');
    // An item opens its panel and closes the menu; closing the panel brings focus back to the menu.
    await p.keyboard.press('Enter');
    await p.keyboard.press('Enter');
    await p.locator('#import-panel').waitFor();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await p.keyboard.press('Escape');
    await p.locator('#import-panel').waitFor({ state: 'detached' });
    expect(await p.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('header-more');
  });

  it('keeps the header to one row on a 1280 px screen in Thai', async () => {
    await go(page(), '?lang=th');
    await page().locator('.lang-toggle[lang="en"]').waitFor();
    const rows = await page().locator('.header-actions > *').evaluateAll((els) => new Set(els.map((e) => Math.round(e.getBoundingClientRect().top))).size);
    expect(rows).toBe(1);
  });
});

describe('keyboard only', () => {
  it('selects a province from the data table', async () => {
    const { page } = await app.open('?lang=en');
    const table = page.getByTestId('data-table');
    await table.locator('summary').focus();
    await page.keyboard.press('Enter');
    const sortByValue = table.locator('button[data-sort="value"]');
    await sortByValue.focus();
    await page.keyboard.press('Enter');
    // Highest value first after sorting by value (descending).
    const firstRow = table.locator('tbody tr').first();
    const code = await firstRow.getAttribute('data-code');
    await firstRow.locator('button').focus();
    await page.keyboard.press('Enter');
    await waitForParam(page, 'province', code);
    expect(await announcer(page).innerText()).toMatch(/selected: .* rank 1 of 77\.$/);
  });
});

describe('the header menu on a phone', () => {
  it('reaches every action on a phone, in Thai', async () => {
    const phone = await app.open('?lang=th', { viewport: PHONE, touch: true });
    await phone.page.getByTestId('header-more').tap();
    await phone.page.getByTestId('make-story').tap();
    await phone.page.getByTestId('draft-add').waitFor();
    await phone.page.getByTestId('header-more').tap();
    await phone.page.getByTestId('import-open').tap();
    await phone.page.locator('#import-panel').waitFor();
    await shot(phone.page, `phone-import-th`);
  });
});

describe('zoomed to 200 %', () => {
  // A 1280×800 laptop at 200 % browser zoom lays out in 640×400 CSS px.
  it('keeps the map, the controls and the figures reachable without horizontal scrolling', async () => {
    const { page } = await app.open('?lang=th&province=TH-56', { viewport: { width: 640, height: 400 } });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640);
    const map = await page.locator('.map').boundingBox();
    expect(map?.height ?? 0).toBeGreaterThanOrEqual(280);
    // Too short for a bottom sheet: the panels follow the map and the page scrolls to them.
    expect(await page.getByTestId('bottom-sheet').count()).toBe(0);
    await page.getByTestId('detail-panel').scrollIntoViewIfNeeded();
    expect(await page.getByTestId('detail-panel').locator('h2').innerText()).toBe('พะเยา');
    await shot(page, `zoom-200-th`);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
