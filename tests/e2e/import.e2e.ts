// End-to-end: bring your own data. Drop a Windows-874 CSV with Thai names (made by a real
// encoder) and see it on the map and in the charts; drop a GeoJSON of points and see the
// per-province aggregate; reload and still see both; remove them. A file with hundreds of rows
// that match nothing: the page keeps only the first of them, the download and the stored copy all.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appSession, dropFile, headerAction, param, READY_TIMEOUT, shot } from './support.ts';
import { waitForMark } from '../support/browser.ts';

const app = appSession();
beforeAll(() => app.start());
afterAll(() => app.stop());

const summary = (page: Page) => page.getByTestId('map-summary');

const W874 = new Uint8Array(readFileSync('tests/fixtures/import/thai-windows-874.csv'));

/** Thai names of the 77 provinces, from the curated table. */
function thaiNames(): string[] {
  const [head, ...lines] = readFileSync('geo/provinces.csv', 'utf8').trim().split(/\r?\n/);
  const col = (head ?? '').split(',').indexOf('name_th');
  return lines.map((l) => l.split(',')[col] as string);
}

/** What the import stored in IndexedDB (idb-keyval's default store): per dataset, the rejected rows kept and the report file's text. */
function storedReports(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{ kept: number; file: string | null }[]>((resolve, reject) => {
        const open = indexedDB.open('keyval-store');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('keyval').objectStore('keyval').get('atlas:user-datasets:v1');
          get.onerror = () => reject(get.error);
          get.onsuccess = async () => {
            const all = (get.result ?? []) as { report: { rejected: unknown[] }; reportFile?: Blob }[];
            resolve(await Promise.all(all.map(async (d) => ({ kept: d.report.rejected.length, file: d.reportFile instanceof Blob ? await d.reportFile.text() : null }))));
          };
        };
      }),
  );
}

const POINTS = {
  type: 'FeatureCollection',
  features: [
    [99.9, 19.17, 'โรงเรียนพะเยา', 120],
    [98.98, 18.79, 'โรงเรียนเชียงใหม่ 1', 300],
    [98.99, 18.8, 'โรงเรียนเชียงใหม่ 2', 200],
    [99.0, 18.7, 'ศูนย์การเรียนรู้', 50],
    [95.0, 10.0, 'at sea', 1],
  ].map(([lon, lat, name, students]) => ({
    type: 'Feature',
    properties: { name, students },
    geometry: { type: 'Point', coordinates: [lon, lat] },
  })),
};

describe('import', () => {
  it('a Windows-874 CSV with Thai names: preview, import, map, charts, reload, remove', async () => {
    const { page } = await app.open('?lang=en');
    await headerAction(page, 'import-open');
    await expect.poll(() => page.getByTestId('import-privacy').innerText()).toContain('never leave your browser');
    await dropFile(page, 'import-drop', 'ข้อมูลจังหวัด.csv', W874, 'text/csv');

    const preview = page.getByTestId('import-preview');
    await preview.waitFor();
    const encoding = page.getByTestId('import-encoding');
    expect(await encoding.getAttribute('data-detected')).toBe('windows-874');
    expect(await encoding.inputValue()).toBe('windows-874');
    expect(await preview.innerText()).toContain('จังหวัดเชียงใหม่');
    // The typo is offered for confirmation, not applied.
    const unmatched = await page.getByTestId('import-unmatched').innerText();
    expect(unmatched).toContain('เชียงใม่');
    expect(unmatched).toContain('Chiang Mai');
    await shot(page, `import-preview`);

    // A wrong override is visible in the preview, and the detected encoding brings Thai back.
    await encoding.selectOption('utf-8');
    await expect.poll(async () => page.getByTestId('import-preview').innerText()).toContain('\ufffd');
    await page.getByTestId('import-encoding').selectOption('windows-874');
    await expect.poll(async () => page.getByTestId('import-preview').innerText()).toContain('จังหวัดเชียงใหม่');

    await page.getByTestId('import-go').click();
    await expect.poll(() => page.getByTestId('import-summary').innerText(), { timeout: 20_000 }).toBe('5 of 7 rows imported.');
    const report = await page.getByTestId('import-report').innerText();
    expect(report).toContain('unknown province');
    expect(report).toContain('duplicate (line 2)');

    await expect.poll(() => summary(page).getAttribute('data-indicator')).toMatch(/^my-/);
    const id = (await summary(page).getAttribute('data-indicator')) as string;
    await expect.poll(() => param(page, 'indicator')).toBe(id);
    expect(await page.getByTestId('legend').innerText()).toContain('เด็กนอกระบบ');
    // Charts: the ranked bars hold the imported provinces with their values.
    const rankRows = page.locator('[data-chart="rank"] .rank-row:not(.is-missing)');
    await expect.poll(() => rankRows.count()).toBe(2); // Bangkok and Chiang Mai; "-", blank and "abc" are no data
    expect(await page.locator('[data-chart="rank"] .rank-row[data-code="TH-50"]').getAttribute('aria-label')).toContain('2,345');
    expect(await summary(page).innerText()).toContain('Chiang Mai');
    await shot(page, `import-map`);

    // The report downloads as CSV with every rejected line.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('import-download').click()]);
    const csv = readFileSync((await download.path()) as string, 'utf8');
    expect(csv).toContain('7,unknown-province,เชียงใม่,TH-50');
    expect(csv).toContain('4,duplicate');

    // Reload: the data and the link survive (IndexedDB).
    await page.reload();
    await waitForMark(page, 'atlas:map-ready', READY_TIMEOUT);
    await expect.poll(() => summary(page).getAttribute('data-indicator')).toBe(id);
    expect(await page.getByTestId('legend').innerText()).toContain('เด็กนอกระบบ');
    const input = page.getByTestId('indicator-input');
    await input.click();
    await input.fill('เด็กนอกระบบ');
    await expect.poll(() => page.locator('li[role="option"]').first().innerText()).toContain('your data');
    await input.press('Escape');

    // Remove: back to the default indicator, and a reload does not bring it back.
    await headerAction(page, 'import-open');
    await page.getByTestId('import-remove-all').click();
    await expect.poll(() => summary(page).getAttribute('data-indicator')).toBe('hai');
    await page.reload();
    await waitForMark(page, 'atlas:map-ready', READY_TIMEOUT);
    expect(await summary(page).getAttribute('data-indicator')).toBe('hai');
  });

  it('a GeoJSON of points: drawn, counted per province, per 100,000 people; survives reload', async () => {
    const { page } = await app.open('?lang=th');
    await headerAction(page, 'import-open');
    await dropFile(page, 'import-drop', 'schools.geojson', new TextEncoder().encode(JSON.stringify(POINTS)), 'application/geo+json');
    await page.getByTestId('import-preview').waitFor();
    expect(await page.getByTestId('import-shape').inputValue()).toBe('points');
    await page.getByTestId('import-go').click();
    await expect.poll(() => page.getByTestId('import-summary').innerText(), { timeout: 20_000 }).toBe('นำเข้า ๔ จาก ๕ แถว'.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50)));
    expect(await page.getByTestId('import-report').innerText()).toContain('อยู่นอกทุกจังหวัด');
    await expect.poll(() => summary(page).getAttribute('data-indicator')).toMatch(/^my-.*-1$/);
    const countId = (await summary(page).getAttribute('data-indicator')) as string;
    const bar = (code: string) => page.locator(`[data-chart="rank"] .rank-row[data-code="${code}"]`).getAttribute('aria-label');
    await expect.poll(() => bar('TH-50')).toContain(': 3');
    expect(await bar('TH-56')).toContain(': 1');
    await headerAction(page, 'import-open');
    await shot(page, `import-points`);

    // Per 100,000 people: the second new indicator.
    const perId = countId.replace(/-1$/, '-2');
    await page.goto(page.url().replace(/indicator=[^&]*/, `indicator=${perId}`));
    await waitForMark(page, 'atlas:map-ready', READY_TIMEOUT);
    await expect.poll(() => summary(page).getAttribute('data-indicator')).toBe(perId);
    expect(await page.getByTestId('legend').innerText()).toContain('ต่อประชากรแสนคน');

    // A link to an imported indicator in a browser without it falls back safely.
    const other = await app.open(`?lang=en&indicator=${perId}`);
    expect(await other.page.getByTestId('map-summary').getAttribute('data-indicator')).toBe('hai');
    await other.context.close();
  });

  it('250 rows that match no province: counted in full, the first shown, all in the download and in storage', async () => {
    // Four years of every province (lines 2–309), then 250 rows nobody can match (lines 310–559).
    const years = [2564, 2565, 2566, 2567];
    const rows = [
      ...years.flatMap((y) => thaiNames().map((name, i) => `${name},${y},${(i * 37) % 1000 + 5}`)),
      ...Array.from({ length: 250 }, (_, i) => `ไม่มีจังหวัดนี้ ${i},2567,${(i * 53) % 900 + 7}`),
    ];
    const csv = new TextEncoder().encode(['จังหวัด,ปี,นักเรียน', ...rows].join('\r\n'));
    const { page } = await app.open('?lang=en');
    await headerAction(page, 'import-open');
    await dropFile(page, 'import-drop', 'many-unknown.csv', csv, 'text/csv');
    await page.getByTestId('import-preview').waitFor();
    await page.getByTestId('import-go').click();
    await expect.poll(() => page.getByTestId('import-summary').innerText(), { timeout: 20_000 }).toBe('308 of 558 rows imported.');
    const report = page.getByTestId('import-report');
    expect(await report.innerText()).toContain('Rows not imported (250)');
    await report.locator('details > summary').click();
    expect(await report.innerText()).toContain('…and 200 more in the downloadable report.');
    expect(await report.locator('tbody tr').count()).toBe(50);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('import-download').click()]);
    const text = readFileSync((await download.path()) as string, 'utf8');
    const rejectedLines = (t: string) => t.split('\r\n').filter((l) => /^\d+,unknown-province,/.test(l));
    expect(rejectedLines(text)).toHaveLength(250);
    expect(text).toContain('rows not imported,250');
    // The last line of the file, with its reason and its cells (after the suggestion column).
    expect(text).toMatch(/\r\n559,unknown-province,ไม่มีจังหวัดนี้ 249,[^,]*,ไม่มีจังหวัดนี้ 249,2567,\d+\r\n/);

    // Stored: the page's short copy of the report and the complete file, which survives a reload.
    await page.reload();
    await waitForMark(page, 'atlas:map-ready', READY_TIMEOUT);
    await expect.poll(() => summary(page).getAttribute('data-indicator')).toMatch(/^my-/);
    const stored = await storedReports(page);
    expect(stored).toHaveLength(1);
    expect(stored[0]?.kept).toBe(200);
    expect(rejectedLines(stored[0]?.file ?? '')).toHaveLength(250);
  });
});
