// End-to-end: the atlas's published open data (data/atlas-data/, a Frictionless Data Package).
// The detail panel and the sources footer link each indicator's CSV at its stable URL; the file
// downloads and holds the figure the panel shows; after one visit both the CSV and the package
// descriptor come from the service worker with the network off.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appSession, shot } from './support.ts';
import type { IndicatorsFile } from '../../src/data/indicatorTypes.ts';

const app = appSession();
beforeAll(() => app.start());
afterAll(() => app.stop());

const shipped = JSON.parse(readFileSync('public/data/indicators.json', 'utf8')) as IndicatorsFile;

describe('published open data', () => {
  it("links the indicator's CSV from the detail panel and the sources footer, and it downloads", async () => {
    const { page, context } = await app.open('?lang=en&indicator=hai&year=2021&province=TH-56', { acceptDownloads: true });
    const link = page.getByTestId('detail-panel').getByTestId('open-data-csv');
    expect(await link.innerText()).toBe("Download this indicator's data (CSV)");
    expect(await link.getAttribute('href')).toBe('./data/atlas-data/hai.csv');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('hai.csv');
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\n')[0]).toBe('iso,name_th,name_en,year,value');
    expect(csv).toContain('\nTH-56,พะเยา,Phayao,2021,0.650946689\n');
    expect(await page.getByTestId('province-indicator').innerText()).toContain('0.651');

    await page.locator('footer.sources summary').click();
    const footerLink = page.locator('[data-source="indicator:students-per-teacher"] [data-testid="open-data-csv"]');
    expect(await footerLink.getAttribute('href')).toBe('./data/atlas-data/students-per-teacher.csv');
    const pkgHref = await page.getByTestId('open-data-package').getAttribute('href');
    expect(pkgHref).toBe('./data/atlas-data/datapackage.json');
    const pkg = (await page.evaluate(async (h) => (await fetch(h)).json(), pkgHref!)) as { resources: { name: string; path: string }[] };
    expect(pkg.resources.map((r) => r.name)).toEqual(shipped.indicators.map((i) => i.id));
    // Students per teacher has no data for four provinces: blank cells, never 0.
    const spt = await page.evaluate(async (h) => (await fetch(h)).text(), (await footerLink.getAttribute('href'))!);
    expect(spt).toContain('\nTH-74,สมุทรสาคร,Samut Sakhon,2018,\n');
    await shot(page, `open-data-footer`);
    await context.close();
  });

  it('names the link in Thai', async () => {
    const { page, context } = await app.open('?lang=th&indicator=density&province=TH-50');
    expect(await page.getByTestId('detail-panel').getByTestId('open-data-csv').innerText()).toBe('ดาวน์โหลดข้อมูลของตัวชี้วัดนี้ (CSV)');
    await shot(page, `open-data-detail-th`);
    await context.close();
  });

  it('serves the CSVs and the descriptor offline after one visit', async () => {
    const { page, context } = await app.open('?lang=en', { serviceWorkers: 'allow' });
    expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.ready).active))).toBe(true);
    await context.setOffline(true);
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const got = await page.evaluate(async () => {
      const text = async (u: string) => (await fetch(u)).text();
      return { csv: await text('data/atlas-data/gpp.csv'), pkg: await text('data/atlas-data/datapackage.json') };
    });
    expect(got.csv).toBe(readFileSync('public/data/atlas-data/gpp.csv', 'utf8'));
    expect(got.pkg).toBe(readFileSync('public/data/atlas-data/datapackage.json', 'utf8'));
    await context.setOffline(false);
    await context.close();
  }, 120_000);
});
