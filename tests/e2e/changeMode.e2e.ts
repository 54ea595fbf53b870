// End-to-end: the change mode (issue 17), `compare=<year>&change=1|pct`. A link opens it and the
// mode control shows it; the control switches it by keyboard and writes the URL; the summary
// counts rises and falls from the shipped data; map hover shows both years and the change, and
// lights the ranked bar; the detail panel shows both years and the change; a host's atlas:set,
// a story slide and the SVG map without WebGL show it too; axe finds nothing serious.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appSession, CSP_LISTENER, headerAction, param, pointOnProvince, READY_TIMEOUT, shot, waitForParam } from './support.ts';
import { closeContexts, openPage, sharedChromium, type OpenedPage } from '../support/browser.ts';
import { serveStatic, type RunningServer } from '../support/staticServer.ts';
import { cspHeader } from '../../deploy/csp.ts';
import type { IndicatorsFile } from '../../src/data/indicatorTypes';

const app = appSession();
const noGl = appSession({ webgl: false });
beforeAll(async () => {
  await app.start();
  await noGl.start();
});
afterAll(async () => {
  await app.stop();
  await noGl.stop();
});

const DIST = resolve(process.env.ATLAS_DIST ?? 'dist');
const shipped = JSON.parse(readFileSync('public/data/indicators.json', 'utf8')) as IndicatorsFile;
const provinceNames = new Map(
  (JSON.parse(readFileSync('public/data/provinces.json', 'utf8')) as { provinces: { iso: string; nameEn: string }[] }).provinces.map((p) => [p.iso, p.nameEn]),
);

/** Rises, falls and no-data provinces of an indicator between two years, counted from the shipped file. */
function counts(id: string, from: number, to: number) {
  const ind = shipped.indicators.find((i) => i.id === id);
  if (!ind) throw new Error(`${id} is shipped`);
  let rose = 0;
  let fell = 0;
  let missing = 0;
  let top: [string, number] = ['', -Infinity];
  shipped.provinces.forEach((code, i) => {
    const a = ind.values[String(from)]?.[i];
    const b = ind.values[String(to)]?.[i];
    if (a === null || a === undefined || b === null || b === undefined) return void missing++;
    if (b > a) rose++;
    if (b < a) fell++;
    if (b - a > top[1]) top = [code, b - a];
  });
  return { rose, fell, missing, top: provinceNames.get(top[0]) ?? top[0], value: (code: string, year: number) => ind.values[String(year)]?.[shipped.provinces.indexOf(code as `TH-${string}`)] };
}

const summary = (page: Page | Frame) => page.getByTestId('map-summary');
const hex = (rgb: string) => `#${(rgb.match(/\d+/g) ?? []).slice(0, 3).map((n) => Number(n).toString(16).padStart(2, '0')).join('')}`;
/** ColorBrewer PuOr's purple ends: "better" on the change map. */
const PURPLE = new Set(['#5e3c99', '#542788', '#998ec3', '#b2abd2', '#8073ac']);

describe('change mode', () => {
  it('opens from a link, shows it in the mode control, keeps the URL, and says the counts in words', async () => {
    const { page } = await app.open('?lang=en&indicator=edu-university&year=2019&compare=2011&change=1');
    expect(await summary(page).getAttribute('data-mode')).toBe('change');
    expect(await page.getByTestId('map-mode').inputValue()).toBe('change');
    expect(await page.getByTestId('compare-year').inputValue()).toBe('2011');
    // A share: no "% change" choice (percentage points only).
    expect(await page.getByTestId('change-kind').count()).toBe(0);
    const c = counts('edu-university', 2011, 2019);
    const text = await summary(page).innerText();
    expect(text).toContain(`, 2011 and 2019: ${c.rose} provinces rose, ${c.fell} fell`);
    expect(text).toContain(`largest rise: ${c.top} (+`);
    expect(text).toContain(` pp)`);
    expect(text).toContain(`${c.missing} province${c.missing === 1 ? ' has' : 's have'} no data for one of the years`);
    // The legend: the change's title, its unit, classes symmetric around zero.
    const legend = page.getByTestId('legend');
    expect(await legend.locator('h2').innerText()).toContain('Change in');
    expect(await legend.locator('h2').innerText()).toContain('2011 → 2019');
    expect(await page.getByTestId('legend-change-unit').innerText()).toContain('percentage points');
    const ranges = await legend.locator('.legend-bin:not(.no-data)').evaluateAll((rows) => rows.map((r) => r.textContent ?? ''));
    expect(ranges.length % 2).toBe(1);
    expect(ranges[(ranges.length - 1) / 2]).toMatch(/^.*−([\d.]+) – \+\1/);
    // The ranking ranks the change.
    expect(await page.locator('.chart-section', { has: page.locator('.chart-rank') }).locator('.chart-subtitle').innerText()).toContain('Change in');
    // The URL keeps the mode (nothing normalises it away).
    expect(param(page, 'compare')).toBe('2011');
    expect(param(page, 'change')).toBe('1');
    await shot(page, 'change-mode-en');
  });

  it('switches by keyboard through the mode control and writes the URL', async () => {
    const { page } = await app.open('?lang=en&indicator=gpp&year=2020');
    expect(await summary(page).getAttribute('data-mode')).toBe('single');
    await page.getByTestId('map-mode').focus();
    await page.keyboard.press('ArrowDown'); // two maps
    await waitForParam(page, 'compare', '2016');
    await page.keyboard.press('ArrowDown'); // the change
    await waitForParam(page, 'change', '1');
    await page.waitForFunction(() => document.querySelector('[data-testid="map-summary"]')?.getAttribute('data-mode') === 'change');
    // An amount: the difference or the % change.
    await page.getByTestId('change-kind').focus();
    await page.keyboard.press('ArrowDown');
    await waitForParam(page, 'change', 'pct');
    await page.getByTestId('legend').locator('h2', { hasText: '% change in' }).waitFor();
    expect(await page.getByTestId('legend-change-unit').innerText()).toContain('per cent of the 2016 value');
    expect(await summary(page).innerText()).toMatch(/%\)/);
    // Back to one map: the keys leave the URL.
    await page.getByTestId('map-mode').focus();
    await page.keyboard.press('Home');
    await waitForParam(page, 'compare', null);
    expect(param(page, 'change')).toBeNull();
  });

  it('links hover: the tooltip shows both years and the change, and the ranked bar lights', async () => {
    const { page } = await app.open('?lang=en&indicator=hai&year=2021&compare=2015&change=1');
    await page.locator('.chart-rank [data-code="TH-50"]').first().waitFor({ state: 'attached', timeout: READY_TIMEOUT });
    await pointOnProvince(page, 'TH-50');
    const tip = page.locator('.tooltip[data-iso="TH-50"]');
    await tip.waitFor();
    const c = counts('hai', 2015, 2021);
    const [a, b] = [c.value('TH-50', 2015) as number, c.value('TH-50', 2021) as number];
    expect(await tip.getByTestId('tooltip-years').innerText()).toBe(`2015: ${a.toFixed(3)} → 2021: ${b.toFixed(3)}`);
    const change = b - a;
    expect(await tip.getByTestId('tooltip-change').innerText()).toBe(`Change: ${change >= 0 ? '+' : '−'}${Math.abs(change).toFixed(3)}`);
    await page.waitForFunction(() => document.querySelector('.chart-rank [data-code="TH-50"].is-hovered, .chart-rank .is-hovered[data-code="TH-50"]') !== null);
  });

  it('shows both years and the change of the selected provinces in the detail panel, and passes axe', async () => {
    const { page } = await app.open('?lang=en&indicator=edu-university&year=2019&compare=2011&change=1&province=TH-50');
    const panel = page.getByTestId('province-change');
    await panel.waitFor();
    const c = counts('edu-university', 2011, 2019);
    const [a, b] = [c.value('TH-50', 2011) as number, c.value('TH-50', 2019) as number];
    expect(await panel.locator('[data-field="from"][data-iso="TH-50"]').innerText()).toBe(`${a.toFixed(1)}%`);
    expect(await panel.locator('[data-field="to"][data-iso="TH-50"]').innerText()).toBe(`${b.toFixed(1)}%`);
    const d = b - a;
    expect(await panel.locator('[data-field="change"][data-iso="TH-50"]').innerText()).toBe(`${d > 0 ? '+' : d < 0 ? '−' : ''}${Math.abs(d).toFixed(1)} pp`);
    expect(await panel.locator('[data-field="change-rank"][data-iso="TH-50"]').innerText()).toMatch(/^\d+ of \d+$/);
    // Two provinces: one column each.
    await page.keyboard.down('Shift');
    await page.locator('.chart-rank [data-code="TH-10"]').first().click();
    await page.keyboard.up('Shift');
    await page.locator('[data-testid="province-change"] [data-field="change"][data-iso="TH-10"]').waitFor();
    expect(await page.getByTestId('province-change').locator('[data-field="change"][data-iso="TH-50"]').count()).toBe(1);
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
    expect(serious).toEqual([]);
    await shot(page, 'change-mode-selection-en');
  });

  it('in Thai: Buddhist-Era years and จุดร้อยละ', async () => {
    const { page } = await app.open('?lang=th&indicator=edu-university&year=2019&compare=2011&change=1');
    const c = counts('edu-university', 2011, 2019);
    const text = await summary(page).innerText();
    expect(text).toContain(`พ.ศ. 2554 และ พ.ศ. 2562: เพิ่มขึ้น ${c.rose} จังหวัด ลดลง ${c.fell} จังหวัด`);
    expect(text).toContain('จุดร้อยละ');
    expect(await page.getByTestId('legend').locator('h2').innerText()).toContain('พ.ศ. 2554 → พ.ศ. 2562');
    await shot(page, 'change-mode-th');
  });

  it('plays a story slide with compare and change', async () => {
    const { page } = await app.open('?lang=en&indicator=density', { reducedMotion: 'reduce' });
    await headerAction(page, 'make-story');
    await page.getByTestId('draft-file').setInputFiles('tests/fixtures/stories/change-story.json');
    await waitForParam(page, 'story', 'file-change-story');
    await page.getByTestId('story-count').waitFor();
    await waitForParam(page, 'change', '1');
    expect(param(page, 'compare')).toBe('2015');
    await page.waitForFunction(() => document.querySelector('[data-testid="map-summary"]')?.getAttribute('data-mode') === 'change');
    expect(await page.getByTestId('legend').locator('h2').innerText()).toContain('Change in');
    await page.keyboard.press('ArrowRight');
    await waitForParam(page, 'change', 'pct');
    expect(param(page, 'compare')).toBe('2016');
    await page.getByTestId('legend').locator('h2', { hasText: '% change in' }).waitFor();
    expect(await summary(page).innerText()).toContain('2016 and 2020');
  });
});

describe('change mode without WebGL', () => {
  it('draws the change on the SVG map in the diverging legend colours', async () => {
    const { page } = await noGl.open('?lang=en&indicator=hai&year=2021&compare=2015&change=1');
    const map = page.locator('.map[data-renderer="svg"]');
    expect(await map.locator('path.svg-province').count()).toBe(77);
    expect(await summary(page).getAttribute('data-mode')).toBe('change');
    const fills = new Set(await map.locator('path.svg-province').evaluateAll((ps) => ps.map((p) => p.getAttribute('fill') ?? '')));
    const swatches = (await page.locator('.legend-bin .swatch').evaluateAll((ss) => ss.map((s) => getComputedStyle(s).backgroundColor))).map(hex);
    // Every fill is a class of the legend; HAI rose almost everywhere: purple (better) shows.
    for (const f of fills) expect(swatches).toContain(f);
    expect([...fills].some((f) => PURPLE.has(f))).toBe(true);
    await shot(page, 'change-mode-svg');
  });
});

describe('change mode in an embed', () => {
  let appServer: RunningServer;
  let host: RunningServer;
  const opened: OpenedPage[] = [];

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-partner-'));
    mkdirSync(join(dir, 'examples'));
    for (const f of readdirSync('examples/host')) copyFileSync(join('examples/host', f), join(dir, 'examples', f));
    copyFileSync(join(DIST, 'embed.js'), join(dir, 'embed.js'));
    host = await serveStatic(dir);
    appServer = await serveStatic(DIST, { headers: { 'content-security-policy': cspHeader() }, overrides: { '/embed-config.json': JSON.stringify({ allowedOrigins: [host.origin] }) } });
  });
  afterAll(async () => {
    await closeContexts(opened);
    await Promise.all([appServer?.close(), host?.close()]);
  });

  it('shows the change after the host sends atlas:set {compare, change: true}', async () => {
    const browser = await sharedChromium();
    const url = `${host.url}examples/host.html?app=${encodeURIComponent(`${appServer.url}?lang=en&indicator=hai`)}`;
    const o = await openPage(browser, url, { viewport: { width: 1100, height: 900 }, initScript: CSP_LISTENER, locale: 'en-GB' });
    opened.push(o);
    const { page } = o;
    const isAtlas = (fr: Frame) => fr.url().startsWith(appServer.origin);
    const navigated = page.waitForEvent('framenavigated', { predicate: isAtlas, timeout: READY_TIMEOUT });
    navigated.catch(() => {});
    const frame = page.frames().find(isAtlas) ?? (await navigated);
    await frame.waitForFunction(() => performance.getEntriesByName('atlas:map-ready').length > 0, null, { timeout: READY_TIMEOUT, polling: 100 });
    // The bridge listens once the allow-list has loaded: send until the frame follows.
    await expect
      .poll(
        async () => {
          await page.evaluate(() => (document.querySelector('atlas-map') as HTMLElement & { set: (p: unknown) => void }).set({ year: 2021, compare: 2015, change: true }));
          return frame.evaluate(() => document.querySelector('[data-testid="map-summary"]')?.getAttribute('data-mode'));
        },
        { timeout: READY_TIMEOUT, interval: 500 },
      )
      .toBe('change');
    await frame.waitForFunction(() => new URL(location.href).searchParams.get('compare') === '2015' && new URL(location.href).searchParams.get('change') === '1');
    expect(await frame.getByTestId('legend').locator('h2').innerText()).toContain('2015 → 2021');
    expect(await frame.locator('.embed-title').innerText()).toBe('Change in Human Achievement Index (HAI), 2015 → 2021');
    const c = counts('hai', 2015, 2021);
    expect(await summary(frame).innerText()).toContain(`2015 and 2021: ${c.rose} provinces rose, ${c.fell} fell`);
    await shot(page, 'change-mode-embed', { fullPage: true });
  });
});
