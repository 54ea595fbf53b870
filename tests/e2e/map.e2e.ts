// End-to-end: the production build in real Chromium, with every request off this machine blocked
// and counted. The map becomes ready, hover shows the tooltip, click selects and writes the URL,
// reload restores selection, language and view, and the language switch changes the UI.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForMark } from '../support/browser.ts';
import { appSession, go, headerAction, labelCentre, param, pointOnProvince, READY_TIMEOUT, sharedPage, shot, waitForStill } from './support.ts';

const app = appSession();
beforeAll(() => app.start());
afterAll(() => app.stop());
const open = app.open;

describe('the province map', () => {
  // Drawing, hovering and the language switch share one page, each test following its own link.
  describe('in one page', () => {
    const shared = sharedPage(app, '?lang=en');
    it('draws the 77 provinces with names that do not overlap, offline', async () => {
      const { page } = shared();
      await go(page, '?lang=en');
      expect(await page.locator('.province-label[data-iso]').count()).toBe(77);
      // Every name on the map (provinces, cities): none may overlap another.
      const boxes = await page.$$eval('.province-label', (els) =>
        els
          .filter((el) => getComputedStyle(el).visibility === 'visible')
          .map((el) => el.getBoundingClientRect())
          .map((r) => ({ l: r.left, t: r.top, r: r.right, b: r.bottom })),
      );
      expect(boxes.length).toBeGreaterThanOrEqual(15);
      const provinceNames = await page.$$eval('.province-label[data-iso]', (els) => els.filter((el) => getComputedStyle(el).visibility === 'visible').length);
      expect(provinceNames).toBeGreaterThanOrEqual(8);
      for (const [i, a] of boxes.entries()) {
        for (const b of boxes.slice(i + 1)) {
          const overlap = a.l < b.r && a.r > b.l && a.t < b.b && a.b > b.t;
          expect(overlap).toBe(false);
        }
      }
      await shot(page, `map-en`);
    });

    it('shows the Thai and English name on hover', async () => {
      const { page } = shared();
      await go(page, '?lang=en');
      const p = await labelCentre(page, 'TH-30');
      await page.mouse.move(p.x, p.y);
      const tip = page.getByRole('tooltip');
      await tip.waitFor();
      expect(await tip.getAttribute('data-iso')).toBe('TH-30');
      expect(await tip.innerText()).toContain('Nakhon Ratchasima');
      expect(await tip.innerText()).toContain('นครราชสีมา');
      await shot(page, `hover-en`);
    });

    it('switches the whole UI between English and Thai', async () => {
      const { page } = shared();
      await page.mouse.move(0, 0);
      await go(page, '?lang=en&province=TH-51');
      await page.getByTestId('detail-panel').waitFor();
      expect(await page.locator('h1').innerText()).toBe('Learning City Atlas');
      await page.getByTestId('lang-toggle').click();
      await page.waitForFunction(() => new URL(location.href).searchParams.get('lang') === 'th');
      expect(await page.locator('h1').innerText()).toBe('แผนที่เมืองแห่งการเรียนรู้');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('th');
      expect(await page.locator('.province-label[data-iso="TH-51"]').textContent()).toContain('ลำพูน');
      expect(await page.getByTestId('detail-panel').innerText()).toContain('ประชากรตามทะเบียนราษฎร');
      await shot(page, `map-th`);
    });
  });

  it('selects on click, writes province= to the URL, and reload restores it', async () => {
    const { page } = await open('?lang=en');
    // A point the map itself reports as Phayao (hovered first), so a late layout shift cannot send
    // the click elsewhere.
    const p = await pointOnProvince(page, 'TH-56');
    await page.mouse.click(p.x, p.y);
    await page.waitForFunction(() => new URL(location.href).searchParams.get('province') === 'TH-56');
    const panel = page.getByTestId('detail-panel');
    await panel.waitFor();
    expect(await panel.locator('h2').innerText()).toBe('Phayao');
    expect(await panel.innerText()).toMatch(/Registered population\s+\d{3},\d{3}/);
    expect(await panel.innerText()).toContain('DOPA');
    expect(await page.getByTestId('announcer').innerText()).toMatch(/^Phayao selected: Human Achievement Index \(HAI\) 2021 0\.\d{3}, rank \d+ of 77\.$/);

    await page.reload();
    await waitForMark(page, 'atlas:map-ready', READY_TIMEOUT);
    await page.getByTestId('detail-panel').waitFor();
    expect(await page.getByTestId('detail-panel').locator('h2').innerText()).toBe('Phayao');
    expect(param(page, 'province')).toBe('TH-56');

    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('province'));
    expect(await page.getByTestId('detail-panel').count()).toBe(0);
  });

  it('takes the browser language when the URL has none', async () => {
    const { page } = await open('', { locale: 'th-TH' });
    expect(await page.locator('h1').innerText()).toBe('แผนที่เมืองแห่งการเรียนรู้');
    expect(param(page, 'lang')).toBe('th');
  });

  it('records the view after a pan and restores it on reload', async () => {
    const { page } = await open('?lang=en');
    const before = await labelCentre(page, 'TH-30');
    await page.mouse.move(640, 400);
    await page.mouse.down();
    await page.mouse.move(540, 350, { steps: 8 });
    await page.mouse.up();
    await page.waitForFunction(() => new URL(location.href).searchParams.has('view'));
    const view = param(page, 'view');
    const moved = await labelCentre(page, 'TH-30');
    expect(Math.abs(moved.x - before.x - -100)).toBeLessThan(6);

    await page.reload();
    await waitForMark(page, 'atlas:map-ready', READY_TIMEOUT);
    expect(param(page, 'view')).toBe(view);
    const restored = await labelCentre(page, 'TH-30');
    expect(Math.abs(restored.x - moved.x)).toBeLessThan(3);
    expect(Math.abs(restored.y - moved.y)).toBeLessThan(3);
  });

  it('writes no camera to the URL when only the window changes size, on a phone with a selection', async () => {
    const { page } = await app.open('?lang=en&province=TH-56', { viewport: { width: 390, height: 844 }, touch: true });
    // Once the fit has landed (the map stops changing), a language change writes the whole state
    // to the URL: a camera the map had recorded would be written with it.
    const landedThenFlush = async (lang: 'th' | 'en') => {
      await waitForStill(page);
      await headerAction(page, 'lang-toggle');
      await page.waitForFunction((l) => document.documentElement.lang === l && (new URL(location.href).searchParams.get('lang') ?? 'en') === l, lang);
    };
    await landedThenFlush('th');
    expect(param(page, 'view')).toBeNull();
    // Rotating a phone, or a desktop window dragged narrower: the map refits, the link stays clean.
    await page.setViewportSize({ width: 360, height: 780 });
    await landedThenFlush('en');
    expect(param(page, 'view')).toBeNull();
    expect(param(page, 'province')).toBe('TH-56');
  });

  it('falls back to defaults on malformed URL parameters', async () => {
    const { page } = await open('?lang=xx&province=TH-99,nonsense&view=abc,1');
    expect(await page.locator('h1').innerText()).toBe('Learning City Atlas');
    expect(await page.getByTestId('detail-panel').count()).toBe(0);
    expect(param(page, 'view')).toBeNull();
  });
});
