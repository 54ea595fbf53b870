// The accessibility audit's views, shared by the a11y*.e2e.ts files. A cold load of the app costs
// seconds of software WebGL on a small machine, so one page visits several views the way a user
// does (a link followed in the app: history + popstate, which the URL sync decodes like a cold
// link), and every view is checked to be really on screen, in its language, before it is audited.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenedPage } from '../support/browser.ts';
import { PRESENTER_WINDOW } from '../../src/present/presenterWindow.ts';
import { go, shot, type appSession, type Lang } from './support.ts';

export { go };

export type { Lang };
export const LANGS: readonly Lang[] = ['th', 'en'];
export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };
export const STORY = 'learning-city-thailand';
/** Slide 7 (Udon Thani selected) as the story files title it. */
const SLIDE_7_TITLE: Record<Lang, string> = { th: 'หนึ่งในพื้นที่นำร่องของ กสศ.: อุดรธานี', en: "Among EEF's pilot regions: Udon Thani" };
const THAI = /[\u0E00-\u0E7F]/;

/**
 * WCAG 2.1 A/AA violations of impact serious or critical. Every rule runs on every node; only
 * passes and inapplicable results are cut to one node each (`resultTypes`), which spares
 * serialising thousands of passing nodes and changes no violation.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .options({ resultTypes: ['violations'] })
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`);
}

/** A view: follow its link in `page` (already on the app) and wait until it is on screen. */
export type View = (page: Page, lang: Lang) => Promise<void>;

/** The dashboard with Phayao selected, and a search that matches nothing typed in the province combobox (its empty state is audited too). */
export const dashboard: View = async (page, lang) => {
  const search = page.getByTestId('province-search');
  await go(page, `?lang=${lang}&province=TH-56`);
  await expect.poll(() => page.getByTestId('detail-panel').locator('h2').textContent()).toBe(lang === 'th' ? 'พะเยา' : 'Phayao');
  await page.getByTestId('detail-panel').waitFor();
  await search.fill('');
  await search.focus();
  await page.keyboard.type('zzzz');
  await page.locator('.combobox-empty').waitFor();
};

/** Two provinces selected: the detail panel is the side-by-side comparison table (issue 19). */
export const comparison: View = async (page, lang) => {
  const search = page.getByTestId('province-search');
  if ((await search.count()) > 0) await search.fill('');
  await go(page, `?lang=${lang}&province=TH-41,TH-95`);
  const table = page.getByTestId('comparison');
  await table.waitFor();
  await table.locator('th[data-iso="TH-41"]').waitFor();
  await table.locator('th[data-iso="TH-95"]').waitFor();
  expect(THAI.test(await table.locator('th[data-iso="TH-41"]').innerText())).toBe(lang === 'th');
};

/** The story player on slide 7 (the page emulates reduced motion, as the audience's setting may). */
export const story: View = async (page, lang) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await go(page, `?lang=${lang}&story=${STORY}&slide=7`);
  await expect.poll(() => page.locator('#story-slide-title').textContent()).toBe(SLIDE_7_TITLE[lang]);
  await page.locator('#story-slide-title').waitFor();
};

/** The presenter window (a page opened with `presenterInit`) on slide 7. */
export const presenter: View = async (page, lang) => {
  await go(page, `?lang=${lang}&story=${STORY}&slide=7`);
  const count = page.getByTestId('presenter-count');
  await count.waitFor();
  await expect.poll(() => count.textContent()).toMatch(lang === 'th' ? /^สไลด์ที่ 7 / : /^Slide 7 of /);
  await expect.poll(() => page.locator('.presenter-current .slide-card h2').textContent()).toBe(SLIDE_7_TITLE[lang]);
};

/**
 * The presenter window is the same app under its window name (src/present/presenterWindow.ts);
 * `window.open` names the window before the app runs, and so does this init script.
 */
export const presenterInit = `window.name = ${JSON.stringify(PRESENTER_WINDOW)};`;

/** Embed mode (a page opened with `embed=1`), Phayao selected. */
export const embed: View = async (page, lang) => {
  await go(page, `?lang=${lang}&embed=1&province=TH-56`);
  await page.getByTestId('embed').waitFor();
  const title = page.locator('.embed-title');
  await title.waitFor();
  await expect.poll(async () => THAI.test((await title.textContent()) ?? '')).toBe(lang === 'th');
};

/**
 * The audits of one device: every view in Thai and in English, with zero serious or critical
 * violations. Three cold loads (the app, embed mode, the presenter window), each then visiting
 * its views in both languages; each test follows its own link, so it does not lean on the one
 * before (a retry starts from wherever the page is).
 */
export function describeAudits(app: ReturnType<typeof appSession>, device: 'desktop' | 'phone'): void {
  const viewport = device === 'phone' ? PHONE : DESKTOP;
  const touch = device === 'phone';
  const pages: { query: string; init?: string; views: [string, View][] }[] = [
    { query: '?lang=th&province=TH-56', views: [['dashboard', dashboard], ['comparison', comparison], ['story', story]] },
    { query: '?lang=th&embed=1&province=TH-56', views: [['embed', embed]] },
    { query: `?lang=th&story=${STORY}&slide=7`, init: presenterInit, views: [['presenter', presenter]] },
  ];
  for (const { query, init, views } of pages) {
    describe(`${device}: ${views.map(([name]) => name).join(', ')} in one page`, () => {
      let o: OpenedPage | undefined;
      beforeAll(async () => {
        o = await app.open(query, { viewport, touch, ...(init ? { initScript: init, reducedMotion: 'reduce' as const } : {}) });
      });
      afterAll(async () => {
        if (o) await app.release(o);
      });
      for (const [name, show] of views) {
        for (const lang of LANGS) {
          it(`has no serious or critical violations: ${name}, ${lang}, ${device}`, async () => {
            if (!o) throw new Error('the page did not open');
            await show(o.page, lang);
            expect(await seriousViolations(o.page)).toEqual([]);
            if (name === 'story' && device === 'phone') await shot(o.page, `story-phone-${lang}`);
            // A full-page audit on a loaded 2-core machine can take over a minute.
          }, 240_000);
        }
      }
    });
  }
}
