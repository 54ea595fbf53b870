// What a slide does to the atlas: the document it shows, the camera it asks for, the provinces it
// lights up, and whether the audience has wandered away from it. Pure: the player applies these
// through the store's actions.
import type { ProvinceCode } from '../data/types';
import { defaultDoc, type Doc } from '../state/doc';
import { modeFields, type MapMode } from '../state/mapMode';
import type { CameraTarget } from '../lib/kinds';
import type { Slide, StoryCamera } from './storyTypes';

/** A flight's length when the slide does not say: slow enough for a room to follow. */
export const DEFAULT_FLIGHT_MS = 1500;

/**
 * The document a slide shows. Fields the slide leaves out take the atlas defaults, so a slide
 * looks the same whichever slide came before; language, classification, scatter axes and the
 * story position are the viewer's and are kept.
 */
export function slideDoc(current: Doc, slide: Slide): Doc {
  const base = defaultDoc(current.lang);
  return {
    ...current,
    indicator: slide.indicator ?? base.indicator,
    year: slide.year ?? base.year,
    layers: slide.layers ? [...slide.layers] : base.layers,
    network: slide.network ?? base.network,
    province: slide.province ? [...slide.province] : base.province,
    place: slide.place ?? base.place,
    scatter: slide.scatter ? [...slide.scatter] : current.scatter,
    ...modeFields(slideMode(slide), slide.compare ?? null, slide.change === 'pct' ? 'pct' : 'diff'),
  };
}

/** The comparison mode a slide shows (validateStory allows one per slide). */
export function slideMode(slide: Slide): MapMode {
  if (slide.multiples) return 'multiples';
  if (slide.bivariate) return 'bivariate';
  if (slide.compare !== undefined) return slide.change ? 'change' : 'compare';
  return 'single';
}

/** The camera request of a slide; without one, the slide shows all of Thailand. */
export function slideCamera(camera: StoryCamera | undefined): CameraTarget {
  const motion = { duration: camera?.duration ?? DEFAULT_FLIGHT_MS, essential: camera?.essential ?? false };
  if (!camera) return { kind: 'fit-thailand', motion };
  switch (camera.kind) {
    case 'thailand':
      return { kind: 'fit-thailand', motion };
    case 'world':
      return { kind: 'world', motion };
    case 'province':
      return { kind: 'province', code: camera.code, context: true, motion };
    case 'view':
      return { kind: 'view', center: camera.center, zoom: camera.zoom, pitch: camera.pitch ?? 0, bearing: camera.bearing ?? 0, motion };
    default: {
      const never: never = camera;
      throw new Error(`unknown camera ${JSON.stringify(never)}`);
    }
  }
}

/** Provinces a slide lights up, or `null` for none. */
export function slideHighlight(slide: Slide): readonly ProvinceCode[] | null {
  return slide.highlight && slide.highlight.length > 0 ? slide.highlight : null;
}

const SAME_KEYS = ['indicator', 'year', 'network', 'place', 'compare', 'change', 'bivariate', 'multiples'] as const;

/** True when the document no longer shows what the slide set (the audience explored). */
export function leftSlide(current: Doc, slide: Slide): boolean {
  const want = slideDoc(current, slide);
  if (SAME_KEYS.some((k) => want[k] !== current[k])) return true;
  return want.layers.join(',') !== current.layers.join(',') || want.province.join(',') !== current.province.join(',');
}

/** Clamps a slide number (1-based) into a story of `count` slides. */
export function clampSlide(n: number, count: number): number {
  if (!Number.isFinite(n)) return 1;
  return Math.min(Math.max(1, Math.round(n)), Math.max(1, count));
}
