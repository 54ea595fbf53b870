// The shareable part of app state ("the document"): everything a link reproduces.
import type { ProvinceCode } from '../data/types';
import type { ClassifyMethod, Lang } from '../lib/kinds';

export type { ClassifyMethod, Lang };

/** A committed camera: centre in degrees and MapLibre zoom. */
export interface View {
  lon: number;
  lat: number;
  zoom: number;
}

export const CLASSIFY_METHODS: readonly ClassifyMethod[] = ['quantile', 'equal', 'ckmeans', 'manual'];
export const K_MIN = 3;
export const K_MAX = 9;

/** Place layers the user can switch on and off (URL `layers`). */
export type PlaceLayerId = 'pilots' | 'cities' | 'partners' | 'links';
export const PLACE_LAYERS: readonly PlaceLayerId[] = ['pilots', 'cities', 'partners', 'links'];
export const DEFAULT_LAYERS: readonly PlaceLayerId[] = ['pilots', 'cities'];

/** Years the learning-city network slider covers (UNESCO GNLC members in Thailand joined 2019–2025). */
export const NETWORK_FIRST_YEAR = 2019;
export const NETWORK_LAST_YEAR = 2025;

export interface Doc {
  lang: Lang;
  /** Selected provinces, in selection order. */
  province: ProvinceCode[];
  /** `null` means "fit Thailand to the window", the default for any window size. */
  view: View | null;
  /** Indicator id shown on the map and charts. */
  indicator: string;
  /** Year (CE); `null` means the indicator's latest year. */
  year: number | null;
  classify: ClassifyMethod;
  /** Number of classes, K_MIN…K_MAX. */
  k: number;
  /** Manual class breaks (ascending, k − 1 of them), used when `classify` is `manual`. */
  breaks: number[];
  /** Indicator ids of the scatter plot's x and y axes. */
  scatter: [string, string];
  /** Place layers shown, in PLACE_LAYERS order. */
  layers: PlaceLayerId[];
  /** Year of the learning-city network shown (points appear when their city joined); `null` = latest. */
  network: number | null;
  /** Selected place: `city:<id>` or `partner:<id>`; pilots are selected as provinces. */
  place: string | null;
  /** Embed mode (`embed=1`): map, legend and a compact chart for partner sites (src/embed/). */
  embed: boolean;
  // Story mode (src/present/): which story, which slide, and the kiosk's seconds per slide.
  /** Story shown: an id under `stories/` or a same-origin URL of a story file; `null` = explore. */
  story: string | null;
  /** Slide of the story, 1-based; the player clamps it to the story's length. */
  slide: number;
  /** Kiosk mode: seconds per slide, looping; `null` = off. */
  autoplay: number | null;
  /**
   * District layer (the user's district sets, src/districts/): `<datasetId>.<n>` shows indicator
   * n of that set, `off` hides it, `null` shows the latest set's first indicator.
   */
  district: string | null;
  // Comparison modes (src/state/mapMode.ts decides which one shows; at most one is set).
  /** Year (CE) the indicator is compared with (`compare=<year>`); `null` = no comparison. */
  compare: number | null;
  /** With `compare`: one map of the change `year − compare` (`change=1`), or its % (`change=pct`). */
  change: ChangeKind | null;
  /** One map of the scatter plot's pair of indicators, tertiles of each (`bivariate=1`). */
  bivariate: boolean;
  /** One small map per year of the indicator (`multiples=1`). */
  multiples: boolean;
}

/** Change as a difference (percentage points for shares, the unit for levels) or as % change. */
export type ChangeKind = 'diff' | 'pct';

/** Bounds of the 77 provinces, [west, south, east, north], for the default fit. */
export const THAILAND_BOUNDS: readonly [number, number, number, number] = [97.34, 5.61, 105.64, 20.47];

export const DEFAULT_INDICATOR = 'hai';
export const DEFAULT_SCATTER: [string, string] = ['gpp-per-capita', 'hai'];

export function defaultDoc(lang: Lang): Doc {
  return {
    lang,
    province: [],
    view: null,
    indicator: DEFAULT_INDICATOR,
    year: null,
    classify: 'quantile',
    k: 5,
    breaks: [],
    scatter: DEFAULT_SCATTER,
    layers: [...DEFAULT_LAYERS],
    network: null,
    place: null,
    embed: false,
    story: null,
    slide: 1,
    autoplay: null,
    district: null,
    compare: null,
    change: null,
    bivariate: false,
    multiples: false,
  };
}
