// Types of a story file (public/stories/*.json): a list of slides, each a state of the atlas with
// a title, a short Markdown text and speaker notes, in Thai and English. Adding a slide needs no code.
import type { Bilingual } from '../data/indicatorTypes';
import type { PlaceSource } from '../data/placeTypes';
import type { ProvinceCode } from '../data/types';
import type { PlaceLayerId } from '../state/doc';

/** The only story file format so far; bumped when a field changes meaning. */
export const STORY_VERSION = 1;

/** How a camera move runs. Defaults: 1500 ms, and a cut under `prefers-reduced-motion`. */
export interface StoryMotion {
  /** Length of the flight in ms, 0…10 000. */
  duration?: number;
  /** Flies even when the viewer prefers reduced motion (the movement itself carries meaning). */
  essential?: boolean;
}

/** Where a slide puts the camera. */
export type StoryCamera = StoryMotion &
  (
    | { kind: 'thailand' }
    | { kind: 'world' }
    | { kind: 'province'; code: ProvinceCode }
    | {
        kind: 'view';
        /** [lon, lat] in degrees. */
        center: [number, number];
        /** MapLibre zoom, 1…12. */
        zoom: number;
        /** Degrees, 0…60; default 0. */
        pitch?: number;
        /** Degrees, −180…180; default 0. */
        bearing?: number;
      }
  );

/** Where a figure quoted on a slide comes from (shown like a place's sources). */
export type StorySource = PlaceSource;

/**
 * One slide. Fields left out take the atlas defaults (indicator `hai`, latest year, layers
 * pilots and cities, no selection), so a slide looks the same however the audience got to it.
 */
export interface Slide {
  title: Bilingual;
  /** Short Markdown: bold, italics, links (http, https, mailto, relative) and lists. No HTML. */
  body?: Bilingual;
  /** Speaker notes, shown only in the presenter window. */
  notes?: Bilingual;
  camera?: StoryCamera;
  layers?: PlaceLayerId[];
  indicator?: string;
  /** Year (CE) of the indicator; one the indicator has. */
  year?: number;
  /** Year of the learning-city network, 2019–2025. */
  network?: number;
  /** Provinces selected. */
  province?: ProvinceCode[];
  /** A learning city or partner opened: `city:<id>` or `partner:<id>`. */
  place?: string;
  /** Provinces lit up (the rest dimmed). */
  highlight?: ProvinceCode[];
  /** Sources of the figures the slide's text quotes. */
  sources?: StorySource[];
  // Comparison modes (as the URL's keys; one per slide). Left out: one map of one year.
  /** A year of the indicator to compare `year` with: two maps side by side. */
  compare?: number;
  /** With `compare`: one map of the change (`true`) or the % change (`"pct"`). */
  change?: boolean | 'pct';
  /** One map of the scatter plot's pair of indicators (see `scatter`). */
  bivariate?: boolean;
  /** One small map per year of the indicator. */
  multiples?: boolean;
  /** The scatter plot's pair `[x, y]` (and the bivariate map's); left out, the viewer's is kept. */
  scatter?: [string, string];
}

export interface Story {
  version: typeof STORY_VERSION;
  /** Lower-case id, as in `?story=<id>`. */
  id: string;
  title: Bilingual;
  slides: Slide[];
}

/** What exists in the loaded atlas data, so a story cannot point at nothing. */
export interface StoryKnown {
  provinces: ReadonlySet<string>;
  /** Indicator id → the years it has. */
  indicators: ReadonlyMap<string, readonly number[]>;
  /** `city:<id>` and `partner:<id>`. */
  places: ReadonlySet<string>;
}
