// End-to-end accessibility: an axe-core audit (WCAG 2.1 A/AA) of the dashboard in Thai and
// English, on a desktop and a 390×844 phone, with zero serious or critical violations; and the
// map's main action — pick a province and hear its figures — done with the keyboard only
// (province search, data table, stepping on the map) and by touch on a phone.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { PRESENTER_WINDOW } from '../../src/present/presenterWindow.ts';
import { appSession, headerAction, param, waitForParam, shot } from './support.ts';

const axeVersion = (createRequire(import.meta.url)('axe-core/package.json') as { version: string }).version;

const app = appSession();
beforeAll(() => app.start());
afterAll(() => app.stop());

const PHONE = { width: 390, height: 844 };

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`);
}

const announcer = (page: Page) => page.getByTestId('announcer');

/** The views every audit covers; each opens its page and leaves it ready to audit. */
const VIEWS: Record<string, (lang: 'th' | 'en', viewport: { width: number; height: number }, touch: boolean) => Promise<Page>> = {
  // With a search that matches nothing typed into the province combobox: its empty state is audited too.
  dashboard: async (lang, viewport, touch) => {
    const { page } = await app.open(`?lang=${lang}&province=TH-56`, { viewport, touch });
    await page.getByTestId('detail-panel').waitFor();
    await page.getByTestId('province-search').focus();
    await page.keyboard.type('zzzz');
    await page.locator('.combobox-empty').waitFor();
    return page;
  },
  // Two provinces selected: the detail panel is the side-by-side comparison table (issue 19).
  comparison: async (lang, viewport, touch) => {
    const { page } = await app.open(`?lang=${lang}&province=TH-41,TH-95`, { viewport, touch });
    await page.getByTestId('comparison').waitFor();
    return page;
  },
  embed: async (lang, viewport, touch) => {
    const { page } = await app.open(`?lang=${lang}&embed=1&province=TH-56`, { viewport, touch });
    return page;
  },
  story: async (lang, viewport, touch) => {
    const { page } = await app.open(`?lang=${lang}&story=learning-city-thailand&slide=7`, { viewport, touch, reducedMotion: 'reduce' });
    await page.locator('#story-slide-title').waitFor();
    return page;
  },
  // The presenter window is the same app under its window name (src/present/presenterWindow.ts).
  presenter: async (lang, viewport, touch) => {
    const { page } = await app.open(`?lang=${lang}&story=learning-city-thailand&slide=7`, { viewport, touch, reducedMotion: 'reduce' });
    await page.evaluate((name) => {
      window.name = name;
    }, PRESENTER_WINDOW);
    await page.reload();
    await page.getByTestId('presenter-count').waitFor();
    return page;
  },
};

describe('accessibility audit (axe-core ≥ 4.14)', () => {
  it('runs axe-core 4.14 or later', () => {
    const [major, minor] = axeVersion.split('.').map(Number);
    expect((major ?? 0) * 100 + (minor ?? 0)).toBeGreaterThanOrEqual(414);
  });
  for (const [view, open] of Object.entries(VIEWS)) {
    for (const lang of ['th', 'en'] as const) {
      for (const [device, viewport] of [['desktop', { width: 1280, height: 800 }], ['phone', PHONE]] as const) {
        it(`has no serious or critical violations: ${view}, ${lang}, ${device}`, async () => {
          const page = await open(lang, viewport, device === 'phone');
          expect(await seriousViolations(page)).toEqual([]);
          if (view === 'story' && device === 'phone') await shot(page, `story-phone-${lang}`);
          // A full-page audit after a cold map load takes over a minute on a loaded 2-core machine.
        }, 240_000);
      }
    }
  }
});

describe('themes', () => {
  it('follows a dark system scheme with no serious or critical violations', async () => {
    const { page } = await app.open('?lang=th&province=TH-56', { colorScheme: 'dark' });
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(15, 20, 26)');
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, `dark-th`);
  });

  it('switches to high contrast, remembers it, with no serious or critical violations', async () => {
    const { page } = await app.open('?lang=en&province=TH-56');
    await headerAction(page, 'contrast-toggle');
    expect(await page.evaluate(() => document.documentElement.dataset.contrast)).toBe('high');
    expect(await seriousViolations(page)).toEqual([]);
    await page.reload();
    await page.getByTestId('contrast-toggle').waitFor({ state: 'attached' });
    expect(await page.getByTestId('contrast-toggle').getAttribute('aria-pressed')).toBe('true');
  });
});

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

describe('phone', () => {
  it('selects a province by tapping the map, in Thai, without horizontal scrolling', async () => {
    const { page } = await app.open('?lang=th', { viewport: PHONE, touch: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    const box = await page.locator('.province-label[data-iso="TH-30"]').boundingBox();
    if (!box) throw new Error('no Nakhon Ratchasima label');
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    await waitForParam(page, 'province', 'TH-30');
    await page.getByTestId('detail-panel').waitFor();
    await shot(page, `phone-th`);
    await page.getByTestId('detail-panel').scrollIntoViewIfNeeded();
    await shot(page, `phone-th-detail`);
    expect(await page.getByTestId('detail-panel').locator('h2').innerText()).toBe('นครราชสีมา');
  });

  it('shows the panels as a bottom sheet that opens on selection, drags and steps by keyboard', async () => {
    const { page } = await app.open('?lang=en', { viewport: PHONE, touch: true });
    const sheet = page.getByTestId('bottom-sheet');
    const handle = sheet.locator('.sheet-handle');
    expect(await sheet.getAttribute('data-state')).toBe('peek');
    // The map is not hidden behind the closed sheet: the sheet starts below the map's bottom edge.
    const mapBox = await page.locator('.map').boundingBox();
    const peekBox = await sheet.boundingBox();
    if (!mapBox || !peekBox) throw new Error('no map or sheet box');
    expect(peekBox.y).toBeGreaterThanOrEqual(mapBox.y + mapBox.height - 1);

    await page.getByTestId('province-search').focus();
    await page.keyboard.type('Yala');
    await page.locator('.combobox-list [data-key="TH-95"]').waitFor();
    await page.keyboard.press('Enter');
    await waitForParam(page, 'province', 'TH-95');
    await page.waitForFunction(() => document.querySelector('[data-testid=bottom-sheet]')?.getAttribute('data-state') === 'half');
    await expect.poll(async () => (await page.getByTestId('detail-panel').locator('h2').boundingBox())?.y ?? -1).toBeGreaterThan(0);
    // The sheet slides to half height (a 200 ms CSS transition): grab the handle where it ends up,
    // not where it is mid-slide (a slow machine pressed the map instead and the drag never began).
    await page.waitForFunction(() => document.querySelector('[data-testid=bottom-sheet]')?.getAnimations().length === 0);

    const h = await handle.boundingBox();
    if (!h) throw new Error('no handle');
    await page.mouse.move(h.x + h.width / 2, h.y + h.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 8; i++) await page.mouse.move(h.x + h.width / 2, h.y + h.height / 2 - i * 40);
    await page.mouse.up();
    await page.waitForFunction(() => document.querySelector('[data-testid=bottom-sheet]')?.getAttribute('data-state') === 'full');
    const fullBox = await sheet.boundingBox();
    if (!fullBox) throw new Error('no sheet box');
    // Fully open, the header (search, language) stays reachable above the sheet.
    const header = await page.locator('.app-header').boundingBox();
    expect(fullBox.y).toBeGreaterThanOrEqual((header?.y ?? 0) + (header?.height ?? 0) - 1);

    await handle.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => document.querySelector('[data-testid=bottom-sheet]')?.getAttribute('data-state') === 'peek');
    expect(await handle.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('[data-testid=bottom-sheet]')?.getAttribute('data-state') === 'half');
    await shot(page, `phone-sheet-en`);
  });

  it('scrolls the sheet, not a brush, when a finger swipes over the scatter plot', async () => {
    const { page, context } = await app.open('?lang=en&province=TH-56', { viewport: PHONE, touch: true });
    const svg = page.locator('[data-chart="scatter"]');
    await svg.waitFor();
    await svg.scrollIntoViewIfNeeded();
    const box = await svg.locator('.plot-area, .brush .overlay').first().boundingBox();
    if (!box) throw new Error('no scatter plot area');
    const body = page.locator('.sheet-body');
    const before = await body.evaluate((el) => el.scrollTop);
    // A real touch swipe (CDP touch events, as a phone sends them): up by 200 px over the plot.
    const cdp = await context.newCDPSession(page);
    const x = box.x + box.width / 2;
    const y0 = box.y + box.height * 0.8;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y: y0 }] });
    for (let i = 1; i <= 10; i++) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y0 - i * 20 }] });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(() => body.evaluate((el) => el.scrollTop)).toBeGreaterThan(before + 50);
    expect(await page.getByTestId('map-summary').getAttribute('data-highlight')).toBe('');
  });
});
