import { launchChromium } from './tests/support/browser.ts';
import { serveDist } from './tests/support/serve.ts';
const server = await serveDist('dist');
const browser = await launchChromium({ webgl: process.argv[2] !== 'nowebgl' });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(`${server.url}?lang=en&compare=2015`);
await page.waitForFunction(() => document.querySelectorAll('.compare-pane .province-label').length > 10, null, { timeout: 60000 });
await page.waitForTimeout(4000);
const n = await page.evaluate(`new Promise((r) => {
  let n = 0; const o = new MutationObserver((ms) => { n += ms.length; });
  o.observe(document.querySelector('[data-testid="compare-maps"]'), { attributes: true, subtree: true, childList: true });
  let frames = 0; const f = () => { frames++; if (frames < 120) requestAnimationFrame(f); else { o.disconnect(); r(n); } }; requestAnimationFrame(f);
})`);
console.log('mutations in 120 frames idle:', n);
const t0 = Date.now(); await page.screenshot(); await page.screenshot(); console.log('2 shots ms', Date.now() - t0);
await browser.close(); await server.close();
