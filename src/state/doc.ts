// The shareable part of app state ("the document"): everything a link reproduces.
import type { ProvinceCode } from '../data/types';

export type Lang = 'th' | 'en';

/** A committed camera: centre in degrees and MapLibre zoom. */
export interface View {
  lon: number;
  lat: number;
  zoom: number;
}

export interface Doc {
  lang: Lang;
  /** Selected provinces, in selection order. */
  province: ProvinceCode[];
  /** `null` means "fit Thailand to the window", the default for any window size. */
  view: View | null;
}

/** Bounds of the 77 provinces, [west, south, east, north], for the default fit. */
export const THAILAND_BOUNDS: readonly [number, number, number, number] = [97.34, 5.61, 105.64, 20.47];

export function defaultDoc(lang: Lang): Doc {
  return { lang, province: [], view: null };
}
