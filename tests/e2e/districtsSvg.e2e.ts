// End-to-end: the user's districts on the SVG map (a browser without WebGL). The same district
// view colours the district paths; hovering one shows its tooltip, clicking selects its province
// and frames it, as on WebGL.
// The district file is SYNTHETIC (tests/fixtures/syntheticDistricts.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appSession, dropFile, headerAction, labelCentre, waitForParam, shot } from './support.ts';
import { syntheticDistricts } from '../fixtures/syntheticDistricts.ts';

const app = appSession({ webgl: false });
beforeAll(() => app.start());
afterAll(() => app.stop());

const { geojson, districts } = syntheticDistricts();

describe('district sets without WebGL', () => {
  it('draws the districts in the legend colours, with tooltip and click', async () => {
    const { page } = await app.open('?lang=en');
    await headerAction(page, 'import-open');
    await dropFile(page, 'import-drop', 'synthetic-adm2.geojson', new TextEncoder().encode(JSON.stringify(geojson)), 'application/geo+json');
    await page.getByTestId('import-districts').waitFor();
    await page.getByTestId('import-go').click();
    await page.locator('#import-panel .import-head button').click();

    const paths = page.locator('.map[data-renderer="svg"] .svg-districts path');
    await expect.poll(() => paths.count()).toBe(districts.length);
    await page.locator('[data-testid="district-legend"] .swatch').first().waitFor();
    const fills = new Set(await paths.evaluateAll((ps) => ps.map((p) => p.getAttribute('fill'))));
    const swatches = await page.locator('[data-testid="district-legend"] .swatch').evaluateAll((ss) => ss.map((s) => getComputedStyle(s).backgroundColor));
    const hex = (rgb: string) => `#${(rgb.match(/\d+/g) ?? []).slice(0, 3).map((n) => Number(n).toString(16).padStart(2, '0')).join('')}`;
    // Every colour on the map is one of the legend's (classes and the no-data grey), and more than one is used.
    expect([...fills].filter((f) => !swatches.map(hex).includes(f as string))).toEqual([]);
    expect(fills.size).toBeGreaterThan(1);
    expect(await page.getByTestId('district-summary').innerText()).toContain(`“students” from synthetic-adm2.geojson: ${districts.length} districts`);

    const target = paths.and(page.locator('[data-district="TH5701"]'));
    await target.dispatchEvent('pointermove', { clientX: 0, clientY: 0 });
    await expect.poll(() => page.getByTestId('district-tooltip-name').innerText()).toBe('Mueang Chiang Rai');
    expect(await page.getByTestId('district-tooltip-province').innerText()).toBe('Province: Chiang Rai');
    expect(await page.getByTestId('district-tooltip-value').innerText()).toBe(`students: ${(5700).toLocaleString('en-GB')}`);
    await shot(page, `districts-svg`);
    const transform = () => page.locator('.svg-map-canvas > g').getAttribute('transform');
    expect(await transform()).toBe('translate(0,0) scale(1)');
    await target.dispatchEvent('click');
    await waitForParam(page, 'province', 'TH-57');
    // As on WebGL (the same store action, state/mapActions.ts): the map goes to the province.
    await expect.poll(transform).not.toBe('translate(0,0) scale(1)');

    // A mouse click on another province with districts: selected and framed, its districts on screen.
    await page.getByRole('button', { name: 'Back to Thailand' }).click();
    await expect.poll(transform).toBe('translate(0,0) scale(1)');
    const at = await labelCentre(page, 'TH-56');
    await page.mouse.click(at.x, at.y);
    await waitForParam(page, 'province', 'TH-56');
    await expect.poll(transform).not.toBe('translate(0,0) scale(1)');
    const mapBox = await page.locator('.map[data-renderer="svg"]').boundingBox();
    const own = await paths.and(page.locator('[data-district^="TH56"]')).evaluateAll((ps) => ps.map((p) => p.getBoundingClientRect().toJSON() as DOMRect));
    if (!mapBox) throw new Error('no map box');
    expect(own.length).toBeGreaterThan(1);
    for (const r of own) {
      // Each of its districts lies within the map and is drawn larger than at Thailand's scale.
      expect(r.left).toBeGreaterThanOrEqual(mapBox.x - 1);
      expect(r.right).toBeLessThanOrEqual(mapBox.x + mapBox.width + 1);
      expect(r.top).toBeGreaterThanOrEqual(mapBox.y - 1);
      expect(r.bottom).toBeLessThanOrEqual(mapBox.y + mapBox.height + 1);
    }
  });
});
