// End-to-end: the production build served with the strict CSP header (deploy/csp.ts), exercised
// through Share, the Embed & export dialog and every export, with zero CSP violations. The PNG
// export is checked byte by byte (signature, size from the layout) and saved for a look.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeContexts, openPage, sharedChromium, waitForMark, type OpenedPage } from '../support/browser.ts';
import { serveStatic, type RunningServer } from '../support/staticServer.ts';
import { cspHeader } from '../../deploy/csp.ts';
import { pngLayout } from '../../src/export/pngLayout.ts';
import { CSP_LISTENER, expectCleanPages, OUT, READY_TIMEOUT, shot, waitForStill } from './support.ts';
import { paintStats, unpainted } from '../support/paint.ts';

const DIST = resolve(process.env.ATLAS_DIST ?? 'dist');
let browser: Browser;
let app: RunningServer;
const opened: OpenedPage[] = [];

beforeAll(async () => {
  app = await serveStatic(DIST, { headers: { 'content-security-policy': cspHeader() } });
  browser = await sharedChromium();
});

afterAll(async () => {
  await expectCleanPages(opened);
  await closeContexts(opened);
  await app?.close();
});

async function open(query: string): Promise<Page> {
  const o = await openPage(browser, `${app.url}${query}`, { initScript: CSP_LISTENER, acceptDownloads: true, locale: 'en-GB' });
  opened.push(o);
  await waitForMark(o.page, 'atlas:map-ready', READY_TIMEOUT);
  await waitForMark(o.page, 'atlas:charts-ready', READY_TIMEOUT);
  return o.page;
}

/** Clicks an export button and returns the downloaded file's name and bytes. */
async function download(page: Page, testId: string): Promise<{ name: string; bytes: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const path = `${OUT}/${d.suggestedFilename()}`;
  await d.saveAs(path);
  return { name: d.suggestedFilename(), bytes: readFileSync(path) };
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('share and export under the strict CSP', () => {
  it('copies the link, or shows it for a manual copy when the clipboard is denied', async () => {
    const page = await open('?lang=en&indicator=density&province=TH-56');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
    // The confirmation shows for 3 s; record it as it appears, so a slow poll cannot miss it.
    await page.evaluate(() => {
      const status = document.querySelector('[data-testid="share-status"]')!;
      const seen: string[] = ((window as unknown as { __status: string[] }).__status = []);
      new MutationObserver(() => seen.push(status.textContent ?? '')).observe(status, { childList: true, characterData: true, subtree: true });
    });
    await page.getByTestId('share-button').click();
    await page.waitForFunction(() => (window as unknown as { __status: string[] }).__status.includes('Link copied'));
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    // The same view as the address bar (the camera may be committed a moment later on a slow machine).
    const sameView = (a: string, b: string) =>
      ['lang', 'indicator', 'province'].every((k) => new URL(a).searchParams.get(k) === new URL(b).searchParams.get(k)) &&
      new URL(a).pathname === new URL(b).pathname;
    expect(sameView(copied, page.url())).toBe(true);
    expect(new URL(copied).searchParams.get('indicator')).toBe('density');
    expect(new URL(copied).searchParams.get('province')).toBe('TH-56');

    await page.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    });
    await page.getByTestId('share-button').click();
    const input = page.getByTestId('share-manual').locator('input');
    await input.waitFor();
    expect(sameView(await input.inputValue(), page.url())).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');
  });

  it('exports the map as PNG at 1× and 2×, charts as SVG, and CSV of the indicator and the selection', async () => {
    const page = await open('?lang=th&indicator=students-per-teacher&province=TH-56,TH-10');
    await page.getByTestId('embed-export-button').click();
    const dialog = page.getByTestId('share-dialog');
    await dialog.waitFor();
    expect(await page.getByTestId('embed-iframe-snippet').inputValue()).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?lang=th&amp;indicator=students-per-teacher&amp;province=TH-56%2CTH-10.*&amp;embed=1"/);
    expect(await page.getByTestId('embed-csp').innerText()).toBe(`frame-src ${app.origin}`);
    await shot(page, `export-dialog-th`);

    const map = await page.locator('.map').evaluate((el) => ({ w: el.clientWidth, h: el.clientHeight }));
    const view = await page.evaluate(() => document.querySelectorAll('.legend-bins li').length);
    const layout = pngLayout(map.w, map.h, view);
    const one = await download(page, 'export-png');
    expect(one.name).toMatch(/^atlas-students-per-teacher-\d{4}\.png$/);
    expect(pngSize(one.bytes)).toEqual({ width: layout.width, height: layout.height });
    const two = await download(page, 'export-png-2x');
    expect(pngSize(two.bytes)).toEqual({ width: layout.width * 2, height: layout.height * 2 });
    // Written to tests/e2e/output like a screenshot, so checked like one: painted, not blank.
    expect(unpainted(paintStats(one.bytes), 8, 0.98), `${one.name}`).toBeNull();
    expect(unpainted(paintStats(two.bytes), 8, 0.98), `${two.name} (2×)`).toBeNull();

    const svg = (await download(page, 'export-chart-regions')).bytes.toString('utf8');
    expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).not.toMatch(/ class=| style=/);
    expect(svg).toContain('data-chart="regions"');
    // Each dot's fill inlined from its colour; glyphs that do not apply are left out of the file.
    expect(svg).toMatch(/<path[^>]* data-shape="disc"[^>]* fill="rgb\(/);
    expect(svg).not.toMatch(/<(path|circle)[^>]* display="none"/);

    const csv = (await download(page, 'export-csv')).bytes.toString('utf8');
    expect(csv.startsWith('\uFEFFiso_3166_2,province_th,province_en,')).toBe(true);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(78);
    const bangkok = lines.find((l) => l.startsWith('TH-10,'));
    expect(bangkok).toContain('กรุงเทพมหานคร');
    // Students per teacher has no figure for some provinces: an empty cell, never 0.
    expect(lines.some((l) => /^TH-\d\d,[^,]+,[^,]+,students-per-teacher,[^,]+,[^,]+,\d{4},,/.test(l))).toBe(true);

    const sel = (await download(page, 'export-csv-selection')).bytes.toString('utf8').trimEnd().split('\r\n');
    expect(sel.slice(1).map((l) => l.slice(0, 5))).toEqual(['TH-56', 'TH-10']);
    await page.getByTestId('export-status').getByText(/atlas-students-per-teacher-\d{4}-selection\.csv/).waitFor();
  });

  it('lays out map, legend and charts on A4 landscape for print', async () => {
    const page = await open('?lang=th&province=TH-56');
    // Let the basemap's land arrive (it is added after the provinces' first frame).
    await waitForStill(page);
    // What beforeprint does (page.pdf does not fire it): the map copied into a 2D canvas.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    const inked = await page.locator('canvas.print-map-snapshot').evaluate((c: HTMLCanvasElement) => {
      const px = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      const colours = new Set<number>();
      for (let i = 0; i < px.length; i += 4 * 97) colours.add((px[i]! << 16) | (px[i + 1]! << 8) | px[i + 2]!);
      return colours.size;
    });
    // Water, land, five classes, outlines: a blank or black snapshot would have one or two.
    expect(inked).toBeGreaterThan(8);
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 1123, height: 794 });
    expect(await page.locator('.toolbar').isVisible()).toBe(false);
    expect(await page.locator('canvas.print-map-snapshot').isVisible()).toBe(true);
    expect(await page.locator('.legend').isVisible()).toBe(true);
    await shot(page, `print-a4-landscape`);
    const pdf = await page.pdf({ path: `${OUT}/print-a4-landscape.pdf`, format: 'A4', landscape: true, printBackground: true, preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});
