// Quick screenshot: npx tsx /work/tools/shot.mts <distDir> '<query>' out.png [width height] [nowebgl]
import { launchChromium } from './tests/support/browser.ts';
import { serveDist } from './tests/support/serve.ts';
const [dist, query, out, w = '1280', h = '800', mode] = process.argv.slice(2);
const server = await serveDist(dist!);
const browser = await launchChromium({ webgl: mode !== 'nowebgl' });
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
page.on('console', (m) => { if (m.type() === 'error') console.log('console:', m.text()); });
await page.goto(`${server.url}?${query}`);
await page.waitForSelector('[data-testid="map-summary"]', { state: 'attached', timeout: 60000 });
await page.waitForFunction(() => performance.getEntriesByName('atlas:map-ready').length > 0, null, { timeout: 60000 }).catch(() => console.log('no map-ready'));
await page.waitForTimeout(1500);
console.log('mode', await page.getAttribute('[data-testid="map-summary"]', 'data-mode'), '|', await page.textContent('[data-testid="map-summary"]'));
await page.screenshot({ path: out! });
await browser.close();
await server.close();
