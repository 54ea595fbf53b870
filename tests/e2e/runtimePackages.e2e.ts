// End-to-end: extra Data Packages a deployment lists in data-packages.json. The SYNTHETIC
// fixtures (tests/fixtures/runtime-packages/) are served at the paths the config names: the good
// package's indicator is in the picker marked with its publisher and on the map; the broken one
// (a source without a licence) is named in the data-failures notice and the atlas works on.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, openPage, waitForMark } from '../support/browser.ts';
import { READY_TIMEOUT, selectBySearch, waitForParam, shot } from './support.ts';

const FIXTURES = 'tests/fixtures/runtime-packages';
let browser: Awaited<ReturnType<typeof launchChromium>>;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

/** Serves `config` as data-packages.json and the fixtures under packages/ on the app's origin. */
async function serve(page: Page, config: object): Promise<void> {
  await page.route('**/data-packages.json', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(config) }));
  await page.route('**/packages/**', (r) => {
    const rel = new URL(r.request().url()).pathname.split('/packages/')[1] ?? '';
    const type = rel.endsWith('.json') ? 'application/json' : 'text/csv';
    return r.fulfill({ status: 200, contentType: type, body: readFileSync(`${FIXTURES}/${rel}`) });
  });
}

describe('runtime Data Packages', () => {
  it('loads a listed package: its indicator is in the picker with its publisher and on the map', async () => {
    const { page, errors, blocked } = await openPage(browser, 'about:blank', { locale: 'en-GB' });
    await serve(page, { packages: ['packages/eef/datapackage.json'] });
    await page.goto(`${inject('baseUrl')}?lang=en`);
    await waitForMark(page, 'atlas:map-ready', READY_TIMEOUT);
    expect(await page.locator('.data-failures').count()).toBe(0);
    const input = page.getByTestId('indicator-input');
    await input.focus();
    await page.keyboard.type('tutors');
    const option = page.locator('.combobox-list [data-key="eef-synthetic-tutors"]');
    await option.waitFor();
    expect(await option.locator('[data-package]').innerText()).toBe('EEF (test fixture)');
    await input.press('Enter');
    await waitForParam(page, 'indicator', 'eef-synthetic-tutors');
    const summary = page.getByTestId('map-summary');
    expect(await summary.getAttribute('data-indicator')).toBe('eef-synthetic-tutors');
    expect(await summary.innerText()).toMatch(/Phayao[^.]*6\.0/);
    await shot(page, `runtime-package`);
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('names a broken package in the data-failures notice, loads the good one and the atlas works', async () => {
    const { page, errors, blocked } = await openPage(browser, 'about:blank', { locale: 'en-GB' });
    await serve(page, { packages: ['packages/broken/datapackage.json', 'packages/eef/datapackage.json'] });
    await page.goto(`${inject('baseUrl')}?lang=en&indicator=hai`);
    await waitForMark(page, 'atlas:map-ready', READY_TIMEOUT);
    const notice = page.locator('.data-failures');
    expect(await notice.getAttribute('role')).toBe('alert');
    expect(await notice.locator('li').allInnerTexts()).toEqual([
      expect.stringMatching(/^packages\/broken\/datapackage\.json: field resources\[0\]\.atlas\.source\.licence: is required/),
    ]);
    expect(await page.getByTestId('map-summary').getAttribute('data-indicator')).toBe('hai');
    // Nothing of the broken package is half-loaded; the good one is there.
    const input = page.getByTestId('indicator-input');
    await input.focus();
    await page.keyboard.type('tutors');
    await page.locator('.combobox-list [data-key="eef-synthetic-tutors"]').waitFor();
    expect(await page.locator('.combobox-list [data-key="broken-tutors"]').count()).toBe(0);
    await input.press('Escape');
    await selectBySearch(page, 'phayao', 'TH-56');
    expect(await page.getByTestId('detail-panel').locator('h2').innerText()).toBe('Phayao');
    await shot(page, `runtime-package-broken`);
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 120_000);
});
