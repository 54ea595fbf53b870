// Smoke test of the e2e harness itself (not of the app): the browser starts, the served build
// loads, off-machine requests are really blocked and recorded, and marks can be awaited.
import type { Browser } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { openPage, sharedChromium, waitForMark } from '../support/browser.ts';

describe('e2e harness', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await sharedChromium();
  });

  it('serves the build, blocks requests off this machine and reads marks', async () => {
    // The build's CSP (connect-src 'self') would stop the probe below before the router sees it.
    const { page, context, blocked } = await openPage(browser, inject('baseUrl'), { bypassCSP: true });
    try {
      expect((await page.title()).trim()).not.toBe('');
      expect(Array.isArray(blocked)).toBe(true);

      const outcome = await page.evaluate(async () => {
        try {
          await fetch('https://example.com/x');
          return 'reached';
        } catch {
          return 'failed';
        }
      });
      expect(outcome).toBe('failed');
      expect(blocked).toContain('https://example.com/x');

      await page.evaluate(() => performance.mark('harness:probe'));
      expect(await waitForMark(page, 'harness:probe', 5_000)).toBeGreaterThanOrEqual(0);
    } finally {
      await context.close();
    }
  });
});
