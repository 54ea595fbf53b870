// End-to-end: the deployer's path of README → "Add or update an indicator". The SYNTHETIC fixture
// indicator (tests/fixtures/deployer/) is added to a copy of geo/'s Data Package and built by the
// real geo build; the production bundle is served that indicators.json and must show it on the
// map, in the picker, and with its source line in the detail panel.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openPage, waitForMark } from '../support/browser.ts';
import { runDeployerFixture, type DeployerRun } from '../fixtures/deployer/deployer.ts';
import { READY_TIMEOUT, selectBySearch, waitForParam, shot } from './support.ts';

let fixture: DeployerRun;
beforeAll(() => {
  fixture = runDeployerFixture('good');
}, 130_000);
afterAll(() => rmSync(fixture.dir, { recursive: true, force: true }));

describe('an indicator added by data', () => {
  it('appears in the picker, on the map and with its source line in the detail panel', async () => {
    expect(fixture.run.status, fixture.run.stderr).toBe(0);
    const indicators = fixture.read('indicators.json');
    const browser = await launchChromium();
    try {
      const { page, errors, blocked } = await openPage(browser, 'about:blank', { locale: 'en-GB' });
      await page.route('**/data/indicators.json', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: indicators }));
      await page.goto(`${inject('baseUrl')}?lang=en`);
      await waitForMark(page, 'atlas:map-ready', READY_TIMEOUT);

      // The picker finds it by a word of its title and lists its publisher.
      const input = page.getByTestId('indicator-input');
      await input.focus();
      await page.keyboard.type('learning centres');
      const option = page.locator('.combobox-list [data-key="synthetic-learning-centres"]');
      await option.waitFor();
      expect(await option.innerText()).toContain('Atlas test fixture');
      await input.press('Enter');
      await waitForParam(page, 'indicator', 'synthetic-learning-centres');

      // The map shows it: its summary names the indicator, and Phayao (12.4 in 2024) is highest.
      const summary = page.getByTestId('map-summary');
      await page.waitForFunction(() => document.querySelector('[data-testid="map-summary"]')?.getAttribute('data-year') === '2024');
      expect(await summary.getAttribute('data-indicator')).toBe('synthetic-learning-centres');
      const text = await summary.innerText();
      expect(text).toContain('Community learning centres (SYNTHETIC test data)');
      expect(text).toMatch(/Phayao[^.]*12\.4/);
      expect(await page.getByTestId('legend').innerText()).toContain('No data');

      // The detail panel of a province with data shows the value and the source line.
      await selectBySearch(page, 'phayao', 'TH-56');
      const detail = page.getByTestId('detail-panel');
      expect(await detail.getByTestId('province-indicator').innerText()).toContain('12.4');
      const source = detail.getByTestId('indicator-source');
      expect((await source.innerText()).replace(/\s+/g, ' ')).toBe(
        'Source: Atlas test fixture · Synthetic learning centres table (not real data) · 2023–2024 · CC0 1.0 (synthetic) Synthetic: not real data.',
      );
      expect(await source.locator('a').getAttribute('href')).toBe('https://example.org/synthetic-learning-centres');
      await shot(page, `deployer-indicator`);
      expect(blocked).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 120_000);
});
