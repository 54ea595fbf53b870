// Browser helpers shared by the e2e tests and the benchmarks: start the Debian Chromium with the
// flags DESIGN.md lists, open pages that can only reach this machine, and wait for perf marks.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';

/** The Debian package's launcher; `CHROMIUM_PATH` overrides it. We never download a browser. */
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/** Flags that every launch uses (DESIGN.md, "Stack notes"), plus `--disable-quic`. */
const BASE_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-background-networking',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
  // Page requests are routed anyway; this keeps Chromium's own unrouted traffic off UDP too.
  '--disable-quic',
];

/**
 * Software WebGL, as headless Chromium here has no GPU. Two drivers work (README "Performance"):
 * - 'mesa': ANGLE over the system's EGL, i.e. Mesa's llvmpipe (Debian `libegl-mesa0`,
 *   `libgl1-mesa-dri`). Chromium blocklists llvmpipe for WebGL, hence `--ignore-gpu-blocklist`.
 *   It draws a map frame for a third to a quarter of SwiftShader's CPU, so the e2e suite uses it.
 * - 'swiftshader': Chromium's bundled Vulkan rasteriser (DESIGN.md "Stack notes"); what a machine
 *   without Mesa falls back to, and what tests/e2e/renderers.e2e.ts keeps covered.
 */
export type SoftwareGl = 'mesa' | 'swiftshader';

const GL_FLAGS: Record<SoftwareGl, string[]> = {
  mesa: ['--use-gl=angle', '--use-angle=gl-egl', '--ignore-gpu-blocklist'],
  swiftshader: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
};

/** Library folders of Debian-like (multiarch) and other Linux systems. */
const LIB_DIRS = ['/usr/lib/x86_64-linux-gnu', '/usr/lib/aarch64-linux-gnu', '/usr/lib64', '/usr/lib'];

/**
 * Mesa's software GL is installed: the EGL loader ANGLE opens, Mesa's EGL vendor library and the
 * llvmpipe driver (scripts/ensureSystemDeps.ts installs them for the tests).
 */
export function hasMesaGl(): boolean {
  return LIB_DIRS.some((dir) => ['libEGL.so.1', 'libEGL_mesa.so.0', 'dri/swrast_dri.so'].every((f) => existsSync(`${dir}/${f}`)));
}

/**
 * Which software driver a launch uses: `ATLAS_SOFTWARE_GL` when it names one, else Mesa where it
 * is installed, else SwiftShader (always bundled with Chromium).
 */
export function chooseSoftwareGl(env: string | undefined, mesaInstalled: boolean): SoftwareGl {
  if (env === 'mesa' || env === 'swiftshader') return env;
  return mesaInstalled ? 'mesa' : 'swiftshader';
}

/** Removes WebGL entirely, so a test can check what a user without WebGL sees. */
const NO_WEBGL_FLAGS = ['--disable-3d-apis'];

export interface LaunchOptions {
  /** true (default): software WebGL. false: WebGL disabled (`--disable-3d-apis`). */
  webgl?: boolean;
  /** The software WebGL driver; default `chooseSoftwareGl` for this machine. */
  gl?: SoftwareGl;
}

/** The driver a launch with these options uses (null: WebGL off). */
export function softwareGlOf(opts: LaunchOptions = {}): SoftwareGl | null {
  if (opts.webgl === false) return null;
  return opts.gl ?? chooseSoftwareGl(process.env.ATLAS_SOFTWARE_GL, hasMesaGl());
}

/** The flags `launchChromium` passes, exported so reports can print what was used. */
export function chromiumFlags(opts: LaunchOptions = {}): string[] {
  const gl = softwareGlOf(opts);
  return [...BASE_FLAGS, ...(gl === null ? NO_WEBGL_FLAGS : GL_FLAGS[gl])];
}

/** Starts headless Chromium. Throws (never skips) when the executable is missing. */
export async function launchChromium(opts: LaunchOptions = {}): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM_PATH;
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}. Install the Debian package (apt-get install chromium) ` +
        'or set CHROMIUM_PATH; do not download a browser with playwright.',
    );
  }
  return chromium.launch({ executablePath, args: chromiumFlags(opts) });
}

const shared = new Map<string, Promise<Browser>>();

/**
 * One browser of each kind (WebGL on, off) for the whole test worker, reused by every file it
 * runs (the e2e config does not isolate files): a file closes its contexts, never the browser.
 * Playwright ends the browser when the worker process exits.
 */
export function sharedChromium(opts: LaunchOptions = {}): Promise<Browser> {
  const key = softwareGlOf(opts) ?? 'no-webgl';
  let browser = shared.get(key);
  if (!browser) {
    browser = launchChromium(opts);
    shared.set(key, browser);
    browser.then(
      (b) => b.on('disconnected', () => shared.delete(key)),
      () => shared.delete(key),
    );
  }
  return browser;
}

/** Closes the contexts a file opened (its pages, storage and routes), leaving the browser. */
export async function closeContexts(opened: readonly { context: BrowserContext }[]): Promise<void> {
  await Promise.all(opened.map((o) => o.context.close().catch(() => {})));
}

export interface OpenPageOptions {
  /** CSS pixels; default 1280×800. */
  viewport?: { width: number; height: number };
  /** BCP 47 tag, e.g. 'th-TH'; default the browser's. */
  locale?: string;
  reducedMotion?: 'reduce' | 'no-preference';
  /** A phone: touch events and a mobile viewport meta. */
  touch?: boolean;
  colorScheme?: 'light' | 'dark';
  /** Script run in every frame before the page's own (e.g. a securitypolicyviolation listener). */
  initScript?: string;
  /** Downloads allowed (export tests). */
  acceptDownloads?: boolean;
  /** Ignore the page's Content-Security-Policy (only to probe the harness itself). */
  bypassCSP?: boolean;
  /**
   * 'block' (default): no service worker, so every request goes through the route below and is
   * checked (Playwright does not route requests a service worker answers). 'allow' only for the
   * offline test, which needs the app's worker.
   */
  serviceWorkers?: 'allow' | 'block';
  /**
   * Default polling of the page's `waitForFunction`, in ms (a call's own `polling` wins). Unset:
   * Playwright's default, requestAnimationFrame, which keeps the page producing frames for as long
   * as a wait lasts (on a software-WebGL page ≈ 60–75 ms of CPU a second against 5–20 ms when
   * polling every 40 ms: .scratch measurements, README "Performance").
   */
  waitPollingMs?: number;
}

export interface OpenedPage {
  page: Page;
  /** Fresh context (empty cache and storage); close it when done. */
  context: BrowserContext;
  /** Every URL the page tried to reach off this machine; each was aborted. */
  blocked: string[];
  /** `pageerror` messages and `console.error` texts, in order. */
  errors: string[];
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** True for URLs the page may load: http(s) on loopback, and in-page data:/blob: URLs. */
export function isLocalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol === 'data:' || url.protocol === 'blob:') return true;
  return (url.protocol === 'http:' || url.protocol === 'https:') && LOCAL_HOSTS.has(url.hostname);
}

/**
 * Opens `url` in a new context whose requests may only go to loopback. Listeners are attached
 * before navigation so errors and blocked requests during load are caught. Waits for `load`.
 */
export async function openPage(browser: Browser, url: string, opts: OpenPageOptions = {}): Promise<OpenedPage> {
  const context = await browser.newContext({
    viewport: opts.viewport ?? { width: 1280, height: 800 },
    ...(opts.locale !== undefined ? { locale: opts.locale } : {}),
    ...(opts.reducedMotion !== undefined ? { reducedMotion: opts.reducedMotion } : {}),
    ...(opts.touch ? { hasTouch: true, isMobile: true, deviceScaleFactor: 2 } : {}),
    ...(opts.colorScheme ? { colorScheme: opts.colorScheme } : {}),
    ...(opts.acceptDownloads ? { acceptDownloads: true } : {}),
    ...(opts.bypassCSP ? { bypassCSP: true } : {}),
    serviceWorkers: opts.serviceWorkers ?? 'block',
  });
  if (opts.initScript) await context.addInitScript(opts.initScript);
  const blocked: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', async (route) => {
    const target = route.request().url();
    if (isLocalUrl(target)) {
      await route.continue();
    } else {
      blocked.push(target);
      await route.abort('blockedbyclient');
    }
  });
  const page = await context.newPage();
  if (opts.waitPollingMs !== undefined) pollOnInterval(page, opts.waitPollingMs);
  page.on('pageerror', (err) => errors.push(err.message));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  await page.goto(url);
  return { page, context, blocked, errors };
}

/** Makes `page.waitForFunction` poll every `ms` unless a call passes its own `polling`. */
export function pollOnInterval(page: Page, ms: number): void {
  const original = page.waitForFunction.bind(page) as (fn: unknown, arg?: unknown, options?: { polling?: number | 'raf'; timeout?: number }) => ReturnType<Page['waitForFunction']>;
  page.waitForFunction = ((fn: unknown, arg?: unknown, options?: { polling?: number | 'raf'; timeout?: number }) =>
    original(fn, arg, { polling: ms, ...options })) as Page['waitForFunction'];
}

/**
 * Resolves with the mark's `startTime` (ms since navigation start) once the page has made it.
 * Polls on an interval rather than rAF: a busy SwiftShader frame loop must not delay the check
 * (the figure itself comes from the mark, so polling speed does not change it).
 */
export async function waitForMark(page: Page, name: string, timeoutMs: number): Promise<number> {
  const handle = await page.waitForFunction(
    (markName: string) => {
      const entry = performance.getEntriesByName(markName, 'mark')[0];
      // Wrapped in an object: a mark at 0 ms is falsy and would keep the poll going.
      return entry ? { t: entry.startTime } : null;
    },
    name,
    { timeout: timeoutMs, polling: 50 },
  );
  const value = await handle.jsonValue();
  await handle.dispose();
  if (value === null) throw new Error(`mark ${name} vanished`);
  return value.t;
}
