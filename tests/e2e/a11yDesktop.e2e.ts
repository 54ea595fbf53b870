// End-to-end accessibility on a 1280×800 desktop: an axe-core audit (WCAG 2.1 A/AA) of every view
// (dashboard, comparison, story player, embed, presenter window) in Thai and English and of the
// dark and high-contrast themes, with zero serious or critical violations. The phone's audits are
// in a11yPhone.e2e.ts; keyboard use and the page at 200 % zoom in a11yKeyboard.e2e.ts.
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeAudits, seriousViolations } from './a11yViews.ts';
import { appSession, headerAction, shot } from './support.ts';

const axeVersion = (createRequire(import.meta.url)('axe-core/package.json') as { version: string }).version;

const app = appSession();
beforeAll(() => app.start());
afterAll(() => app.stop());

describe('accessibility audit (axe-core ≥ 4.14)', () => {
  it('runs axe-core 4.14 or later', () => {
    const [major, minor] = axeVersion.split('.').map(Number);
    expect((major ?? 0) * 100 + (minor ?? 0)).toBeGreaterThanOrEqual(414);
  });
  describeAudits(app, 'desktop');
});

describe('themes', () => {
  it('follows a dark system scheme with no serious or critical violations', async () => {
    const { page } = await app.open('?lang=th&province=TH-56', { colorScheme: 'dark' });
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(15, 20, 26)');
    await page.getByTestId('detail-panel').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, `dark-th`);
  });

  it('switches to high contrast, remembers it, with no serious or critical violations', async () => {
    const { page } = await app.open('?lang=en&province=TH-56');
    await headerAction(page, 'contrast-toggle');
    expect(await page.evaluate(() => document.documentElement.dataset.contrast)).toBe('high');
    await page.getByTestId('detail-panel').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.reload();
    await page.getByTestId('contrast-toggle').waitFor({ state: 'attached' });
    expect(await page.getByTestId('contrast-toggle').getAttribute('aria-pressed')).toBe('true');
  });
});
