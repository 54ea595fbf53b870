// What a story may refer to, read from the loaded atlas data. Pure.
import type { IndicatorsFile } from '../data/indicatorTypes';
import type { PlacesFile } from '../data/placeTypes';
import type { StoryKnown } from './storyTypes';

export function storyKnown(provinces: readonly string[], indicators: IndicatorsFile, places: PlacesFile): StoryKnown {
  return {
    provinces: new Set(provinces),
    indicators: new Map(indicators.indicators.map((i) => [i.id, i.years])),
    places: new Set([...places.learningCities.map((c) => `city:${c.id}`), ...places.partners.map((p) => `partner:${p.id}`)]),
  };
}
