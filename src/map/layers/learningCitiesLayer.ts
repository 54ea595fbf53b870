// UNESCO learning cities as magenta dots that appear in the year their city joined and grow
// with years of membership. Cities not yet joined have radius 0 (not drawn, not pickable).
import { ScatterplotLayer } from '@deck.gl/layers';
import type { LearningCity } from '../../data/placeTypes';
import { cityStyle } from '../featureStyle';

export const LEARNING_CITIES_ID = 'learning-cities';
/** How long a city's circle takes to grow to a new year's size (the video of the years waits it out). */
export const CITY_GROW_MS = 500;

export interface LearningCitiesInput {
  cities: readonly LearningCity[];
  visible: boolean;
  /** Network year: cities that joined later are hidden. */
  year: number;
  /** Selected place id (`city:<id>`), outlined. */
  selected: string | null;
}

export function learningCitiesLayer(input: LearningCitiesInput): ScatterplotLayer<LearningCity> {
  const { year, selected } = input;
  return new ScatterplotLayer<LearningCity>({
    id: LEARNING_CITIES_ID,
    data: input.cities as LearningCity[],
    visible: input.visible,
    stroked: true,
    radiusUnits: 'pixels',
    lineWidthUnits: 'pixels',
    getPosition: (c) => c.coordinates,
    getRadius: (c) => cityStyle(c, year, selected).radius,
    getFillColor: (c) => cityStyle(c, year, selected).fill,
    getLineColor: (c) => cityStyle(c, year, selected).stroke,
    getLineWidth: (c) => cityStyle(c, year, selected).width,
    transitions: { getRadius: { duration: CITY_GROW_MS } },
    updateTriggers: { getRadius: [year], getLineColor: [selected], getLineWidth: [selected] },
  });
}
