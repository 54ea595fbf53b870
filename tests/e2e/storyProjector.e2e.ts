// Story mode on a 1920×1080 projector: map labels and legend at 18 px or more, and a province
// slide that keeps the province's neighbours in view (Udon Thani, slide 7) — screenshot kept.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appSession, shot } from './support.ts';

const app = appSession();
beforeAll(() => app.start());
afterAll(() => app.stop());

const FULL_HD = { width: 1920, height: 1080 };
/** Udon Thani and the provinces around it. */
const UDON = 'TH-41';
const NEIGHBOURS = ['TH-43', 'TH-39', 'TH-40', 'TH-42', 'TH-47', 'TH-46'];

describe('story mode on a projector', () => {
  it('shows a province slide with its neighbours, labels and legend at 18 px or more', async () => {
    const { page } = await app.open('?lang=en&story=learning-city-thailand&slide=7', { viewport: FULL_HD, reducedMotion: 'reduce' });
    await page.locator('#story-slide-title').waitFor();
    // The camera has settled on the slide when the province and at least four neighbours are labelled inside the map.
    await page.waitForFunction(
      ([own, around]) => {
        const map = document.querySelector('.story-map')?.getBoundingClientRect();
        if (!map) return false;
        const shown = (iso: string) => {
          const el = document.querySelector<HTMLElement>(`.story-map .province-label[data-iso="${iso}"]`);
          if (!el || getComputedStyle(el).visibility !== 'visible') return false;
          const r = el.getBoundingClientRect();
          return r.left >= map.left && r.right <= map.right && r.top >= map.top && r.bottom <= map.bottom;
        };
        return shown(own as string) && (around as string[]).filter(shown).length >= 4;
      },
      [UDON, NEIGHBOURS] as const,
      { timeout: 30_000 },
    );
    const sizes = await page.evaluate(() => {
      const px = (sel: string) => [...document.querySelectorAll<HTMLElement>(sel)].map((el) => parseFloat(getComputedStyle(el).fontSize));
      return { labels: px('.story-map .province-label'), legend: px('.story-map .legend-bin .range') };
    });
    expect(sizes.labels.length).toBeGreaterThan(10);
    expect(Math.min(...sizes.labels)).toBeGreaterThanOrEqual(18);
    expect(sizes.legend.length).toBeGreaterThan(2);
    expect(Math.min(...sizes.legend)).toBeGreaterThanOrEqual(18);
    await shot(page, `story-projector-udon-1920`);
  });
});
