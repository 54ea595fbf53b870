import { describe, expect, it } from 'vitest';
import {
  chooseVideoFormat,
  clampSecondsPerYear,
  formatFileSize,
  SECONDS_PER_YEAR,
  videoFileName,
  videoPlan,
  videoSummary,
  videoYears,
  yearsBetween,
} from '../../../src/export/videoPlan';

const NETWORK = { first: 2019, last: 2025 };

describe('the years a video plays', () => {
  it("plays the indicator's years ascending, once each", () => {
    expect(videoYears('indicator', [2021, 2015, 2017, 2015], NETWORK)).toEqual([2015, 2017, 2021]);
  });
  it("plays the network's years 2019–2025 whatever the indicator has", () => {
    expect(videoYears('network', [2015], NETWORK)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025]);
  });
});

describe('a range of years', () => {
  const years = [2015, 2016, 2017, 2018, 2019, 2020, 2021];
  it('keeps the years between both ends, inclusive', () => {
    expect(yearsBetween(years, 2019, 2021)).toEqual([2019, 2020, 2021]);
  });
  it('leaves an end open when it is null, and puts swapped ends right', () => {
    expect(yearsBetween(years, null, 2016)).toEqual([2015, 2016]);
    expect(yearsBetween(years, 2020, null)).toEqual([2020, 2021]);
    expect(yearsBetween(years, 2017, 2016)).toEqual([2016, 2017]);
  });
});

describe('the frame plan', () => {
  it('holds each year for its seconds, back to back', () => {
    const plan = videoPlan([2015, 2017, 2021], 0.5);
    expect(plan.frames).toEqual([
      { year: 2015, startMs: 0, endMs: 500 },
      { year: 2017, startMs: 500, endMs: 1000 },
      { year: 2021, startMs: 1000, endMs: 1500 },
    ]);
    expect(plan.durationMs).toBe(1500);
  });
  it('is 1 s a year by default and clamps what the user types', () => {
    expect(SECONDS_PER_YEAR.default).toBe(1);
    expect(clampSecondsPerYear(Number(''))).toBe(0.2);
    expect(clampSecondsPerYear(Number.NaN)).toBe(1);
    expect(clampSecondsPerYear(0)).toBe(0.2);
    expect(clampSecondsPerYear(99)).toBe(10);
    expect(clampSecondsPerYear(0.34)).toBe(0.3);
    expect(videoPlan([2019, 2020], 0).durationMs).toBe(400);
  });
  it('has no frames for no years', () => {
    expect(videoPlan([], 1)).toEqual({ frames: [], durationMs: 0 });
  });
});

describe('the recording format', () => {
  it('prefers MP4 (H.264) when the browser can record it', () => {
    expect(chooseVideoFormat(() => true)).toMatchObject({ mimeType: 'video/mp4;codecs=avc1.42E01E', ext: 'mp4', label: 'MP4' });
  });
  it('falls back to WebM VP9, then VP8, then any WebM', () => {
    expect(chooseVideoFormat((m) => m.startsWith('video/webm'))?.mimeType).toBe('video/webm;codecs=vp9');
    expect(chooseVideoFormat((m) => m.includes('vp8') || m === 'video/webm')?.mimeType).toBe('video/webm;codecs=vp8');
    expect(chooseVideoFormat((m) => m === 'video/webm')).toMatchObject({ mimeType: 'video/webm', ext: 'webm', label: 'WebM' });
  });
  it('is null when nothing can be recorded', () => {
    expect(chooseVideoFormat(() => false)).toBeNull();
  });
});

describe('file name and summary', () => {
  it('names the file after the indicator and its first and last years', () => {
    expect(videoFileName('hai', [2015, 2017, 2021], 'indicator', 'mp4')).toBe('atlas-hai-2015-2021.mp4');
    expect(videoFileName('hai', [2019, 2025], 'network', 'webm')).toBe('atlas-hai-2019-2025-network.webm');
    expect(videoFileName('hai', [2021], 'indicator', 'webm')).toBe('atlas-hai-2021.webm');
  });
  it('writes sizes as file managers do', () => {
    expect(formatFileSize(999, 'en')).toBe('999 B');
    expect(formatFileSize(412_345, 'en')).toBe('412 KB');
    expect(formatFileSize(3_456_789, 'en')).toBe('3.5 MB');
  });
  it('shows format, duration and size, in English and Thai', () => {
    expect(videoSummary({ label: 'WebM' }, 3000, 412_000, 'en')).toBe('WebM · 3.0 s · 412 KB');
    expect(videoSummary({ label: 'MP4' }, 1500, 2_100_000, 'th')).toBe('MP4 · 1.5 วินาที · 2.1 MB');
  });
});
