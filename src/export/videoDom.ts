// The video of the years (shell, loaded on first use): steps the live map through the plan's
// years, composes each frame like the PNG export (composeMapFrame) at 1920×1080 with the year in
// large type, then plays the frames onto a canvas that a MediaRecorder records through
// captureStream(). Frames are composed first and recorded second, so the time the map takes to
// draw a year never lengthens a year in the video: each year lasts its seconds. The
// user's year, network year, layers and camera are put back afterwards, cancelled or not.
import type { IndicatorsFile } from '../data/indicatorTypes';
import type { Lang } from '../state/doc';
import { indicatorViewOf } from '../state/indicatorView';
import { requestCamera, setNetworkYear, setYear, store, toggleLayer } from '../state/store';
import type { Doc } from '../state/doc';
import { formatYear, t } from '../i18n/format';
import { CITY_GROW_MS } from '../map/layers/learningCitiesLayer';
import { composeMapFrame, layoutFor } from './mapPngDom';
import { atPixelRatio, mapPicture } from './mapPictureDom';
import { fitFrame } from './pngLayout';
import { VIDEO_FPS, VIDEO_SIZE, videoPlan, type VideoFormat, type VideoSource } from './videoPlan';

export interface VideoProgress {
  /** Composing the frames from the map, then recording them. */
  phase: 'frames' | 'recording';
  /** 1-based. */
  index: number;
  total: number;
  year: number;
}

export interface RecordVideoInput {
  indicators: IndicatorsFile;
  source: VideoSource;
  years: readonly number[];
  secondsPerYear: number;
  lang: Lang;
  format: VideoFormat;
  onProgress: (p: VideoProgress) => void;
  /** Aborting stops at once, discards what was recorded and rejects with an AbortError. */
  signal: AbortSignal;
}

export interface RecordedVideo {
  blob: Blob;
  /** From the frames recorded (a WebM header carries no duration). */
  durationMs: number;
}

/**
 * A 1920×1080 canvas kept in memory, not on the GPU. Frames are kept as ImageData and put back
 * with putImageData, so the recorder's stream is fed from memory: a canvas or ImageBitmap that
 * once held the WebGL map's pixels may be GPU-backed, and capturing it then waits on the GPU
 * process, which on a software-GL machine (busy drawing the map) dropped nearly every frame.
 */
function frameCanvas(): { canvas: HTMLCanvasElement; ctx: CanvasRenderingContext2D } {
  const canvas = document.createElement('canvas');
  canvas.width = VIDEO_SIZE.width;
  canvas.height = VIDEO_SIZE.height;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('no 2D canvas');
  return { canvas, ctx };
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
/**
 * Resolves when the page draws smoothly again (two animation frames in a row less than 50 ms
 * apart), or after 5 s: the map redrawing after the frames were composed, or a page still busy
 * loading, would stall the recording's clock and starve its encoder.
 */
async function settled(): Promise<void> {
  const until = performance.now() + 5000;
  let smooth = 0;
  let last = performance.now();
  while (smooth < 2 && performance.now() < until) {
    await nextFrame();
    const now = performance.now();
    smooth = now - last < 50 ? smooth + 1 : 0;
    last = now;
  }
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function check(signal: AbortSignal): void {
  if (signal.aborted) throw new DOMException('cancelled', 'AbortError');
}

/** Shows `year` on the map and resolves once the map has drawn it. */
async function showYear(source: VideoSource, year: number): Promise<void> {
  if (source === 'network') setNetworkYear(year);
  else setYear(year);
  // React renders, the layers get new props, deck.gl draws on its next animation frame; a new
  // network year also grows its cities' circles (a deck.gl transition of CITY_GROW_MS).
  for (let i = 0; i < 3; i++) await nextFrame();
  if (source === 'network') await wait(CITY_GROW_MS + 50);
}

async function composeFrames(input: RecordVideoInput): Promise<ImageData[]> {
  const { indicators, source, years, lang, signal, onProgress } = input;
  const { canvas, ctx } = frameCanvas();
  const first = indicatorViewOf(indicators, store.getState().doc);
  if (!first) throw new Error('no indicator');
  const size = layoutFor(await mapPicture(), first, { bigYear: true });
  const fit = fitFrame(size.width, size.height, VIDEO_SIZE.width, VIDEO_SIZE.height);
  const frames: ImageData[] = [];
  await atPixelRatio(fit.scale, async () => {
      for (const [i, year] of years.entries()) {
        check(signal);
        onProgress({ phase: 'frames', index: i + 1, total: years.length, year });
        await showYear(source, year);
        check(signal);
        const view = indicatorViewOf(indicators, store.getState().doc);
        if (!view) throw new Error('no indicator');
        const picture = await mapPicture();
        const L = layoutFor(picture, view, { bigYear: true });
        ctx.setTransform(1, 0, 0, 1, 0, 0);
        ctx.fillStyle = '#ffffff';
        ctx.fillRect(0, 0, canvas.width, canvas.height);
        ctx.setTransform(fit.scale, 0, 0, fit.scale, fit.x, fit.y);
        const subtitle =
          source === 'network'
            ? t(lang, 'videoNetworkSubtitle', { year: formatYear(view.year, lang), app: t(lang, 'appTitle') })
            : t(lang, 'appTitle');
        composeMapFrame(ctx, picture, view, lang, L, { subtitle, bigYear: formatYear(year, lang) });
        frames.push(ctx.getImageData(0, 0, canvas.width, canvas.height));
      }
  });
  return frames;
}

/** Plays `frames` onto a canvas in real time while a MediaRecorder records its stream. */
async function recordFrames(frames: readonly ImageData[], input: RecordVideoInput): Promise<RecordedVideo> {
  const { years, secondsPerYear, format, signal, onProgress } = input;
  const plan = videoPlan(years, secondsPerYear);
  const { canvas, ctx } = frameCanvas();
  const first = frames[0];
  if (first) ctx.putImageData(first, 0, 0);
  // Frame rate 0: a frame is captured only when requestFrame() asks, so each one is ours.
  const stream = canvas.captureStream(0);
  const track = stream.getVideoTracks()[0] as CanvasCaptureMediaStreamTrack | undefined;
  if (!track) throw new Error('no video track');
  const recorder = new MediaRecorder(stream, { mimeType: format.mimeType, videoBitsPerSecond: 6_000_000 });
  const chunks: Blob[] = [];
  recorder.ondataavailable = (e) => {
    if (e.data.size > 0) chunks.push(e.data);
  };
  let failure: unknown = null;
  recorder.onerror = (e) => {
    failure = (e as Event & { error?: unknown }).error ?? new Error('the recorder failed');
  };
  const stopped = new Promise<void>((resolve) => (recorder.onstop = () => resolve()));
  const abort = () => {
    if (recorder.state !== 'inactive') recorder.stop();
  };
  signal.addEventListener('abort', abort);
  try {
    recorder.start();
    const t0 = performance.now();
    /** How late our timers fired at worst, ms: how busy the machine is. */
    let lag = 0;
    for (const [i, frame] of plan.frames.entries()) {
      const image = frames[i];
      if (!image) break;
      onProgress({ phase: 'recording', index: i + 1, total: plan.frames.length, year: frame.year });
      // Repaint the year every 1/FPS s until its end, so the stream has frames all along; every
      // year gets at least one frame even when the page stalled past its end.
      do {
        check(signal);
        ctx.putImageData(image, 0, 0);
        track.requestFrame();
        const left = frame.endMs - (performance.now() - t0);
        const step = Math.max(0, Math.min(1000 / VIDEO_FPS, left));
        const asked = performance.now();
        await wait(step);
        lag = Math.max(lag, performance.now() - asked - step);
      } while (performance.now() - t0 < frame.endMs);
    }
    // A last frame at the end, so the file's last year lasts as long as the others.
    const last = frames[frames.length - 1];
    if (last) ctx.putImageData(last, 0, 0);
    track.requestFrame();
    // stop() drops frames still in the encoder (Chromium), so give it time to catch up first:
    // no frame is captured meanwhile, so the video does not get longer. A busy machine (timers
    // late) gets longer.
    await wait(Math.min(10_000, 500 + 4 * lag));
    check(signal);
    recorder.stop();
    await stopped;
    check(signal);
    if (failure) throw failure;
    if (chunks.length === 0) throw new Error('the recorder wrote no data');
    return { blob: new Blob(chunks, { type: recorder.mimeType || format.mimeType }), durationMs: plan.durationMs };
  } finally {
    signal.removeEventListener('abort', abort);
    abort();
    track.stop();
  }
}

/**
 * Records the video of the years. Resolves with the file, or rejects (AbortError when cancelled);
 * either way the user's view is as it was.
 */
export async function recordYearsVideo(input: RecordVideoInput): Promise<RecordedVideo> {
  const saved = store.getState().doc;
  await document.fonts?.ready;
  try {
    // The network's years show as its learning cities: make sure they are on for the video.
    if (input.source === 'network' && !saved.layers.includes('cities')) toggleLayer('cities', true);
    const frames = await composeFrames(input);
    // The map is left on the last year while recording: redrawing it (software WebGL can take a
    // good part of a second) would stall the frames' clock.
    await settled();
    return await recordFrames(frames, input);
  } finally {
    restore(saved);
  }
}

function restore(saved: Doc): void {
  setYear(saved.year);
  setNetworkYear(saved.network);
  if (!saved.layers.includes('cities')) toggleLayer('cities', false);
  const now = store.getState().doc;
  if (now.view !== saved.view) {
    requestCamera(saved.view ? { kind: 'view', center: [saved.view.lon, saved.view.lat], zoom: saved.view.zoom, pitch: 0, bearing: 0, motion: { duration: 0, essential: false } } : { kind: 'fit-thailand' });
  }
}
