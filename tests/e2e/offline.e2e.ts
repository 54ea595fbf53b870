// End-to-end: offline delivery. The production build installs a service worker that precaches
// the app, fonts, map data and stories; after one visit the story runs to its end with the
// network off (Playwright's context.setOffline), and the manifest makes it installable.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appSession, READY_TIMEOUT, shot } from './support.ts';
import { waitForMark } from '../support/browser.ts';
import type { Story } from '../../src/present/storyTypes.ts';

const app = appSession();
beforeAll(() => app.start());
afterAll(() => app.stop());

const story = JSON.parse(readFileSync('public/stories/learning-city-thailand.json', 'utf8')) as Story;

describe('offline', () => {
  it('links an installable web manifest with the atlas icon', async () => {
    const { page, context } = await app.open('?lang=en');
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBeTruthy();
    const manifest = (await page.evaluate(async (h) => (await fetch(h)).json(), href!)) as Record<string, unknown>;
    expect(manifest).toMatchObject({ display: 'standalone', start_url: './' });
    expect(manifest.icons).toEqual([expect.objectContaining({ src: 'favicon.svg', type: 'image/svg+xml' })]);
    // No inline script anywhere: the build runs under a CSP without 'unsafe-inline'.
    expect(await page.locator('script:not([src])').count()).toBe(0);
    await context.close();
  });

  it('after one visit, reloads and runs the whole story with the network off', async () => {
    const opened = await app.open('?lang=en&story=learning-city-thailand', { serviceWorkers: 'allow', reducedMotion: 'reduce' });
    const { page, context } = opened;
    // The worker is active once its install (the whole precache) has finished.
    expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.ready).active))).toBe(true);

    await context.setOffline(true);
    await page.reload();
    await waitForMark(page, 'atlas:map-ready', READY_TIMEOUT);
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    // The network really is off: a file the worker did not precache cannot be fetched. The console
    // error this probe causes (and only that one) is taken off the session's error list.
    const before = opened.errors.length;
    const logged = page.waitForEvent('console', { predicate: (m) => m.type() === 'error' });
    expect(await page.evaluate(async () => fetch(`data/not-cached-${Math.random()}.json`).then(() => 'reached', () => 'failed'))).toBe('failed');
    await logged;
    expect(opened.errors.slice(before)).toEqual(['Failed to load resource: net::ERR_INTERNET_DISCONNECTED']);
    opened.errors.splice(before);

    const total = story.slides.length;
    for (let n = 1; n <= total; n++) {
      await page.waitForFunction(
        ([want]) => document.querySelector('[data-testid="story-count"]')?.textContent === want,
        [`Slide ${n} of ${total}`] as const,
      );
      expect(await page.locator('.slide-card h2').innerText()).toBe(story.slides[n - 1]!.title.en);
      if (n < total) await page.keyboard.press('ArrowRight');
    }
    await shot(page, `story-offline-last-en`);
    // The fonts came from the cache too: Thai is drawn in Sarabun.
    await page.getByTestId('lang-toggle').click();
    expect(await page.evaluate(async () => {
      await document.fonts.ready;
      return document.fonts.check('16px Sarabun', 'เมือง');
    })).toBe(true);
    await context.setOffline(false);
    await context.close();
  }, 300_000);
});

