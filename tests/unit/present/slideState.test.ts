import { describe, expect, it } from 'vitest';
import { defaultDoc } from '../../../src/state/doc';
import { clampSlide, DEFAULT_FLIGHT_MS, leftSlide, slideCamera, slideDoc, slideHighlight } from '../../../src/present/slideState';
import type { Slide } from '../../../src/present/storyTypes';

const title = { th: 'ก', en: 'A' };

describe('slideDoc', () => {
  it('sets what the slide says and resets what it leaves out to the defaults', () => {
    const explored = { ...defaultDoc('en'), indicator: 'density', year: 2024, province: ['TH-50' as const], layers: ['links' as const], network: 2020, place: 'partner:uil', classify: 'ckmeans' as const, story: 's', slide: 3 };
    const doc = slideDoc(explored, { title, indicator: 'hai', year: 2021, province: ['TH-56'], layers: ['pilots'] });
    expect(doc).toMatchObject({ indicator: 'hai', year: 2021, province: ['TH-56'], layers: ['pilots'], network: null, place: null });
    // The viewer's own choices and the story position stay.
    expect(doc).toMatchObject({ lang: 'en', classify: 'ckmeans', story: 's', slide: 3 });
    const bare = slideDoc(explored, { title });
    expect(bare).toMatchObject({ indicator: 'hai', year: null, province: [], layers: ['pilots', 'cities'] });
  });

  it('shows the comparison a slide asks for, and one map on a slide that asks for none', () => {
    const before = { ...defaultDoc('en'), multiples: true };
    expect(slideDoc(before, { title, compare: 2015, change: 'pct' })).toMatchObject({ compare: 2015, change: 'pct', bivariate: false, multiples: false });
    expect(slideDoc(before, { title, compare: 2015 })).toMatchObject({ compare: 2015, change: null, multiples: false });
    expect(slideDoc(before, { title, bivariate: true, scatter: ['hai', 'density'] })).toMatchObject({ bivariate: true, scatter: ['hai', 'density'], compare: null });
    expect(slideDoc(before, { title })).toMatchObject({ compare: null, change: null, bivariate: false, multiples: false, scatter: before.scatter });
    const onSlide = slideDoc(before, { title, compare: 2015 });
    expect(leftSlide(onSlide, { title, compare: 2015 })).toBe(false);
    expect(leftSlide({ ...onSlide, compare: 2017 }, { title, compare: 2015 })).toBe(true);
    expect(leftSlide({ ...onSlide, compare: null }, { title, compare: 2015 })).toBe(true);
  });

  it('copies lists so the story file is never shared with the store', () => {
    const slide: Slide = { title, province: ['TH-10'], layers: ['cities'] };
    const doc = slideDoc(defaultDoc('th'), slide);
    expect(doc.province).not.toBe(slide.province);
    expect(doc.layers).not.toBe(slide.layers);
  });
});

describe('slideCamera', () => {
  it('maps each camera kind to a store request with its motion', () => {
    expect(slideCamera(undefined)).toEqual({ kind: 'fit-thailand', motion: { duration: DEFAULT_FLIGHT_MS, essential: false } });
    expect(slideCamera({ kind: 'world', duration: 3000, essential: true })).toEqual({ kind: 'world', motion: { duration: 3000, essential: true } });
    expect(slideCamera({ kind: 'province', code: 'TH-95' })).toEqual({ kind: 'province', code: 'TH-95', context: true, motion: { duration: DEFAULT_FLIGHT_MS, essential: false } });
    expect(slideCamera({ kind: 'view', center: [100.5, 13.7], zoom: 9, pitch: 45 })).toEqual({
      kind: 'view', center: [100.5, 13.7], zoom: 9, pitch: 45, bearing: 0, motion: { duration: DEFAULT_FLIGHT_MS, essential: false },
    });
  });
});

describe('slideHighlight and leftSlide', () => {
  it('lights up the listed provinces, or none', () => {
    expect(slideHighlight({ title, highlight: ['TH-10', 'TH-56'] })).toEqual(['TH-10', 'TH-56']);
    expect(slideHighlight({ title, highlight: [] })).toBeNull();
    expect(slideHighlight({ title })).toBeNull();
  });

  it('tells when the audience has explored away from the slide', () => {
    const slide: Slide = { title, indicator: 'hai', province: ['TH-56'], layers: ['pilots'] };
    const shown = slideDoc(defaultDoc('th'), slide);
    expect(leftSlide(shown, slide)).toBe(false);
    expect(leftSlide({ ...shown, view: { lon: 1, lat: 2, zoom: 3 }, lang: 'en' }, slide)).toBe(false);
    expect(leftSlide({ ...shown, indicator: 'density' }, slide)).toBe(true);
    expect(leftSlide({ ...shown, province: ['TH-56', 'TH-10'] }, slide)).toBe(true);
    expect(leftSlide({ ...shown, layers: ['pilots', 'links'] }, slide)).toBe(true);
  });

  it('clamps slide numbers into the story', () => {
    expect(clampSlide(0, 15)).toBe(1);
    expect(clampSlide(99, 15)).toBe(15);
    expect(clampSlide(7, 15)).toBe(7);
    expect(clampSlide(Number.NaN, 15)).toBe(1);
  });
});
