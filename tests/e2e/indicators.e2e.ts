// End-to-end: indicators on the map. Choose an indicator and a year from the UI and from the
// URL, play the years, and light up a legend class on the map. The tests share one page, opened
// cold on the first test's link (the URL a visitor arrives with); each test follows its own link first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appSession, chooseIndicator, go, param, sharedPage, waitForParam, shot } from './support.ts';

const app = appSession();
beforeAll(() => app.start());
afterAll(() => app.stop());

const summary = (page: import('playwright-core').Page) => page.getByTestId('map-summary');

describe('indicators', () => {
  const shared = sharedPage(app, '?lang=th&indicator=gpp-per-capita&year=2018');
  it('opens the indicator and year the URL names, in Thai with Buddhist-Era years', async () => {
    const { page } = shared();
    await go(page, '?lang=th&indicator=gpp-per-capita&year=2018');
    expect(await summary(page).getAttribute('data-indicator')).toBe('gpp-per-capita');
    expect(await summary(page).getAttribute('data-year')).toBe('2018');
    expect(await page.getByTestId('year-control').innerText()).toContain('พ.ศ. 2561');
    expect(await page.getByTestId('legend').innerText()).toContain('พ.ศ. 2561');
    await shot(page, `indicator-th`);
  });

  it('chooses an indicator by typing in the picker, and the map, legend and URL follow', async () => {
    const { page } = shared();
    await go(page, '?lang=en');
    await chooseIndicator(page, 'density', 'density');
    expect(await summary(page).getAttribute('data-indicator')).toBe('density');
    expect(await page.getByTestId('legend').innerText()).toContain('Population density');
    // Typing Thai finds the same list.
    const input = page.getByTestId('indicator-input');
    await input.click();
    await input.fill('ดัชนีความก้าวหน้า');
    await page.locator('li[role="option"]').first().waitFor();
    expect(await page.locator('li[role="option"]').first().getAttribute('data-key')).toBe('hai');
    await input.press('Escape');
  });

  it('moves the year with the slider and plays through the years', async () => {
    const { page } = shared();
    await go(page, '?lang=en&indicator=hai&year=2015');
    const slider = page.getByTestId('year-slider');
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await waitForParam(page, 'year', '2016');
    expect(await summary(page).getAttribute('data-year')).toBe('2016');

    await page.getByTestId('play').click();
    // The player steps every 1.2 s and stops by itself at the last year.
    await page.waitForFunction(() => new URL(location.href).searchParams.get('year') === '2021', undefined, { timeout: 20_000 });
    await page.waitForFunction(() => document.querySelector('[data-testid="play"]')?.getAttribute('aria-pressed') === 'false');
    expect(await summary(page).getAttribute('data-year')).toBe('2021');
  });

  it('lights up a legend class on the map, and shows "no data" where a province lacks it', async () => {
    const { page } = shared();
    await go(page, '?lang=en&indicator=targeted-poor-pct');
    const noData = page.locator('[data-bin="no-data"]');
    expect(await noData.innerText()).toContain('No data');
    await noData.hover();
    await page.waitForFunction(() => document.querySelector('[data-testid="map-summary"]')?.getAttribute('data-highlight') === 'TH-10');
    const bin = page.locator('[data-bin="0"]');
    await bin.hover();
    const count = Number.parseInt(await bin.locator('.count').innerText(), 10);
    expect(count).toBeGreaterThan(0);
    await page.waitForFunction(
      (n) => (document.querySelector('[data-testid="map-summary"]')?.getAttribute('data-highlight') ?? '').split(',').filter(Boolean).length === n,
      count,
    );
    await shot(page, `legend-highlight`);
    await page.mouse.move(5, 5);
    await page.waitForFunction(() => document.querySelector('[data-testid="map-summary"]')?.getAttribute('data-highlight') === '');
  });

  it('changes classification from the controls and keeps it in the URL', async () => {
    const { page } = shared();
    await go(page, '?lang=en&indicator=hai');
    // Below 1500 px the classification folds into the toolbar's "Classes" popover.
    await page.locator('.toolbar-more > summary').click();
    await page.getByTestId('classify').waitFor({ state: 'visible' });
    await page.getByTestId('classify').selectOption('ckmeans');
    await page.getByTestId('k').selectOption('7');
    await waitForParam(page, 'classify', 'ckmeans');
    await waitForParam(page, 'k', '7');
    expect(await page.locator('[data-bin]').count()).toBe(7);
    expect(param(page, 'indicator')).toBeNull();
  });
});
