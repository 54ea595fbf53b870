// End-to-end accessibility on a 390×844 phone (touch): an axe-core audit (WCAG 2.1 A/AA) of every
// view (dashboard, comparison, story player, embed, presenter window) in Thai and English with
// zero serious or critical violations; selecting a province by tapping the map; the bottom sheet
// by touch and keyboard; a swipe over a chart scrolls the sheet.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeAudits, PHONE } from './a11yViews.ts';
import { appSession, waitForParam, shot } from './support.ts';

const app = appSession();
beforeAll(() => app.start());
afterAll(() => app.stop());

describeAudits(app, 'phone');

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
