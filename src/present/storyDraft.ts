// "Add current view as slide": a slide from what the atlas shows now, and a story file from the
// slides collected. Pure; the result passes validateStory, so a downloaded draft loads again.
import type { Doc } from '../state/doc';
import { mapModeOf } from '../state/mapMode';
import { STORY_VERSION, type Slide, type Story } from './storyTypes';

const round = (n: number, d: number) => Math.round(n * 10 ** d) / 10 ** d;
const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));

/** The slide that reproduces `doc`: camera, indicator, year, layers, network, selection, comparison. */
export function slideFromDoc(doc: Doc, title: string): Slide {
  const slide: Slide = {
    title: { th: title, en: title },
    camera: doc.view
      ? { kind: 'view', center: [round(doc.view.lon, 4), round(clamp(doc.view.lat, -85, 85), 4)], zoom: round(clamp(doc.view.zoom, 1, 12), 2) }
      : { kind: 'thailand' },
    indicator: doc.indicator,
    layers: [...doc.layers],
  };
  if (doc.year !== null) slide.year = doc.year;
  if (doc.network !== null) slide.network = doc.network;
  if (doc.province.length > 0) slide.province = [...doc.province];
  if (doc.place) slide.place = doc.place;
  const mode = mapModeOf(doc);
  if ((mode === 'compare' || mode === 'change') && doc.compare !== null) slide.compare = doc.compare;
  if (mode === 'change') slide.change = doc.change === 'pct' ? 'pct' : true;
  if (mode === 'bivariate') Object.assign(slide, { bivariate: true, scatter: [...doc.scatter] });
  if (mode === 'multiples') slide.multiples = true;
  return slide;
}

/** A story id from a title: lower-case Latin letters, digits and dashes; `my-story` when none are left. */
export function storyIdOf(title: string): string {
  const id = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return id || 'my-story';
}

export function draftStory(slides: readonly Slide[], title: string): Story {
  return { version: STORY_VERSION, id: storyIdOf(title), title: { th: title, en: title }, slides: [...slides] };
}
