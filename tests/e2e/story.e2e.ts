// End-to-end: story mode. Open the shipped story, step through every slide with the keys a
// clicker sends and check the URL and the map's state at each; jump, explore and come back;
// the presenter window and the audience window follow each other; kiosk mode pauses on a key;
// screenshots of three slides at 1920×1080. (The player's axe audit, Thai and English, desktop
// and phone, is in a11yDesktop.e2e.ts and a11yPhone.e2e.ts with the other views.)
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appSession, go, labelCentre, param, sharedPage, waitForParam, shot } from './support.ts';
import type { Slide, Story } from '../../src/present/storyTypes.ts';

const app = appSession();
beforeAll(() => app.start());
afterAll(() => app.stop());

const story = JSON.parse(readFileSync('public/stories/learning-city-thailand.json', 'utf8')) as Story;
const FULL_HD = { width: 1920, height: 1080 };
/** The kiosk test's `autoplay`: seconds a slide. */
const KIOSK_SECONDS = 3;
// Each test closes its context when done: every open page keeps a software-WebGL map drawing,
// which slows the tests after it on a small machine.
const count = (page: Page) => page.getByTestId('story-count').innerText();

/** What the URL must say on a slide (the codec skips defaults: hai, pilots+cities, no selection). */
function expectedParams(slide: Slide, n: number): Record<string, string | null> {
  const layers = slide.layers ? slide.layers.join(',') : 'pilots,cities';
  return {
    slide: n === 1 ? null : String(n),
    indicator: slide.indicator && slide.indicator !== 'hai' ? slide.indicator : null,
    year: slide.year !== undefined ? String(slide.year) : null,
    layers: layers === 'pilots,cities' ? null : layers,
    province: slide.province?.join(',') ?? null,
    network: slide.network !== undefined ? String(slide.network) : null,
  };
}

async function expectSlide(page: Page, n: number): Promise<void> {
  const slide = story.slides[n - 1]!;
  const want = expectedParams(slide, n);
  await waitForParam(page, 'slide', want.slide ?? null);
  for (const [key, value] of Object.entries(want)) await waitForParam(page, key, value ?? null);
  expect(await count(page)).toBe(`Slide ${n} of ${story.slides.length}`);
  expect(await page.locator('.slide-card h2').innerText()).toBe(slide.title.en);
  const summary = page.getByTestId('map-summary');
  expect(await summary.getAttribute('data-indicator')).toBe(slide.indicator ?? 'hai');
  expect(await summary.getAttribute('data-highlight')).toBe(slide.highlight?.join(',') ?? '');
}

describe('story player', () => {
  // The player's keys and leaving share one page, each test following its own link. (Exploring
  // keeps a cold page: in the shared page its click on Udon Thani did not deselect it once.)
  describe('in one page', () => {
    const shared = sharedPage(app, '?lang=en&story=learning-city-thailand', { viewport: FULL_HD, reducedMotion: 'reduce' });
    it('steps through every slide by keyboard, with the URL and map state of each', async () => {
      const { page } = shared();
      await go(page, '?lang=en&story=learning-city-thailand');
      await page.locator('.slide-card').waitFor();
      const keys = ['ArrowRight', 'PageDown', ' ', 'ArrowDown'];
      for (let n = 1; n <= story.slides.length; n++) {
        await expectSlide(page, n);
        if (n === 1 || n === 3 || n === 14) await shot(page, `story-slide-${n}-en`);
        if (n < story.slides.length) await page.keyboard.press(keys[n % keys.length]!);
      }
      // Past the end nothing moves; Home, End, and a number then Enter jump; ← and PageUp go back.
      await page.keyboard.press('ArrowRight');
      await expectSlide(page, story.slides.length);
      await page.keyboard.press('Home');
      await expectSlide(page, 1);
      await page.keyboard.press('End');
      await expectSlide(page, story.slides.length);
      await page.keyboard.press('7');
      expect(await count(page)).toBe('Go to slide 7… (Enter)');
      await page.keyboard.press('Enter');
      await expectSlide(page, 7);
      await page.keyboard.press('ArrowLeft');
      await expectSlide(page, 6);
      await page.keyboard.press('PageUp');
      await expectSlide(page, 5);
    }, 400_000);

    it('leaves with Esc for the dashboard with the last slide state', async () => {
      const { page } = shared();
      await go(page, '?lang=en&story=learning-city-thailand&slide=11');
      await expectSlide(page, 11);
      await page.keyboard.press('Escape');
      await waitForParam(page, 'story', null);
      await page.getByTestId('detail-panel').waitFor();
      expect(param(page, 'province')).toBe('TH-56');
    });
  });

  it('lets the audience explore the map, and the next key press returns to the slide', async () => {
    const { page, context } = await app.open('?lang=en&story=learning-city-thailand&slide=7', { viewport: FULL_HD, reducedMotion: 'reduce' });
    await expectSlide(page, 7);
    await page.waitForFunction(() => new URL(location.href).searchParams.has('view'));
    // Clicking the selected province (Udon Thani) deselects it: the map no longer shows the slide.
    const p = await labelCentre(page, 'TH-41');
    await page.mouse.click(p.x + 12, p.y);
    await waitForParam(page, 'province', null);
    await page.locator('.story-explored').waitFor();
    await page.keyboard.press('ArrowRight');
    await waitForParam(page, 'province', 'TH-41');
    expect(param(page, 'slide')).toBe('7');
    expect(await page.locator('.story-explored').count()).toBe(0);
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, 8);
    await shot(page, `story-slide-8-en`);
    await context.close();
  });

  it('opens the presenter window; both windows follow a key press in either', async () => {
    const o = await app.open('?lang=en&story=learning-city-thailand&slide=3', { viewport: FULL_HD, reducedMotion: 'reduce' });
    const { page, context } = o;
    await expectSlide(page, 3);
    const [presenter] = await Promise.all([context.waitForEvent('page'), page.getByTestId('open-presenter').click()]);
    presenter.on('pageerror', (e) => o.errors.push(`presenter: ${e.message}`));
    presenter.on('console', (m) => {
      if (m.type() === 'error') o.errors.push(`presenter: ${m.text()}`);
    });
    const presenterCount = presenter.getByTestId('presenter-count');
    await presenterCount.waitFor();
    expect(await presenterCount.innerText()).toBe('Slide 3 of 15');
    expect(await presenter.getByTestId('presenter-notes-text').innerText()).toBe(story.slides[2]!.notes!.en);
    expect(await presenter.locator('.presenter-next-title').innerText()).toBe(story.slides[3]!.title.en);
    expect(await presenter.getByTestId('presenter-timer').innerText()).toMatch(/^\d\d:\d\d$/);

    // A key in the audience window moves the presenter window…
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, 4);
    await presenter.waitForFunction(() => document.querySelector('[data-testid="presenter-count"]')?.textContent === 'Slide 4 of 15');
    // …and a key in the presenter window moves the audience window.
    await presenter.keyboard.press('ArrowRight');
    await expectSlide(page, 5);
    await presenter.keyboard.press('End');
    await expectSlide(page, 15);
    expect(await presenter.locator('.presenter-next').innerText()).toContain('End of the story');
    await presenter.keyboard.press('ArrowLeft');
    await expectSlide(page, 14);
    await shot(presenter, `story-presenter-en`);
    await presenter.close();
    await context.close();
    // Two 1920×1080 windows drawing the map in software WebGL: 86 s alone at load 13, over 120 s at load 19.
  }, 240_000);

  it('loops in kiosk mode, and a key press pauses it', async () => {
    const { page, context } = await app.open(`?lang=en&story=learning-city-thailand&slide=15&autoplay=${KIOSK_SECONDS}`, { reducedMotion: 'reduce' });
    await page.locator('.story-kiosk').waitFor();
    expect(await page.locator('.story-kiosk').innerText()).toMatch(`Playing: ${KIOSK_SECONDS} s a slide`);
    // After the last slide the kiosk starts again from the first. Every counter text the page
    // shows is recorded as it changes, so a loaded machine that skips frames cannot miss slide 1.
    await page.evaluate(() => {
      const el = document.querySelector('[data-testid="story-count"]')!;
      const seen: string[] = [el.textContent ?? ''];
      (window as unknown as { __kioskSeen: string[] }).__kioskSeen = seen;
      new MutationObserver(() => seen.push(el.textContent ?? '')).observe(el, { childList: true, characterData: true, subtree: true });
    });
    const looped = await page
      .waitForFunction(() => (window as unknown as { __kioskSeen: string[] }).__kioskSeen.some((t) => /^Slide 1 of/.test(t)), undefined, { timeout: 60_000, polling: 100 })
      .then(() => true, () => false);
    if (!looped) {
      const seen = await page.evaluate(() => (window as unknown as { __kioskSeen: string[] }).__kioskSeen);
      throw new Error(`kiosk never reached slide 1; counters seen: ${JSON.stringify(seen)}; kiosk says: ${await page.locator('.story-kiosk').innerText()}; URL ${page.url()}`);
    }
    await page.keyboard.press('Shift');
    expect(await page.locator('.story-kiosk').innerText()).toMatch(/Paused/);
    // Read the slide on screen, not the URL: the URL is written 150 ms after a change, so a tick
    // just before the key press may still be on its way to the address bar.
    const paused = await count(page);
    const seenAtPause = await page.evaluate(() => (window as unknown as { __kioskSeen: string[] }).__kioskSeen.length);
    // Proving the kiosk's timer did NOT fire needs its next tick to fall due. The page's own timer
    // queue is the clock, not a fixed sleep: a timer of one kiosk interval started now fires after
    // any tick the kiosk had scheduled (a page's timers run in the order they fall due, HTML's
    // timer initialisation steps), however late a loaded machine runs them; two frames after it,
    // a tick's new slide would be on screen.
    await page.evaluate(
      (ms) => new Promise<void>((done) => setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(() => done())), ms)),
      KIOSK_SECONDS * 1000,
    );
    expect(await count(page)).toBe(paused);
    expect(await page.evaluate(() => (window as unknown as { __kioskSeen: string[] }).__kioskSeen.length), 'slide counters shown after the pause').toBe(seenAtPause);
    const n = Number(/Slide (\d+)/.exec(paused)?.[1]);
    await waitForParam(page, 'slide', n === 1 ? null : String(n));
    await context.close();
  });

  it('explains a story that cannot be loaded, and a bad story value falls back to the dashboard', async () => {
    const { page, context } = await app.open('?lang=en');
    await go(page, '?lang=en&story=no-such-story');
    await page.getByText('The story “no-such-story” could not be opened.').waitFor();
    await page.getByRole('button', { name: 'Back to the map' }).click();
    await waitForParam(page, 'story', null);
    // The codec drops a value that is not a story id; the URL is written without it.
    await go(page, '?lang=en&story=javascript:alert(1)');
    await page.getByTestId('detail-panel').or(page.locator('.app-header')).first().waitFor();
    await waitForParam(page, 'story', null);
    expect(await page.locator('.story').count()).toBe(0);
    await context.close();
  });
});

