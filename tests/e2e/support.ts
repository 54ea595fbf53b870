// Shared pieces of the app's e2e files: open a page and wait for the map, find a province on
// screen, read the URL, and check at the end that nothing left localhost or failed.
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, onTestFinished } from 'vitest';
import { closeContexts, openPage, sharedChromium, waitForMark, type LaunchOptions, type OpenedPage } from '../support/browser.ts';
import { paintStats, unpainted } from '../support/paint.ts';

export const OUT = 'tests/e2e/output';
export const READY_TIMEOUT = 60_000;
/**
 * How often an e2e page's `waitForFunction` checks its condition, in ms (openPage's
 * `waitPollingMs`): an interval instead of every animation frame, which kept a waiting page drawing.
 */
export const POLL_MS = 40;

/** The worker's shared browser for a test file, and every page it opened (checked, then closed, at the end). `launch`: e.g. no WebGL. */
export function appSession(launch: LaunchOptions = {}) {
  let browser: Browser | undefined;
  const opened: OpenedPage[] = [];
  return {
    async start() {
      mkdirSync(OUT, { recursive: true });
      browser = await sharedChromium(launch);
    },
    async open(query: string, opts: Parameters<typeof openPage>[2] = {}): Promise<OpenedPage> {
      if (!browser) throw new Error('start() first');
      // Every page listens for CSP violations (the server sends the production policy).
      const initScript = CSP_LISTENER + (opts.initScript ?? '');
      const o = await openPage(browser, `${inject('baseUrl')}${query}`, { locale: 'en-GB', waitPollingMs: POLL_MS, ...opts, initScript });
      opened.push(o);
      // A page opened in a test is checked and closed when that test ends: an open map keeps
      // drawing, and pages left for the end of the file slow every later test on 2 cores.
      try {
        onTestFinished(async () => {
          opened.splice(opened.indexOf(o), 1);
          try {
            await expectClean(o);
          } finally {
            await o.context.close().catch(() => {});
          }
        });
      } catch {
        // Opened outside a test (beforeAll): checked and closed by stop().
      }
      await waitForMark(o.page, 'atlas:map-ready', READY_TIMEOUT);
      return o;
    },
    /**
     * Checks and closes a page opened in a `beforeAll` for several tests (in that describe's
     * `afterAll`), so it does not keep drawing through the rest of the file.
     */
    async release(o: OpenedPage) {
      const at = opened.indexOf(o);
      if (at < 0) return;
      opened.splice(at, 1);
      try {
        await expectClean(o);
      } finally {
        await o.context.close().catch(() => {});
      }
    },
    async stop() {
      // Every page of the suite: nothing left this machine, nothing failed, no CSP violation.
      try {
        for (const o of opened) await expectClean(o);
      } finally {
        await closeContexts(opened);
      }
    },
  };
}

/** Screen point of a province's label anchor (labels do not take pointer events). */
export async function labelCentre(page: Page, iso: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(`.province-label[data-iso="${iso}"]`).boundingBox();
  if (!box) throw new Error(`no label for ${iso}`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * A screen point on the province `iso`: its label anchor or a spot near it where hovering the
 * map reports that province (a place dot or a crowded label layout can sit on the anchor).
 */
export async function pointOnProvince(page: Page, iso: string): Promise<{ x: number; y: number }> {
  const offsets = [[0, 0], [-12, 0], [12, 0], [0, 10], [0, -10], [-20, 8], [20, 8], [-20, -8], [20, -8]];
  // The layout may still settle (fonts, lazy panels) after the first frame: re-read the anchor.
  for (let round = 0; round < 3; round++) {
    const c = await labelCentre(page, iso);
    for (const [dx = 0, dy = 0] of offsets) {
      const at = { x: c.x + dx, y: c.y + dy };
      await page.mouse.move(at.x, at.y, { steps: 2 });
      const hovered = await page
        .waitForFunction((code) => document.querySelector('[data-testid="map-summary"]')?.getAttribute('data-hover') === code, iso, { timeout: 1500 })
        .then(() => true, () => false);
      if (hovered) return at;
    }
  }
  throw new Error(`no point near ${iso}'s label hovers ${iso}`);
}

/** Drops a file on a drop zone the way a browser does: a DataTransfer with a File. */
export async function dropFile(page: Page, testId: string, name: string, bytes: Uint8Array, type: string): Promise<void> {
  await page.getByTestId(testId).evaluate(
    (el, [n, b, t]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(b as number[])], n as string, { type: t as string }));
      el.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
      el.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    },
    [name, Array.from(bytes), type] as const,
  );
}

export type Lang = 'th' | 'en';

/** Follows an in-app link to `query` (pushState + popstate: the URL sync decodes it as it decodes a cold link). */
export async function go(page: Page, query: string): Promise<void> {
  await page.evaluate((q) => {
    // Nothing typed or focused is carried from the view before.
    (document.activeElement as HTMLElement | null)?.blur?.();
    // A followed link starts at the top of the page, as a cold load does.
    scrollTo(0, 0);
    history.pushState(history.state, '', `${location.pathname}${q}`);
    dispatchEvent(new PopStateEvent('popstate', { state: history.state }));
  }, query);
  const lang = new URLSearchParams(query).get('lang');
  if (lang) await expectLang(page, lang as Lang);
}

/** The document's language is `lang` (each shell writes `<html lang>` from the store). */
export async function expectLang(page: Page, lang: Lang): Promise<void> {
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
}

/**
 * One page for the tests of the describe this is called in: opened before them, checked and
 * closed after them. Each test starts by following its own link (`go`), so it does not lean on
 * the test before; a cold load costs seconds of software WebGL on a small machine.
 */
export function sharedPage(app: ReturnType<typeof appSession>, query: string, opts: Parameters<typeof openPage>[2] = {}): () => OpenedPage {
  let o: OpenedPage | undefined;
  beforeAll(async () => {
    o = await app.open(query, opts);
  });
  afterAll(async () => {
    if (o) await app.release(o);
  });
  return () => {
    if (!o) throw new Error(`the shared page ${query} did not open`);
    return o;
  };
}

export const param = (page: Page, key: string) => new URL(page.url()).searchParams.get(key);

/** Waits until the URL's `key` has `value` (the URL is written after a short debounce). */
export async function waitForParam(page: Page, key: string, value: string | null): Promise<void> {
  await page.waitForFunction(
    ([k, v]) => new URL(location.href).searchParams.get(k as string) === v,
    [key, value] as const,
  );
}

/** Selects a province by typing `query` in the header search and pressing Enter, as a keyboard user does. */
export async function selectBySearch(page: Page, query: string, iso: string): Promise<void> {
  await page.getByTestId('province-search').focus();
  await page.keyboard.type(query);
  await page.locator(`.combobox-list [data-key="${iso}"]`).waitFor();
  await page.keyboard.press('Enter');
  await waitForParam(page, 'province', iso);
}

/** Chooses an indicator by typing `query` in the picker and pressing Enter on the option `id`. */
export async function chooseIndicator(page: Page, query: string, id: string): Promise<void> {
  const input = page.getByTestId('indicator-input');
  await input.click();
  await input.fill(query);
  await page.locator(`.combobox-list [data-key="${id}"]`).waitFor();
  await input.press('Enter');
  await waitForParam(page, 'indicator', id);
}

/** Collects CSP violations in every frame before the page's own scripts run (`window.__csp`). */
export const CSP_LISTENER = `
  window.__csp = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__csp.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber);
  });
`;

/**
 * The end-of-suite checks for pages opened outside appSession (own servers): nothing left this
 * machine, no console or page errors, and no CSP violation in any frame (CSP_LISTENER installed).
 */
export async function expectCleanPages(opened: readonly OpenedPage[]): Promise<void> {
  for (const o of opened) await expectClean(o);
}

/** One page's end checks; a page already closed is checked for requests and errors only. */
async function expectClean(o: OpenedPage): Promise<void> {
  expect(o.blocked, 'requests that left localhost').toEqual([]);
  expect(o.errors, 'page errors').toEqual([]);
  if (o.page.isClosed()) return;
  for (const f of o.page.frames()) {
    expect(await f.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []), `CSP violations in ${f.url()}`).toEqual([]);
  }
}

/** Clicks an action that lives in the header's "More" menu, opening the menu first. */
export async function headerAction(page: Page, testId: string): Promise<void> {
  const item = page.getByTestId(testId);
  if (!(await item.isVisible())) await page.getByTestId('header-more').click();
  await item.click();
}

/**
 * Waits until the page stops changing (two screenshots in a row are identical: a flight has
 * landed, the basemap and lazily drawn layers have arrived) and returns the last screenshot. A
 * page that keeps moving (a kiosk's progress bar) is taken as it is after `timeout` ms.
 */
export async function waitForStill(page: Page, opts: { fullPage?: boolean; timeout?: number } = {}): Promise<Buffer> {
  const until = Date.now() + (opts.timeout ?? 8_000);
  let last = await page.screenshot({ fullPage: opts.fullPage ?? false });
  for (;;) {
    const next = await page.screenshot({ fullPage: opts.fullPage ?? false });
    if (next.equals(last) || Date.now() > until) return next;
    last = next;
  }
}

/**
 * A screenshot for a person to look at (`tests/e2e/output/<name>.png`), written only after it is
 * checked: the page is painted, and so is every map on it (`.map`; a blank or single-colour map
 * area fails, e.g. a host that drew no map without WebGL).
 */
export async function shot(page: Page, name: string, opts: { fullPage?: boolean } = {}): Promise<void> {
  const png = await waitForStill(page, { fullPage: opts.fullPage ?? false });
  expect(unpainted(paintStats(png), 8, 0.98), `${name}.png: the page`).toBeNull();
  const at = await page.evaluate(() => ({ dpr: window.devicePixelRatio, x: window.scrollX, y: window.scrollY }));
  const dpr = at.dpr;
  const dx = opts.fullPage ? at.x : 0;
  const dy = opts.fullPage ? at.y : 0;
  const view = page.viewportSize();
  for (const map of await page.locator('.map').all()) {
    const box = await map.boundingBox();
    if (!box || box.width < 40 || box.height < 40 || !(await map.isVisible())) continue;
    // A map mostly scrolled out of a viewport shot shows a strip that may rightly be all sea.
    if (!opts.fullPage && view) {
      const seen = Math.max(0, Math.min(box.x + box.width, view.width) - Math.max(box.x, 0)) * Math.max(0, Math.min(box.y + box.height, view.height) - Math.max(box.y, 0));
      if (seen < 0.6 * box.width * box.height) continue;
    }
    const region = { x: (box.x + dx) * dpr, y: (box.y + dy) * dpr, width: box.width * dpr, height: box.height * dpr };
    expect(unpainted(paintStats(png, region), 6, 0.95), `${name}.png: the map at ${Math.round(box.x)},${Math.round(box.y)}`).toBeNull();
  }
  writeFileSync(`${OUT}/${name}.png`, png);
}
