// End-to-end: going below province level with the user's own districts. Drop a district GeoJSON
// (SYNTHETIC: real province polygons cut into strips, tests/fixtures/syntheticDistricts.ts), then
// a Thai CSV of district figures matched to it; see the districts coloured, the legend, the report
// with the rows not matched; hover and click a district; reload; switch off; remove.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appSession, dropFile, OUT, param, pointOnProvince, READY_TIMEOUT, waitForParam } from './support.ts';
import { waitForMark } from '../support/browser.ts';
import { DISTRICT_CSV, syntheticDistricts } from '../fixtures/syntheticDistricts.ts';

const app = appSession();
beforeAll(() => app.start());
afterAll(() => app.stop());

const { geojson, districts } = syntheticDistricts();

const drop = (page: Page, name: string, text: string, type: string) => dropFile(page, 'import-drop', name, new TextEncoder().encode(text), type);

const districtSummary = (page: Page) => page.getByTestId('district-summary');

describe('district sets', () => {
  it('district GeoJSON then a district CSV: coloured districts, legend, report, hover, click, reload, off, remove', async () => {
    const { page } = await app.open('?lang=th');
    await page.getByTestId('import-open').click();

    // 1. The boundary file is recognised as districts and its numeric properties become figures.
    await drop(page, 'synthetic-adm2.geojson', JSON.stringify(geojson), 'application/geo+json');
    const preview = page.getByTestId('import-districts');
    await preview.waitFor();
    expect(await preview.innerText()).toContain(`อำเภอ ${districts.length} จาก ${districts.length} รูป ใน 3 จังหวัด`);
    await page.getByTestId('import-go').click();
    await expect.poll(() => page.getByTestId('import-summary').innerText(), { timeout: 20_000 }).toContain(`${districts.length}`);
    const setId = (await page.locator('[data-testid="import-datasets"] li').first().getAttribute('data-dataset')) as string;
    expect(setId).toMatch(/^[a-z0-9]+$/);
    await expect.poll(() => districtSummary(page).getAttribute('data-district')).toBe(`${setId}.0`);
    expect(await districtSummary(page).innerText()).toContain(`“students” จาก synthetic-adm2.geojson: ${districts.length} อำเภอ`);

    // 2. A CSV of district figures, matched to the districts (not to provinces).
    await drop(page, 'ครูอำเภอ.csv', DISTRICT_CSV, 'text/csv');
    await page.getByTestId('import-preview').waitFor();
    await page.getByTestId('import-target').selectOption(setId);
    expect(await page.getByTestId('import-district').inputValue()).toBe('0');
    expect(await page.getByTestId('import-district-province').inputValue()).toBe('1');
    await page.screenshot({ path: `${OUT}/districts-preview.png` });
    await page.getByTestId('import-go').click();
    await expect.poll(() => page.getByTestId('import-summary').innerText(), { timeout: 20_000 }).toBe('นำเข้า 4 จาก 8 แถว');
    const rows = page.locator('[data-testid="import-report"] tr[data-line]');
    expect(await rows.evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-line'), tr.children[1]?.textContent]))).toEqual([
      ['4', 'ชื่ออำเภอนี้มีในหลายจังหวัด: เพิ่มคอลัมน์จังหวัด'],
      ['6', 'ชื่ออำเภอนี้มีในหลายจังหวัด: เพิ่มคอลัมน์จังหวัด'],
      ['7', 'ไม่รู้จักอำเภอ'],
      ['8', 'ไม่รู้จักจังหวัด'],
    ]);
    // Its figure is shown at once: the set's two properties come first, so it is number 2.
    await expect.poll(() => districtSummary(page).getAttribute('data-district')).toBe(`${setId}.2`);
    await waitForParam(page, 'district', `${setId}.2`);
    await page.screenshot({ path: `${OUT}/districts-report.png` });
    await page.locator('#import-panel .import-head button').click();
    await page.locator('#import-panel').waitFor({ state: 'detached' });

    // 3. The legend: the figure, its classes, the no-data swatch (5 of 9 districts have no row) and the user's file.
    const legend = page.getByTestId('district-legend');
    expect(await page.getByTestId('district-indicator').inputValue()).toBe(`${setId}.2`);
    expect(await legend.locator('[data-bin="no-data"]').innerText()).toContain('5');
    expect(await legend.locator('.district-bin:not(.no-data)').count()).toBeGreaterThan(1);
    expect(await page.getByTestId('district-source').innerText()).toContain('ไฟล์ของคุณ ครูอำเภอ.csv');

    // 4. Hover a district: its names, province and figure in the tooltip.
    const at = await pointOnProvince(page, 'TH-56');
    const tooltip = page.locator('.tooltip[role="tooltip"]');
    await expect.poll(() => tooltip.getAttribute('data-iso')).toMatch(/^TH56\d\d$/);
    const code = (await tooltip.getAttribute('data-iso')) as string;
    const d = districts.find((x) => x.code === code);
    expect(await page.getByTestId('district-tooltip-name').innerText()).toBe(d?.nameTh);
    expect(await page.getByTestId('district-tooltip-province').innerText()).toBe('จังหวัดพะเยา');
    const expected: Record<string, string> = { TH5601: '12', TH5603: '88' };
    expect(await page.getByTestId('district-tooltip-value').innerText()).toBe(`ครูต่อนักเรียน: ${expected[code] ?? 'ไม่มีข้อมูล'}`);
    await page.screenshot({ path: `${OUT}/districts-hover-th.png` });

    // 5. Click it: its province is selected (every panel works on it) and the map goes there.
    await page.mouse.click(at.x, at.y);
    await waitForParam(page, 'province', 'TH-56');
    await page.waitForFunction(() => new URL(location.href).searchParams.has('view'), null, { timeout: 10_000 });
    await page.screenshot({ path: `${OUT}/districts-zoomed-th.png` });

    // 6. Reload: the districts, their figures and the choice come back.
    await page.reload();
    await waitForMark(page, 'atlas:map-ready', READY_TIMEOUT);
    await expect.poll(() => districtSummary(page).getAttribute('data-district')).toBe(`${setId}.2`);
    await page.getByTestId('district-indicator').selectOption(`${setId}.1`);
    await expect.poll(() => districtSummary(page).innerText()).toContain('“poor_share”');
    await waitForParam(page, 'district', `${setId}.1`);

    // 7. Off, then remove: the layer goes, and a link naming it falls back safely.
    await page.getByTestId('district-show').uncheck();
    await waitForParam(page, 'district', 'off');
    expect(await districtSummary(page).count()).toBe(0);
    await page.getByTestId('district-show').check();
    await expect.poll(() => districtSummary(page).count()).toBe(1);
    await page.getByTestId('import-open').click();
    await page.getByTestId('import-remove-all').click();
    await expect.poll(() => page.getByTestId('district-legend').count()).toBe(0);
    await page.reload();
    await waitForMark(page, 'atlas:map-ready', READY_TIMEOUT);
    expect(await page.getByTestId('district-legend').count()).toBe(0);
    expect(param(page, 'lang')).toBe('th');
  });
});
