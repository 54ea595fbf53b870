// End-to-end: going below province level with the user's own districts. Drop a district GeoJSON
// (SYNTHETIC: real province polygons cut into strips, tests/fixtures/syntheticDistricts.ts), then
// a Thai CSV of district figures matched to it; see the districts coloured, the legend, the report
// with the rows not matched; hover and click a district; reload; switch off; remove.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appSession, dropFile, headerAction, param, READY_TIMEOUT, waitForParam, shot } from './support.ts';
import { waitForMark } from '../support/browser.ts';
import { DISTRICT_CSV, syntheticDistricts } from '../fixtures/syntheticDistricts.ts';
import { shippedAtlasData } from '../fixtures/shippedData.ts';
import { buildLocator } from '../../src/data/import/pointInProvince.ts';
import type { MultiPolygon, Polygon } from 'geojson';

const app = appSession();
beforeAll(() => app.start());
afterAll(() => app.stop());

const data = shippedAtlasData();
const { geojson, districts } = syntheticDistricts(data.features);
const districtFeatures = geojson.features as { properties: Record<string, unknown>; geometry: Polygon | MultiPolygon }[];
const districtLocator = buildLocator(districtFeatures);

const drop = (page: Page, name: string, text: string, type: string) => dropFile(page, 'import-drop', name, new TextEncoder().encode(text), type);

const districtSummary = (page: Page) => page.getByTestId('district-summary');

describe('district sets', () => {
  it('district GeoJSON then a district CSV: coloured districts, legend, report, hover, click, reload, off, remove', async () => {
    const started = Date.now();
    const step = (name: string) => console.log(`districts e2e: ${name} at ${Math.round((Date.now() - started) / 1000)} s`);
    const { page } = await app.open('?lang=th');
    await headerAction(page, 'import-open');

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

    step('boundary file imported');
    // 2. A CSV of district figures, matched to the districts (not to provinces).
    await drop(page, 'ครูอำเภอ.csv', DISTRICT_CSV, 'text/csv');
    await page.getByTestId('import-preview').waitFor();
    // It has an อำเภอ column, so it is matched to the districts unless the user picks provinces.
    expect(await page.getByTestId('import-target').inputValue()).toBe(setId);
    expect(await page.getByTestId('import-district').inputValue()).toBe('0');
    expect(await page.getByTestId('import-district-province').inputValue()).toBe('1');
    await shot(page, `districts-preview`);
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
    await shot(page, `districts-report`);
    await page.locator('#import-panel .import-head button').click();
    await page.locator('#import-panel').waitFor({ state: 'detached' });

    step('table imported');
    // 3. The legend: the figure, its classes, the no-data swatch (5 of 9 districts have no row) and the user's file.
    const legend = page.getByTestId('district-legend');
    expect(await page.getByTestId('district-indicator').inputValue()).toBe(`${setId}.2`);
    expect(await legend.locator('[data-bin="no-data"]').innerText()).toContain('5');
    expect(await legend.locator('.district-bin:not(.no-data)').count()).toBeGreaterThan(1);
    expect(await page.getByTestId('district-source').innerText()).toContain('ไฟล์ของคุณ ครูอำเภอ.csv');

    step('legend checked');
    // 4. Hover a district: its names, province and figure in the tooltip. The map is centred on
    // Phayao's label anchor (inside the province), so the district under the centre is known here.
    const [lon, lat] = data.index.byCode('TH-56')?.label ?? [0, 0];
    const expectedCode = districtFeatures[districtLocator.locate(lon, lat)]?.properties?.ADM2_PCODE as string;
    expect(expectedCode).toMatch(/^TH56\d\d$/);
    const url = new URL(page.url());
    url.searchParams.set('view', `${lon},${lat},8`);
    await page.goto(url.toString());
    await waitForMark(page, 'atlas:map-ready', READY_TIMEOUT);
    await page.getByTestId('district-legend').waitFor();
    const box = (await page.locator('.map').first().boundingBox()) as { x: number; y: number; width: number; height: number };
    const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await page.mouse.move(at.x - 5, at.y);
    await page.mouse.move(at.x, at.y);
    const tooltip = page.locator('.tooltip[role="tooltip"]');
    await expect.poll(() => tooltip.getAttribute('data-iso'), { timeout: 20_000 }).toBe(expectedCode);
    const d = districts.find((x) => x.code === expectedCode);
    expect(await page.getByTestId('district-tooltip-name').innerText()).toBe(d?.nameTh);
    expect(await page.getByTestId('district-tooltip-province').innerText()).toBe('จังหวัดพะเยา');
    const expected: Record<string, string> = { TH5601: '12', TH5603: '88' };
    expect(await page.getByTestId('district-tooltip-value').innerText()).toBe(`ครูต่อนักเรียน: ${expected[expectedCode] ?? 'ไม่มีข้อมูล'}`);
    expect(await page.getByTestId('map-summary').getAttribute('data-hover')).toBe('TH-56');
    await shot(page, `districts-hover-th`);

    step('hovered');
    // 5. Click it: its province is selected (every panel works on it) and the map goes there.
    const before = param(page, 'view');
    await page.mouse.click(at.x, at.y);
    await waitForParam(page, 'province', 'TH-56');
    await page.waitForFunction((v) => new URL(location.href).searchParams.get('view') !== v, before, { timeout: 15_000 });
    await shot(page, `districts-zoomed-th`);

    step('clicked');
    // 6. Reload: the districts, their figures and the choice come back.
    await page.reload();
    await waitForMark(page, 'atlas:map-ready', READY_TIMEOUT);
    await expect.poll(() => districtSummary(page).getAttribute('data-district')).toBe(`${setId}.2`);
    await page.getByTestId('district-indicator').selectOption(`${setId}.1`);
    await expect.poll(() => districtSummary(page).innerText()).toContain('“poor_share”');
    await waitForParam(page, 'district', `${setId}.1`);

    step('reloaded');
    // 7. Off, then remove: the layer goes, and a link naming it falls back safely.
    await page.getByTestId('district-show').uncheck();
    await waitForParam(page, 'district', 'off');
    expect(await districtSummary(page).count()).toBe(0);
    await page.getByTestId('district-show').check();
    await expect.poll(() => districtSummary(page).count()).toBe(1);
    await headerAction(page, 'import-open');
    await page.getByTestId('import-remove-all').click();
    await expect.poll(() => page.getByTestId('district-legend').count()).toBe(0);
    await page.reload();
    await waitForMark(page, 'atlas:map-ready', READY_TIMEOUT);
    expect(await page.getByTestId('district-legend').count()).toBe(0);
    expect(param(page, 'lang')).toBe('th');
    // Two imports, three page loads and a hover search in software WebGL on a shared 2-core machine.
  }, 240_000);
});
