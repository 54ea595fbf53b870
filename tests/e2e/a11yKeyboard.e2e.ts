// End-to-end accessibility by keyboard: the map's main action — pick a province and hear its
// figures — done with the keyboard only (province search, data table, stepping on the map), and
// the header's menu by keyboard and, on a phone, by touch. The axe audits are in
// a11yDesktop.e2e.ts and a11yPhone.e2e.ts.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHONE } from './a11yViews.ts';
import { appSession, param, waitForParam, shot } from './support.ts';

const app = appSession();
beforeAll(() => app.start());
afterAll(() => app.stop());

const announcer = (page: Page) => page.getByTestId('announcer');

describe('keyboard only', () => {
  it('selects a province from the search box by any spelling, and announces its figures', async () => {
    const { page } = await app.open('?lang=en');
    await page.getByTestId('province-search').focus();
    await page.keyboard.type('korat');
    await page.locator('.combobox-list [data-key="TH-30"]').waitFor();
    await page.keyboard.press('Enter');
    await waitForParam(page, 'province', 'TH-30');
    await page.waitForFunction(() => document.querySelector('[data-testid="announcer"]')?.textContent?.startsWith('Nakhon Ratchasima selected'));
    expect(await announcer(page).innerText()).toMatch(/^Nakhon Ratchasima selected: Human Achievement Index \(HAI\) 2021 0\.\d{3}, rank \d+ of 77\.$/);
  });

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

  it('steps through provinces by rank on the focused map with ] and [', async () => {
    const { page } = await app.open('?lang=th');
    await page.locator('.maplibregl-canvas').focus();
    await page.keyboard.press(']');
    await page.waitForFunction(() => new URL(location.href).searchParams.has('province'));
    const first = param(page, 'province');
    expect(await announcer(page).innerText()).toMatch(/อันดับ 1 จาก 77$/);
    await page.keyboard.press(']');
    await page.waitForFunction((f) => new URL(location.href).searchParams.get('province') !== f, first);
    expect(await announcer(page).innerText()).toMatch(/อันดับ 2 จาก 77$/);
    await page.keyboard.press('[');
    await waitForParam(page, 'province', first);
  });
});

describe('the header menu', () => {
  it('opens by keyboard, moves focus into it, closes on Esc and hands focus back', async () => {
    const { page } = await app.open('?lang=en');
    const toggle = page.getByTestId('header-more');
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('import-open');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('make-story');
    await page.keyboard.press('Escape');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByTestId('make-story').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('header-more');
    // An item opens its panel and closes the menu; closing the panel brings focus back to the menu.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.locator('#import-panel').waitFor();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Escape');
    await page.locator('#import-panel').waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('header-more');
  });

  it('keeps the header to one row on a 1280 px screen in Thai, and reaches every action on a phone', async () => {
    const { page } = await app.open('?lang=th');
    const rows = await page.locator('.header-actions > *').evaluateAll((els) => new Set(els.map((e) => Math.round(e.getBoundingClientRect().top))).size);
    expect(rows).toBe(1);
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
