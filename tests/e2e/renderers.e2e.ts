// End-to-end: the software WebGL drivers. The suite draws with Mesa's llvmpipe where it is
// installed (tests/support/browser.ts), which is cheaper; this file checks the browser really got
// the driver it was started for, and keeps SwiftShader (Chromium's own, what DESIGN.md lists and
// what a machine without Mesa uses) covered: the map draws and an indicator change reaches the
// map and the charts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { softwareGlOf, waitForMark } from '../support/browser.ts';
import { appSession, chooseIndicator, shot } from './support.ts';

/** The WebGL renderer string the page's GPU process reports. */
const rendererOf = (page: Page) =>
  page.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return 'no WebGL';
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  });

const DRIVER_NAME = { mesa: /llvmpipe/, swiftshader: /SwiftShader/ } as const;

describe('the default browser', () => {
  const app = appSession();
  beforeAll(() => app.start());
  afterAll(() => app.stop());

  it('draws with the software driver it was started for', async () => {
    const gl = softwareGlOf();
    expect(gl).not.toBeNull();
    const { page } = await app.open('?lang=en');
    expect(await rendererOf(page)).toMatch(DRIVER_NAME[gl!]);
  });
});

describe('with SwiftShader', () => {
  const app = appSession({ gl: 'swiftshader' });
  beforeAll(() => app.start());
  afterAll(() => app.stop());

  it('draws the map and follows an indicator change on map and charts', async () => {
    const { page } = await app.open('?lang=en&indicator=hai');
    expect(await rendererOf(page)).toMatch(DRIVER_NAME.swiftshader);
    await waitForMark(page, 'atlas:charts-ready', 60_000);
    await chooseIndicator(page, 'density', 'density');
    await page.waitForFunction(() => document.querySelector('[data-testid="map-summary"]')?.getAttribute('data-indicator') === 'density');
    expect(await page.getByTestId('legend').innerText()).toContain('Population density');
    await page.waitForFunction(() => /Population density/.test(document.querySelector('.charts-panel')?.textContent ?? ''));
    await shot(page, 'swiftshader-density');
  });
});
