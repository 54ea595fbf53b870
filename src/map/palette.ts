// Colours of the map, shared by the basemap style, the deck.gl layers and the legend.
// Chosen for contrast on projectors and for colour-blind readers: hover and selection differ in
// outline width as well as colour, so nothing is told by colour alone.

import type { RGBA } from '../lib/palettes';

export type { RGBA };

/** Basemap colours for a colour scheme; the data layers on top keep their palettes. */
export interface BasemapColors {
  water: string;
  land: string;
  border: string;
  coast: string;
}

export const LIGHT_BASEMAP: BasemapColors = { water: '#dce9f2', land: '#eeeae3', border: '#b9b3a8', coast: '#9fb6c6' };
export const DARK_BASEMAP: BasemapColors = { water: '#0b1621', land: '#262b31', border: '#4a525b', coast: '#3b5670' };

export const PROVINCE_FILL: RGBA = [250, 247, 240, 255];
export const PROVINCE_HOVER_FILL: RGBA = [255, 226, 160, 255];
export const PROVINCE_SELECTED_FILL: RGBA = [255, 200, 110, 255];
export const PROVINCE_BORDER: RGBA = [140, 128, 112, 255];
export const HOVER_OUTLINE: RGBA = [60, 60, 60, 255];
export const SELECTED_OUTLINE: RGBA = [178, 34, 34, 255];
