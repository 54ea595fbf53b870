// End-to-end: the learning-city network. Toggle each layer, move the network year and see the
// count and the city labels change, open a pilot profile by click and by keyboard, open a city
// profile, go to the world view and back; screenshots with all layers on in Thai and English.
// The tests share one page, each following its own link first (a cold load costs seconds).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appSession, go, pointOnProvince, param, sharedPage, waitForParam, shot } from './support.ts';

const app = appSession();
beforeAll(() => app.start());
afterAll(() => app.stop());

const visibleCityLabels = (page: Page) =>
  page.$$eval('[data-label^="city:"]', (els) => els.filter((e) => (e as HTMLElement).style.visibility === 'visible').length);

/** Opens the place lists (a <details> an earlier test may have left open). */
async function openPlaceLists(page: Page): Promise<void> {
  const lists = page.getByTestId('place-lists');
  if (!(await lists.evaluate((d) => (d as HTMLDetailsElement).open))) await lists.locator('summary').click();
}

describe('learning-city network', () => {
  const shared = sharedPage(app, '?lang=en');

  it('toggles each layer and keeps the choice in the URL', async () => {
    const { page } = shared();
    await go(page, '?lang=en');
    for (const [layer, expected] of [
      ['partners', 'pilots,cities,partners'],
      ['links', 'pilots,cities,partners,links'],
      ['pilots', 'cities,partners,links'],
      ['cities', 'partners,links'],
    ] as const) {
      await page.locator(`input[data-layer="${layer}"]`).click();
      await waitForParam(page, 'layers', expected);
    }
    // With cities off, no city label is shown.
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-label^="city:"]')].every((e) => (e as HTMLElement).style.visibility !== 'visible'),
    );
  });

  it('grows the network year by year: count and city labels follow the slider', async () => {
    const { page } = shared();
    await go(page, '?lang=en&network=2019');
    const count = page.getByTestId('network-count');
    expect(await count.getAttribute('data-count')).toBe('1');
    expect(await count.innerText()).toBe('1 UNESCO learning city in Thailand');
    expect(await visibleCityLabels(page)).toBeLessThanOrEqual(1);
    const slider = page.getByTestId('network-slider');
    await slider.focus();
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
    await waitForParam(page, 'network', '2025');
    expect(await count.getAttribute('data-count')).toBe('13');
    expect(await visibleCityLabels(page)).toBeGreaterThan(3);
  });

  it('opens a pilot profile by clicking its province, and by keyboard from the list', async () => {
    const { page } = shared();
    await go(page, '?lang=en');
    const p = await pointOnProvince(page, 'TH-41');
    await page.mouse.click(p.x, p.y);
    await waitForParam(page, 'province', 'TH-41');
    const profile = page.getByTestId('pilot-profile');
    await profile.waitFor();
    expect(await profile.innerText()).toMatch(/Isaan/);
    await page.keyboard.press('Escape');
    await waitForParam(page, 'province', null);

    await openPlaceLists(page);
    const yala = page.locator('[data-pilot="TH-95"]');
    await yala.focus();
    await page.keyboard.press('Enter');
    await waitForParam(page, 'province', 'TH-95');
    expect(await page.getByTestId('pilot-profile').innerText()).toMatch(/digital/);
  });

  it('opens a learning city profile from the list, with its source and approximate location', async () => {
    const { page } = shared();
    await go(page, '?lang=th');
    await openPlaceLists(page);
    await page.locator('[data-place="city:chiang-rai"]').click();
    await waitForParam(page, 'place', 'city:chiang-rai');
    const profile = page.getByTestId('place-profile');
    expect(await profile.locator('h2').innerText()).toBe('เชียงราย');
    expect(await profile.innerText()).toContain('พ.ศ. 2562');
    expect(await profile.innerText()).toContain('ตำแหน่งเป็นจุดกึ่งกลางเมืองโดยประมาณ');
    expect(await profile.locator('a[href^="https://"]').count()).toBeGreaterThan(0);
  });

  it('goes to the world view with the partners abroad, and back to Thailand', async () => {
    const { page } = shared();
    await go(page, '?lang=en&layers=pilots,cities,partners,links');
    await page.getByTestId('world-view').click();
    await page.waitForFunction(() => {
      const v = new URL(location.href).searchParams.get('view');
      return v !== null && Number(v.split(',')[2]) < 3.5;
    }, undefined, { timeout: 20_000 });
    await shot(page, `world-en`);
    await page.getByTestId('thailand-view').click();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('view'), undefined, { timeout: 20_000 });
    expect(param(page, 'view')).toBeNull();
  });

  it('shows all layers in Thai and in English (screenshots)', async () => {
    const { page } = shared();
    for (const lang of ['th', 'en'] as const) {
      await go(page, `?lang=${lang}&layers=pilots,cities,partners,links&province=TH-51`);
      await shot(page, `network-${lang}`);
      expect(await page.locator('.pilot-mark').count()).toBe(6);
    }
  });
});
