// Colour-blind-safe ColorBrewer palettes for the choropleth, chosen by the indicator's polarity:
// darker always means "more"; blue tones where more is better, orange-red where more is worse.
import { schemeBlues, schemeOrRd, schemePuBuGn, schemePuOr, schemeYlGnBu } from 'd3-scale-chromatic';
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

/**
 * `classes` colours of ColorBrewer's PuOr (colour-blind safe), for a change centred on zero, from
 * the largest fall to the largest rise; the middle of an odd count is the neutral near-white.
 * Purple always means "better": a rise where higher is better (and, by convention, a rise where
 * polarity is neutral), a fall where higher is worse; orange the opposite.
 */
export function divergingPaletteFor(polarity: Polarity, classes: number): string[] {
  const n = Math.max(3, Math.min(11, classes));
  // ColorBrewer's PuOr runs purple → orange (d3 keeps that order); an even count takes the odd set one larger and drops its middle.
  const odd = n % 2 === 1 ? n : n + 1;
  const base = [...((schemePuOr[odd] ?? schemePuOr[3]) as readonly string[])];
  let colours = odd === n ? base : base.filter((_, i) => i !== (odd - 1) / 2);
  if (classes === 1) colours = [base[1] as string];
  if (classes === 2) colours = [base[0] as string, base[2] as string];
  // Listed from the largest fall up: purple ends the list unless a rise is worse.
  return polarity === 'higher-worse' ? colours : colours.reverse();
}

/** '#rrggbb' to deck.gl's [r, g, b, a]. */
export function hexToRgba(hex: string, alpha = 255): RGBA {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255, alpha];
}
