// End-to-end: the dashboard on a projector (issue 19). At 1024×768, 1280×720 and 1366×768, in Thai
// and English, with WebGL and without: no province lies under the legend or any other overlay
// (read from element boxes: the SVG map's province paths, and every province's label anchor on
// both maps), the selection is on screen, the header keeps one row and no chart text is under 12 px. Two selected provinces are
// compared side by side, with values computed here from the shipped public/data files. One page
// per screen size and renderer: its tests follow their own links (both languages, the comparison).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appSession, go, sharedPage, shot, waitForParam } from './support.ts';

const SIZES = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
] as const;

/** What may cover the map: the legend, the SVG map's notice and buttons, MapLibre's zoom buttons. */
const OVERLAYS = '[data-testid="legend"], .svg-map-notice, .svg-map-controls, .svg-map-export, .maplibregl-ctrl-group';

interface Coverage {
  /** Provinces whose label anchor lies under an overlay or off the map. */
  anchorsHidden: string[];
  /** Provinces whose SVG path lies wholly under one overlay (SVG map only). */
  pathsHidden: string[];
  overlays: number;
}

/** Which provinces the overlays hide, from the boxes on the page. */
function coverage(page: Page): Promise<Coverage> {
  return page.evaluate((selector) => {
    const map = document.querySelector('.map')!.getBoundingClientRect();
    const overlays = [...document.querySelectorAll(selector)].map((el) => el.getBoundingClientRect()).filter((r) => r.width > 0 && r.height > 0);
    const inside = (x: number, y: number, r: DOMRect) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
    const anchorsHidden = [...document.querySelectorAll<HTMLElement>('.province-label[data-iso]')].flatMap((el) => {
      const r = el.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      const hidden = !inside(x, y, map) || overlays.some((o) => inside(x, y, o));
      return hidden ? [el.dataset.iso ?? '?'] : [];
    });
    const pathsHidden = [...document.querySelectorAll<SVGPathElement>('path.svg-province')].flatMap((p) => {
      const b = p.getBoundingClientRect();
      const under = overlays.some((o) => b.left >= o.left && b.right <= o.right && b.top >= o.top && b.bottom <= o.bottom);
      const off = b.right < map.left || b.left > map.right || b.bottom < map.top || b.top > map.bottom;
      return under || off ? [p.dataset.iso ?? '?'] : [];
    });
    return { anchorsHidden, pathsHidden, overlays: overlays.length };
  }, OVERLAYS);
}

/** Tops of the header's direct items: one row when they are all within a few px of each other. */
async function headerRows(page: Page): Promise<number> {
  const centres = await page.$$eval('.app-header > *, .app-header .header-actions > *', (els) =>
    els.filter((el) => el.getBoundingClientRect().height > 0 && !el.classList.contains('header-actions')).map((el) => {
      const r = el.getBoundingClientRect();
      return r.top + r.height / 2;
    }),
  );
  const rows: number[] = [];
  for (const c of centres.sort((a, b) => a - b)) if (!rows.some((r) => Math.abs(r - c) < 20)) rows.push(c);
  return rows.length;
}

interface IndicatorFile {
  provinces: string[];
  indicators: { id: string; decimals: number; years: number[]; values: Record<string, (number | null)[]> }[];
}
const indicators = JSON.parse(readFileSync('public/data/indicators.json', 'utf8')) as IndicatorFile;
const provinces = (JSON.parse(readFileSync('public/data/provinces.json', 'utf8')) as { provinces: { iso: string; nameTh: string; nameEn: string }[] }).provinces;

/** The default indicator (HAI) in its latest year, straight from the shipped file: value and rank of N. */
function expected(iso: string, lang: 'th' | 'en') {
  const hai = indicators.indicators.find((i) => i.id === 'hai')!;
  const year = hai.years[hai.years.length - 1]!;
  const row = hai.values[String(year)]!;
  const all = row.filter((v): v is number => v !== null);
  const value = row[indicators.provinces.indexOf(iso)]!;
  const rank = 1 + all.filter((v) => v > value).length;
  const digits = new Intl.NumberFormat(lang === 'th' ? 'th-TH' : 'en-GB', { minimumFractionDigits: hai.decimals, maximumFractionDigits: hai.decimals });
  const p = provinces.find((x) => x.iso === iso)!;
  return { name: lang === 'th' ? p.nameTh : p.nameEn, value: digits.format(value), rank: String(rank), total: String(all.length) };
}

for (const webgl of [true, false]) {
  describe(`on a projector, ${webgl ? 'WebGL' : 'SVG map'}`, () => {
    const app = appSession(webgl ? {} : { webgl: false });
    beforeAll(() => app.start());
    afterAll(() => app.stop());

    for (const size of SIZES) {
      describe(`${size.width}×${size.height}, one page`, () => {
        const shared = sharedPage(app, `?lang=th&province=TH-95`, { viewport: size });
        for (const lang of ['th', 'en'] as const) {
          const name = `${size.width}x${size.height}-${lang}-${webgl ? 'webgl' : 'svg'}`;
          it(`${name}: every province clear of the overlays, with Yala selected and without; the header on one row`, async () => {
            const { page } = shared();
            await go(page, `?lang=${lang}&province=TH-95`);
            expect(await page.locator(webgl ? '.map canvas' : '.map[data-renderer="svg"]').count()).toBeGreaterThan(0);
            await page.getByTestId('detail-panel').waitFor();
            // The fit beside the overlays lands a frame after they are measured: wait for it, then check.
            await expect.poll(() => coverage(page), { timeout: 15_000, interval: 250 }).toMatchObject({ anchorsHidden: [], pathsHidden: [] });
            const c = await coverage(page);
            expect(c.overlays).toBeGreaterThan(0);
            expect(await page.locator('.province-label[data-iso]').count()).toBe(77);
            expect(await headerRows(page)).toBe(1);
            // Charts readable from the back of the room: no chart text under 12 px.
            await page.locator('.chart svg text').first().waitFor();
            const small = await page.$$eval('.chart text, .chart p, .chart li, .chart span, .chart label', (els) =>
              els
                .filter((el) => el.getBoundingClientRect().width > 0 && (el.textContent ?? '').trim() !== '' && !el.closest('.visually-hidden'))
                .map((el) => `${getComputedStyle(el).fontSize} ${el.getAttribute('class') ?? el.tagName} ${el.closest('[class]')?.getAttribute('class') ?? ''} ${(el.textContent ?? '').slice(0, 20)}`)
                .filter((t) => parseFloat(t) < 12),
            );
            expect([...new Set(small)]).toEqual([]);
            await shot(page, `projector-${name}`);
            // Without a selection (Escape clears it, the panel closes): still no province under an overlay.
            await page.locator('body').focus();
            await page.keyboard.press('Escape');
            await waitForParam(page, 'province', null);
            await expect.poll(() => coverage(page), { timeout: 15_000, interval: 250 }).toMatchObject({ anchorsHidden: [], pathsHidden: [] });
            if (size.width === 1024) {
              await page.locator('.chart').first().scrollIntoViewIfNeeded();
              await shot(page, `projector-charts-${name}`);
            }
          });
        }
        if (size.width === 1024) for (const lang of ['th', 'en'] as const) {
          it(`1024x768-${lang}: Udon Thani and Yala side by side, with the shipped values, both on the map`, async () => {
            const { page } = shared();
            await go(page, `?lang=${lang}&province=TH-41,TH-95`);
            const table = page.getByTestId('comparison');
            await table.waitFor();
            const heads = await table.locator('thead th').allInnerTexts();
            expect(heads).toEqual([expected('TH-41', lang).name, expected('TH-95', lang).name]);
            for (const iso of ['TH-41', 'TH-95']) {
              const e = expected(iso, lang);
              expect(await table.locator(`td[data-field="value"][data-iso="${iso}"]`).innerText()).toBe(e.value);
              const rank = await table.locator(`td[data-field="rank"][data-iso="${iso}"]`).innerText();
              expect(rank).toContain(e.rank);
              expect(rank).toContain(e.total);
              expect(await table.locator(`td[data-field="trend"][data-iso="${iso}"] svg[data-testid="sparkline"]`).count()).toBe(1);
            }
            expect(await table.getByTestId('indicator-source').innerText()).toMatch(lang === 'th' ? /^แหล่งที่มา/ : /^Source/);
            await expect.poll(() => coverage(page), { timeout: 15_000, interval: 250 }).toMatchObject({ anchorsHidden: [], pathsHidden: [] });
            // No text in the comparison below 12 px.
            const sizes = await table.locator('th, td, h3, .source-note').evaluateAll((els) => els.map((el) => parseFloat(getComputedStyle(el).fontSize)));
            expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
            await shot(page, `projector-compare-${lang}-${webgl ? 'webgl' : 'svg'}`);
          });
        }
        if (!webgl && size.width === 1280) {
          it('adding a second province by shift-click announces the comparison', async () => {
            const { page } = shared();
            await go(page, '?lang=en&province=TH-41');
            await page.locator('path.svg-province[data-iso="TH-95"]').click({ modifiers: ['Shift'] });
            await waitForParam(page, 'province', 'TH-41,TH-95');
            await page.getByTestId('comparison').waitFor();
            const yala = expected('TH-95', 'en');
            await expect.poll(() => page.getByTestId('announcer').innerText()).toContain('Comparing 2 provinces');
            expect(await page.getByTestId('announcer').innerText()).toContain(`Yala ${yala.value}, rank ${yala.rank} of ${yala.total}`);
          });
        }
      });
    }
  });
}
