// The "video of the years" plan (pure): which years, how long each shows, the recorder's MIME type
// from what the browser says it can record, the file name, and the size/duration line shown
// before the download. The DOM/MediaRecorder shell (videoDom.ts) only carries it out.
import type { Lang } from '../state/doc';
import { formatNumber } from '../i18n/format';
import { exportFileName } from '../lib/exportFileName';

/** What the video steps through: the indicator's years, or the learning-city network's. */
export type VideoSource = 'indicator' | 'network';

/** Seconds each year stays on screen: default, and the range the user may choose from. */
/** Steps of a tenth of a second. */
export const SECONDS_PER_YEAR = { default: 1, min: 0.2, max: 10, step: 0.1 } as const;

/** Frame size of the video (1080p). */
export const VIDEO_SIZE = { width: 1920, height: 1080 } as const;

/**
 * Frames per second captured while a year is held. A year is a still picture, so a few frames a
 * second are plenty (each year also gets a frame at its start and the video one at its end); an
 * encoder on a busy machine drops what it cannot keep up with, and would drop a year's first frame.
 */
export const VIDEO_FPS = 4;

/** A user's seconds per year, clamped to the allowed range and rounded to the step; NaN → default. */
export function clampSecondsPerYear(seconds: number): number {
  if (!Number.isFinite(seconds)) return SECONDS_PER_YEAR.default;
  const c = Math.min(SECONDS_PER_YEAR.max, Math.max(SECONDS_PER_YEAR.min, seconds));
  return Math.round(c * 10) / 10;
}

/** The years a video plays, ascending and without repeats. */
export function videoYears(source: VideoSource, indicatorYears: readonly number[], network: { first: number; last: number }): number[] {
  if (source === 'network') {
    const out: number[] = [];
    for (let y = network.first; y <= network.last; y++) out.push(y);
    return out;
  }
  return [...new Set(indicatorYears)].sort((a, b) => a - b);
}

/** The years from `from` to `to` inclusive (either end `null`: open); swapped ends are put right. */
export function yearsBetween(years: readonly number[], from: number | null, to: number | null): number[] {
  const lo = from ?? -Infinity;
  const hi = to ?? Infinity;
  return years.filter((y) => y >= Math.min(lo, hi) && y <= Math.max(lo, hi));
}

export interface VideoFrame {
  year: number;
  /** Where the year starts and ends on the video's timeline, ms. */
  startMs: number;
  endMs: number;
}

export interface VideoPlan {
  frames: VideoFrame[];
  durationMs: number;
}

/** One frame per year, each held `secondsPerYear` (clamped). */
export function videoPlan(years: readonly number[], secondsPerYear: number): VideoPlan {
  const ms = Math.round(clampSecondsPerYear(secondsPerYear) * 1000);
  const frames = years.map((year, i) => ({ year, startMs: i * ms, endMs: (i + 1) * ms }));
  return { frames, durationMs: frames.length * ms };
}

export interface VideoFormat {
  /** What MediaRecorder is asked for. */
  mimeType: string;
  /** File extension, no dot. */
  ext: 'mp4' | 'webm';
  /** Container name shown to the user. */
  label: 'MP4' | 'WebM';
}

/** Preference order: MP4 (H.264, plays everywhere, slides included), then WebM VP9, VP8, any WebM. */
export const VIDEO_FORMATS: readonly VideoFormat[] = [
  { mimeType: 'video/mp4;codecs=avc1.42E01E', ext: 'mp4', label: 'MP4' },
  { mimeType: 'video/webm;codecs=vp9', ext: 'webm', label: 'WebM' },
  { mimeType: 'video/webm;codecs=vp8', ext: 'webm', label: 'WebM' },
  { mimeType: 'video/webm', ext: 'webm', label: 'WebM' },
];

/** The first format `isSupported` (MediaRecorder.isTypeSupported) accepts, or null: no video here. */
export function chooseVideoFormat(isSupported: (mimeType: string) => boolean): VideoFormat | null {
  return VIDEO_FORMATS.find((f) => isSupported(f.mimeType)) ?? null;
}

/** `atlas-<indicator>-<first>-<last>[-network].<ext>`, like every export's name. */
export function videoFileName(indicatorId: string, years: readonly number[], source: VideoSource, ext: string): string {
  const first = years[0] ?? 0;
  const last = years[years.length - 1] ?? first;
  const suffix = [last !== first ? String(last) : '', source === 'network' ? 'network' : ''].filter(Boolean).join('-');
  return exportFileName(indicatorId, first, ext, suffix);
}

/** A file size for people: "412 KB", "3.4 MB" (1 KB = 1000 bytes, as file managers show). */
export function formatFileSize(bytes: number, lang: Lang): string {
  if (bytes < 1000) return `${formatNumber(bytes, lang)} B`;
  if (bytes < 1_000_000) return `${formatNumber(Math.round(bytes / 1000), lang)} KB`;
  return `${formatNumber(bytes / 1_000_000, lang, { maximumFractionDigits: 1, minimumFractionDigits: 1 })} MB`;
}

/** "MP4 · 3.0 s · 412 KB" (Thai: "MP4 · 3.0 วินาที · 412 KB"): shown beside the download. */
export function videoSummary(format: Pick<VideoFormat, 'label'>, durationMs: number, bytes: number, lang: Lang): string {
  const seconds = formatNumber(durationMs / 1000, lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return [format.label, `${seconds} ${lang === 'th' ? 'วินาที' : 's'}`, formatFileSize(bytes, lang)].join(' · ');
}
