// End-to-end: the video of the years, recorded in the page with MediaRecorder under the production
// CSP, on the WebGL map and on the SVG map (no WebGL). The file is then played in a separate blank
// page (the app's CSP rightly has no media-src for blob:): its container, duration and frames
// are checked there, and frames from two years must differ. Cancel must stop, discard and put the
// user's year and camera back.
import { readFileSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedChromium, waitForMark } from '../support/browser.ts';
import { appSession, OUT, param, READY_TIMEOUT, waitForStill } from './support.ts';
import { chooseVideoFormat } from '../../src/export/videoPlan.ts';

const webgl = appSession();
const noWebgl = appSession({ webgl: false });
let player: Browser;

beforeAll(async () => {
  await webgl.start();
  await noWebgl.start();
  player = await sharedChromium();
});
afterAll(async () => {
  await webgl.stop();
  await noWebgl.stop();
});

interface Played {
  width: number;
  height: number;
  duration: number;
  /** Share of pixels that differ between the frames at `a` and `b`, and between `a` and `a2`. */
  yearsDiffer: number;
  sameYearDiffers: number;
  /** A frame as a PNG data URL, for a person to look at. */
  png: string;
}

/** Plays the file in a blank page (no CSP) and compares frames at the given times (s). */
async function play(bytes: Buffer, type: string, times: { a: number; a2: number; b: number }): Promise<Played> {
  const context = await player.newContext();
  try {
    const page = await context.newPage();
    await page.setContent('<!doctype html><title>player</title>');
    return await page.evaluate(
      async ({ b64, type, times }) => {
        const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const v = document.createElement('video');
        v.muted = true;
        v.preload = 'auto';
        v.src = URL.createObjectURL(new Blob([bytes], { type }));
        await new Promise((resolve, reject) => {
          v.onloadedmetadata = resolve;
          v.onerror = () => reject(new Error(`cannot play: ${v.error?.message ?? v.error?.code}`));
        });
        // A WebM from MediaRecorder has no duration in its header: seeking far makes the
        // player read to the end and report it.
        if (!Number.isFinite(v.duration)) {
          const known = new Promise((resolve) => (v.ondurationchange = () => Number.isFinite(v.duration) && resolve(null)));
          v.currentTime = 1e6;
          await known;
        }
        const duration = v.duration;
        const canvas = document.createElement('canvas');
        canvas.width = v.videoWidth;
        canvas.height = v.videoHeight;
        const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
        const grab = async (t: number) => {
          const seeked = new Promise((resolve) => (v.onseeked = resolve));
          v.currentTime = t;
          await seeked;
          ctx.drawImage(v, 0, 0);
          return ctx.getImageData(0, 0, canvas.width, canvas.height).data;
        };
        const differ = (p: Uint8ClampedArray, q: Uint8ClampedArray) => {
          let n = 0;
          for (let i = 0; i < p.length; i += 4) {
            if (Math.abs(p[i]! - q[i]!) + Math.abs(p[i + 1]! - q[i + 1]!) + Math.abs(p[i + 2]! - q[i + 2]!) > 48) n++;
          }
          return n / (p.length / 4);
        };
        const a = await grab(times.a);
        const a2 = await grab(times.a2);
        const b = await grab(times.b);
        const png = canvas.toDataURL('image/png');
        return { width: v.videoWidth, height: v.videoHeight, duration, yearsDiffer: differ(a, b), sameYearDiffers: differ(a, a2), png };
      },
      { b64: bytes.toString('base64'), type, times },
    );
  } finally {
    await context.close();
  }
}

/** Chooses the years and seconds, records, and returns the file the Download button saves. */
async function record(page: Page, opts: { from: string; to: string; seconds: string; tag: string }): Promise<{ name: string; bytes: Buffer; summary: string }> {
  const video = page.getByTestId('video-export');
  await video.getByTestId('video-from').selectOption(opts.from);
  await video.getByTestId('video-to').selectOption(opts.to);
  await video.getByTestId('video-seconds').fill(opts.seconds);
  await video.getByTestId('video-record').click();
  await video.getByTestId('video-progress').waitFor();
  const download = video.getByTestId('video-download');
  await page.waitForFunction(() => !document.querySelector('[data-testid="video-progress"]'), null, { timeout: 90_000 });
  expect(await video.getByTestId('video-status').innerText()).toMatch(/^(Video ready|วิดีโอพร้อมแล้ว)/);
  await download.waitFor();
  // The Download button has the focus (keyboard users press Enter next).
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('video-download');
  const summary = await video.getByTestId('video-summary').innerText();
  const [d] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const path = `${OUT}/${opts.tag}-${d.suggestedFilename()}`;
  await d.saveAs(path);
  return { name: d.suggestedFilename(), bytes: readFileSync(path), summary };
}

/** The format the page's MediaRecorder should pick, from its own isTypeSupported. */
async function expectedFormat(page: Page) {
  const supported = await page.evaluate(() =>
    ['video/mp4;codecs=avc1.42E01E', 'video/webm;codecs=vp9', 'video/webm;codecs=vp8', 'video/webm'].filter((t) => MediaRecorder.isTypeSupported(t)),
  );
  const format = chooseVideoFormat((t) => supported.includes(t));
  expect(format).not.toBeNull();
  return format!;
}

/** The container from the file's first bytes: MP4 has an `ftyp` box, WebM the EBML magic. */
function container(bytes: Buffer): 'mp4' | 'webm' | 'unknown' {
  if (bytes.subarray(4, 8).toString('latin1') === 'ftyp') return 'mp4';
  if (bytes.readUInt32BE(0) === 0x1a45dfa3) return 'webm';
  return 'unknown';
}

async function openDialog(page: Page): Promise<void> {
  // As a user would: the page has finished loading (charts drawn, nothing moving).
  await waitForMark(page, 'atlas:charts-ready', READY_TIMEOUT);
  await waitForStill(page);
  await page.getByTestId('embed-export-button').click();
  await page.getByTestId('video-export').waitFor();
}

describe('the video of the years', () => {
  it('records three years of HAI on the WebGL map: MP4 or WebM, 3 × the seconds per year, a different picture each year', async () => {
    const { page } = await webgl.open('?lang=en&indicator=hai&year=2017', { acceptDownloads: true });
    expect(await page.locator('.map[data-renderer="svg"]').count()).toBe(0);
    const before = { year: param(page, 'year'), view: param(page, 'view') };
    await openDialog(page);
    // The recorder is a chunk of its own, fetched only when a video is recorded.
    const recorderLoaded = () => page.evaluate(() => performance.getEntriesByType('resource').some((e) => /\/videoDom-[\w-]+\.js$/.test(e.name)));
    expect(await recorderLoaded()).toBe(false);
    const format = await expectedFormat(page);
    const file = await record(page, { from: '2019', to: '2021', seconds: '0.5', tag: 'video-webgl' });
    expect(await recorderLoaded()).toBe(true);
    expect(file.name).toBe(`atlas-hai-2019-2021.${format.ext}`);
    expect(container(file.bytes)).toBe(format.ext);
    expect(file.summary).toMatch(new RegExp(`^${format.label} · 1\\.5 s · \\d+ KB$`));
    expect(await page.getByTestId('video-status').innerText()).toBe(`Video ready: ${file.summary}`);

    const played = await play(file.bytes, format.mimeType, { a: 0.2, a2: 0.35, b: 1.25 });
    expect([played.width, played.height]).toEqual([1920, 1080]);
    expect(played.duration).toBeGreaterThan(1.5 - 0.25);
    expect(played.duration).toBeLessThan(1.5 + 0.25);
    // 2019 and 2021: the big year and provinces' colours change; within a year nothing moves.
    expect(played.yearsDiffer).toBeGreaterThan(0.005);
    expect(played.sameYearDiffers).toBeLessThan(0.001);
    writeFileSync(`${OUT}/video-frame-webgl.png`, Buffer.from(played.png.split(',')[1]!, 'base64'));

    // The user's year and camera are back.
    await page.waitForFunction((y) => new URL(location.href).searchParams.get('year') === y, before.year);
    expect(param(page, 'view')).toBe(before.view);
  });

  it('cancels: recording stops, nothing is offered for download, the year is put back', async () => {
    const { page } = await webgl.open('?lang=en&indicator=hai&year=2017', { acceptDownloads: true });
    const before = { year: param(page, 'year'), view: param(page, 'view') };
    await openDialog(page);
    const video = page.getByTestId('video-export');
    await video.getByTestId('video-from').selectOption('2019');
    await video.getByTestId('video-seconds').fill('3');
    await video.getByTestId('video-record').click();
    // Cancel while it records (the frames are composed by then, the recorder is running).
    await page.waitForFunction(() => document.querySelector('[data-testid="video-status"]')?.textContent?.startsWith('Recording year 1 of 3'));
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('video-cancel');
    const progress = await video.getByTestId('video-progress').evaluate((p: HTMLProgressElement) => [p.value, p.max]);
    expect(progress).toEqual([3, 6]);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('[data-testid="video-status"]')?.textContent === 'Video cancelled; the map is as it was.');
    expect(await video.getByTestId('video-download').count()).toBe(0);
    expect(await video.getByTestId('video-progress').count()).toBe(0);
    expect(await video.getByTestId('video-record').isEnabled()).toBe(true);
    await page.waitForFunction((y) => new URL(location.href).searchParams.get('year') === y, before.year);
    expect(param(page, 'view')).toBe(before.view);
  });

  it('records on the SVG map too (no WebGL), in Thai with Buddhist-Era years', async () => {
    const { page } = await noWebgl.open('?lang=th&indicator=hai', { acceptDownloads: true });
    await page.locator('.map[data-renderer="svg"]').waitFor({ timeout: READY_TIMEOUT });
    await openDialog(page);
    const format = await expectedFormat(page);
    // The year options are Buddhist Era in Thai (2019 CE = 2562 BE).
    expect(await page.getByTestId('video-from').locator('option[value="2019"]').innerText()).toBe('พ.ศ. 2562');
    const file = await record(page, { from: '2019', to: '2021', seconds: '0.5', tag: 'video-svg-th' });
    expect(container(file.bytes)).toBe(format.ext);
    expect(file.summary).toMatch(new RegExp(`^${format.label} · 1\\.5 วินาที · \\d+ KB$`));
    const played = await play(file.bytes, format.mimeType, { a: 0.2, a2: 0.35, b: 1.25 });
    expect([played.width, played.height]).toEqual([1920, 1080]);
    expect(played.duration).toBeGreaterThan(1.5 - 0.25);
    expect(played.duration).toBeLessThan(1.5 + 0.25);
    expect(played.yearsDiffer).toBeGreaterThan(0.005);
    writeFileSync(`${OUT}/video-frame-svg-th.png`, Buffer.from(played.png.split(',')[1]!, 'base64'));

    // The PNG export shares the frame composer, so it works on the SVG map too.
    const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
    const png = readFileSync((await d.path())!);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.length).toBeGreaterThan(50_000);
  });

  it("plays the learning-city network's years instead (SVG map, cities layer off until then)", async () => {
    const { page } = await noWebgl.open('?lang=en&indicator=hai&layers=pilots', { acceptDownloads: true });
    await openDialog(page);
    const format = await expectedFormat(page);
    await page.getByTestId('video-source-network').check();
    expect(await page.getByTestId('video-from').inputValue()).toBe('2019');
    expect(await page.getByTestId('video-to').inputValue()).toBe('2025');
    const file = await record(page, { from: '2019', to: '2021', seconds: '0.5', tag: 'video-network' });
    expect(file.name).toBe(`atlas-hai-2019-2021-network.${format.ext}`);
    const played = await play(file.bytes, format.mimeType, { a: 0.2, a2: 0.35, b: 1.25 });
    expect(played.duration).toBeGreaterThan(1.5 - 0.25);
    expect(played.duration).toBeLessThan(1.5 + 0.25);
    expect(played.yearsDiffer).toBeGreaterThan(0.005);
    writeFileSync(`${OUT}/video-frame-network.png`, Buffer.from(played.png.split(',')[1]!, 'base64'));
    // The layers are as the user left them.
    await page.waitForFunction(() => new URL(location.href).searchParams.get('layers') === 'pilots');
  });
});
