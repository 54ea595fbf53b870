// Colours of the map, shared by the basemap style, the deck.gl layers and the legend.
// Chosen for contrast on projectors and for colour-blind readers: hover and selection differ in
// outline width as well as colour, so nothing is told by colour alone.

export type RGBA = [number, number, number, number];

export const WATER = '#dce9f2';
export const NEIGHBOUR_LAND = '#eeeae3';
export const NEIGHBOUR_BORDER = '#b9b3a8';
export const COASTLINE = '#9fb6c6';

export const PROVINCE_FILL: RGBA = [250, 247, 240, 255];
export const PROVINCE_HOVER_FILL: RGBA = [255, 226, 160, 255];
export const PROVINCE_SELECTED_FILL: RGBA = [255, 200, 110, 255];
export const PROVINCE_BORDER: RGBA = [140, 128, 112, 255];
export const HOVER_OUTLINE: RGBA = [60, 60, 60, 255];
export const SELECTED_OUTLINE: RGBA = [178, 34, 34, 255];
