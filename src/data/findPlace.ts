// Looks a place up by its id (`city:<id>` or `partner:<id>`). Pure.
import type { LearningCity, Partner, PlacesFile } from './placeTypes';

export type FoundPlace = { kind: 'city'; city: LearningCity } | { kind: 'partner'; partner: Partner };

export function findPlace(places: PlacesFile, id: string): FoundPlace | undefined {
  const [kind, key] = id.split(':');
  if (kind === 'city') {
    const city = places.learningCities.find((c) => c.id === key);
    return city && { kind, city };
  }
  if (kind === 'partner') {
    const partner = places.partners.find((p) => p.id === key);
    return partner && { kind, partner };
  }
  return undefined;
}
