// Story mode on a 1920×1080 projector: map labels and legend at 18 px or more, a province slide
// that keeps the province's neighbours in view (Udon Thani, slide 7), and a locator inset of
// Thailand with the slide's province marked — with WebGL and with the SVG map; screenshots kept.
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appSession, shot } from './support.ts';

const app = appSession();
const svgApp = appSession({ webgl: false });
beforeAll(() => Promise.all([app.start(), svgApp.start()]));
afterAll(() => Promise.all([app.stop(), svgApp.stop()]));

const FULL_HD = { width: 1920, height: 1080 };
/** Udon Thani and the provinces around it. */
const UDON = 'TH-41';
const NEIGHBOURS = ['TH-43', 'TH-39', 'TH-40', 'TH-42', 'TH-47', 'TH-46'];
/** Readable at the back of the room: the locator's drawing box (160 × 290 units) at 1 px a unit or more. */
const LOCATOR_MIN = { width: 160, height: 290 };

/** Waits until the province and at least four neighbours are labelled inside the map (the camera has settled). */
async function waitForFraming(page: Page, own: string, around: readonly string[]): Promise<void> {
  await page.waitForFunction(
    ([iso, others]) => {
      const map = document.querySelector('.story-map')?.getBoundingClientRect();
      if (!map) return false;
      const shown = (code: string) => {
        const el = document.querySelector<HTMLElement>(`.story-map .province-label[data-iso="${code}"]`);
        if (!el || getComputedStyle(el).visibility !== 'visible') return false;
        const r = el.getBoundingClientRect();
        return r.left >= map.left && r.right <= map.right && r.top >= map.top && r.bottom <= map.bottom;
      };
      return shown(iso as string) && (others as string[]).filter(shown).length >= 4;
    },
    [own, around] as const,
    { timeout: 30_000 },
  );
}

/** The locator as drawn: its box, the marked province, the ring, and what the map's other boxes are. */
async function readLocator(page: Page) {
  return page.evaluate(() => {
    const svg = document.querySelector<SVGSVGElement>('[data-testid="story-locator"]');
    if (!svg) return null;
    const box = (el: Element | null) => {
      const r = el?.getBoundingClientRect();
      return r ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height } : null;
    };
    const marked = [...svg.querySelectorAll('path.locator-marked')].map((p) => p.getAttribute('data-iso'));
    return {
      iso: svg.dataset.iso,
      role: svg.getAttribute('role'),
      title: svg.querySelector('title')?.textContent ?? '',
      labelledBy: svg.getAttribute('aria-labelledby'),
      titleId: svg.querySelector('title')?.id,
      provinces: svg.querySelectorAll('path').length,
      marked,
      box: box(svg),
      markedBox: box(svg.querySelector('path.locator-marked')),
      ring: box(svg.querySelector('circle.locator-ring')),
      map: box(document.querySelector('.story-map')),
      // What else floats over the map: the legend, the SVG map's notice, zoom buttons, attribution.
      overlays: [...document.querySelectorAll('.story-map .legend, .story-map .svg-map-notice, .story-map .maplibregl-ctrl, .story-map button')]
        .filter((el) => !svg.contains(el) && getComputedStyle(el).visibility !== 'hidden' && el.getBoundingClientRect().width > 0)
        .map((el) => ({ what: el.className.toString(), ...box(el) })),
    };
  });
}

/** Serious or critical axe-core findings (WCAG 2.1 A/AA) on the page as it is, the locator included. */
async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

type Box = { left: number; top: number; right: number; bottom: number };
const inside = (a: Box, b: Box) => a.left >= b.left - 0.5 && a.right <= b.right + 0.5 && a.top >= b.top - 0.5 && a.bottom <= b.bottom + 0.5;
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The locator marks `iso` (and only it), names it, is readable, and lies in the map clear of the legend. */
async function expectLocator(page: Page, iso: string, name: string, min = LOCATOR_MIN): Promise<void> {
  await page.locator(`[data-testid="story-locator"][data-iso="${iso}"]`).waitFor();
  const l = await readLocator(page);
  expect(l).not.toBeNull();
  if (!l || !l.box || !l.markedBox || !l.ring || !l.map) throw new Error('locator parts missing');
  expect(l.role).toBe('img');
  expect(l.labelledBy).toBe(l.titleId);
  expect(l.title).toBe(name);
  expect(l.provinces).toBe(77);
  expect(l.marked).toEqual([iso]);
  expect(l.box.width).toBeGreaterThanOrEqual(min.width);
  expect(l.box.height).toBeGreaterThanOrEqual(min.height);
  expect(inside(l.box, l.map)).toBe(true);
  expect(l.overlays.filter((o) => o.left !== undefined && overlaps(l.box as Box, o as Box)).map((o) => o.what)).toEqual([]);
  // The ring is around the marked province: the province's box centre lies inside the ring's box.
  const cx = (l.markedBox.left + l.markedBox.right) / 2;
  const cy = (l.markedBox.top + l.markedBox.bottom) / 2;
  expect(cx).toBeGreaterThan(l.ring.left);
  expect(cx).toBeLessThan(l.ring.right);
  expect(cy).toBeGreaterThan(l.ring.top);
  expect(cy).toBeLessThan(l.ring.bottom);
  // The accessible name is the one a screen reader reads.
  await expect.poll(() => page.getByRole('img', { name }).count()).toBe(1);
}

describe('story mode on a projector', () => {
  it('shows a province slide with its neighbours, a locator of Thailand, labels and legend at 18 px or more', async () => {
    const { page } = await app.open('?lang=en&story=learning-city-thailand&slide=7', { viewport: FULL_HD, reducedMotion: 'reduce' });
    await page.locator('#story-slide-title').waitFor();
    await waitForFraming(page, UDON, NEIGHBOURS);
    const sizes = await page.evaluate(() => {
      const px = (sel: string) => [...document.querySelectorAll<HTMLElement>(sel)].map((el) => parseFloat(getComputedStyle(el).fontSize));
      return { labels: px('.story-map .province-label'), legend: px('.story-map .legend-bin .range') };
    });
    expect(sizes.labels.length).toBeGreaterThan(10);
    expect(Math.min(...sizes.labels)).toBeGreaterThanOrEqual(18);
    expect(sizes.legend.length).toBeGreaterThan(2);
    expect(Math.min(...sizes.legend)).toBeGreaterThanOrEqual(18);
    await expectLocator(page, UDON, 'Udon Thani on a map of Thailand');
    // Udon Thani is in the north-east: right of the locator's middle, upper half.
    const l = await readLocator(page);
    if (!l?.box || !l.ring) throw new Error('locator missing');
    expect((l.ring.left + l.ring.right) / 2).toBeGreaterThan(l.box.left + l.box.width / 2);
    expect((l.ring.top + l.ring.bottom) / 2).toBeLessThan(l.box.top + l.box.height / 2);
    await shot(page, `story-projector-udon-1920`);
    expect(await seriousViolations(page)).toEqual([]);

    // The next slide (Yala, far south) moves the mark; a slide about all of Thailand has none.
    await page.keyboard.press('ArrowRight');
    await expectLocator(page, 'TH-95', 'Yala on a map of Thailand');
    const yala = await readLocator(page);
    if (!yala?.box || !yala.ring) throw new Error('locator missing');
    expect((yala.ring.top + yala.ring.bottom) / 2).toBeGreaterThan(yala.box.top + yala.box.height * 0.75);
    await page.keyboard.press('Home');
    await page.getByTestId('story-count').filter({ hasText: 'Slide 1 of' }).waitFor();
    expect(await page.getByTestId('story-locator').count()).toBe(0);
  });

  it('draws the same locator over the SVG map (no WebGL), in Thai too', async () => {
    const { page } = await svgApp.open('?lang=en&story=learning-city-thailand&slide=7', { viewport: FULL_HD, reducedMotion: 'reduce' });
    await page.locator('.map[data-renderer="svg"]').waitFor();
    await waitForFraming(page, UDON, NEIGHBOURS);
    await expectLocator(page, UDON, 'Udon Thani on a map of Thailand');
    await shot(page, `story-projector-udon-1920-svg`);
    await page.getByTestId('lang-toggle').click();
    await expect.poll(() => page.getByRole('img', { name: 'ตำแหน่งของอุดรธานีบนแผนที่ประเทศไทย' }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('keeps a smaller locator on a phone, clear of the map controls, in Thai', async () => {
    const { page } = await svgApp.open('?lang=th&story=learning-city-thailand&slide=11', { viewport: { width: 390, height: 844 }, touch: true, reducedMotion: 'reduce' });
    await page.locator('.map[data-renderer="svg"]').waitFor();
    await expectLocator(page, 'TH-56', 'ตำแหน่งของพะเยาบนแผนที่ประเทศไทย', { width: 72, height: 130 });
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, `story-locator-phayao-phone-svg`);
  });
});
