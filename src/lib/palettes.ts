// Colour-blind-safe ColorBrewer palettes for the choropleth, chosen by the indicator's polarity:
// darker always means "more"; blue tones where more is better, orange-red where more is worse.
import { schemeBlues, schemeOrRd, schemePuBuGn, schemeYlGnBu } from 'd3-scale-chromatic';
import type { Polarity } from './kinds';

export type RGBA = [number, number, number, number];

/** Provinces without data: a neutral grey that no palette uses, labelled "No data" in the legend. */
export const NO_DATA_HEX = '#c9c9c9';

const SCHEMES: Record<Polarity, readonly (readonly string[])[]> = {
  'higher-better': schemeYlGnBu,
  'higher-worse': schemeOrRd,
  neutral: schemePuBuGn,
};

/** `classes` colours, light to dark. ColorBrewer starts at 3, so 1–2 classes take from the 3-class set. */
export function paletteFor(polarity: Polarity, classes: number): string[] {
  const scheme = SCHEMES[polarity];
  const n = Math.max(3, Math.min(9, classes));
  const colours = [...(scheme[n] ?? schemeBlues[n] ?? [])];
  if (classes === 1) return [colours[1] as string];
  if (classes === 2) return [colours[0] as string, colours[2] as string];
  return colours.slice(0, classes);
}

/** '#rrggbb' to deck.gl's [r, g, b, a]. */
export function hexToRgba(hex: string, alpha = 255): RGBA {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255, alpha];
}
