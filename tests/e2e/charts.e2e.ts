// End-to-end: the linked charts. Hovering a bar highlights the province on the map, clicking a
// bar selects it, brushing the scatter lights up provinces on the map, and the charts report
// ready. Screenshots of the side column in English and Thai.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { waitForMark } from '../support/browser.ts';
import { appSession, go, sharedPage, waitForParam, shot } from './support.ts';

const app = appSession();
beforeAll(() => app.start());
afterAll(() => app.stop());

const mapAttr = (page: Page, name: string) => page.getByTestId('map-summary').getAttribute(name);

describe('linked charts', () => {
  // Charts-ready, the bar hover and the Thai column share one page (the first opens it cold, so
  // its charts-ready mark is the page's own); the brush, which stays on the plot, has its own.
  describe('in one page', () => {
    const shared = sharedPage(app, '?lang=en&indicator=students-per-teacher');
    it('marks charts-ready and draws a bar for every province with data', async () => {
      const { page } = shared();
      await go(page, '?lang=en&indicator=students-per-teacher');
      expect(await waitForMark(page, 'atlas:charts-ready', 30_000)).toBeGreaterThan(0);
      // 73 provinces have 2018 OBEC figures; the other 4 are listed as "no data", not drawn as zero.
      expect(await page.locator('[data-chart="rank"] .rank-row:not(.is-missing)').count()).toBe(73);
      expect(await page.locator('[data-chart="rank"] .rank-row.is-missing').count()).toBe(4);
    });

    it('hovering a bar highlights that province on the map; clicking selects it', async () => {
      const { page } = shared();
      await go(page, '?lang=en&indicator=hai');
      const bar = page.locator('[data-chart="rank"] .rank-row[data-code="TH-56"]');
      await bar.scrollIntoViewIfNeeded();
      await bar.hover();
      await page.waitForFunction(() => document.querySelector('[data-testid="map-summary"]')?.getAttribute('data-hover') === 'TH-56');
      expect(await bar.getAttribute('class')).toContain('is-hovered');
      await shot(page, `bar-hover-map`);
      await bar.click();
      await waitForParam(page, 'province', 'TH-56');
      expect(await page.getByTestId('detail-panel').locator('h2').innerText()).toBe('Phayao');
    });

    it('renders the side column in Thai', async () => {
      const { page } = shared();
      // The pointer leaves the bar the test before hovered, as on a fresh page.
      await page.mouse.move(0, 0);
      await go(page, '?lang=th&indicator=edu-upper-secondary-plus&province=TH-51,TH-95');
      await waitForMark(page, 'atlas:charts-ready', 30_000);
      await page.locator('[data-chart="timeseries"]').waitFor();
      expect(await page.locator('[data-chart="timeseries"]').count()).toBe(1);
      await shot(page, `charts-th`);
  });

  it('brushing the scatter plot lights up those provinces on the map', async () => {
    const { page } = await app.open('?lang=en&indicator=hai&scatter=gpp-per-capita,hai');
    const svg = page.locator('[data-chart="scatter"]');
    await svg.scrollIntoViewIfNeeded();
    const overlay = svg.locator('.brush .overlay');
    const box = await overlay.boundingBox();
    if (!box) throw new Error('no brush overlay');
    await page.mouse.move(box.x + box.width * 0.05, box.y + box.height * 0.05);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.95, box.y + box.height * 0.6, { steps: 6 });
    await page.mouse.up();
    await page.waitForFunction(() => (document.querySelector('[data-testid="map-summary"]')?.getAttribute('data-highlight') ?? '') !== '');
    const lit = ((await mapAttr(page, 'data-highlight')) ?? '').split(',');
    expect(lit.length).toBeGreaterThan(0);
    expect(lit.length).toBeLessThan(77);
    expect(await svg.locator('.scatter-point.is-highlighted').count()).toBe(lit.length);
    await shot(page, `scatter-brush`);
  });
});
});
