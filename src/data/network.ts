// The learning-city network in a given year: which cities have joined, which partners are
// active, which links exist, and where each link runs. Pure.
import type { LearningCity, Partner, PartnershipLink, PlacesFile } from './placeTypes';

export function cityJoined(city: LearningCity, year: number): boolean {
  return city.yearJoined <= year;
}

/** Active in `year`: started (or start unknown) and not yet ended (or end unknown). */
export function partnerActive(p: Partner, year: number): boolean {
  return (p.from === null || p.from <= year) && (p.to === null || p.to >= year);
}

export function linkActive(l: PartnershipLink, year: number): boolean {
  return (l.since === null || l.since <= year) && (l.until === null || l.until >= year);
}

/** Number of UNESCO learning cities in Thailand in `year`. */
export function citiesInYear(places: PlacesFile, year: number): number {
  return places.learningCities.filter((c) => cityJoined(c, year)).length;
}

/** A link with both ends resolved to coordinates, for the arc layer. */
export interface LinkSegment {
  link: PartnershipLink;
  source: [number, number];
  target: [number, number];
}

/** Resolves every link's ends; a link whose end is not a known place is left out. */
export function linkSegments(places: PlacesFile): LinkSegment[] {
  const where = new Map<string, [number, number]>([
    ...places.learningCities.map((c) => [`city:${c.id}`, c.coordinates] as const),
    ...places.partners.map((p) => [`partner:${p.id}`, p.coordinates] as const),
  ]);
  return places.links.flatMap((link) => {
    const source = where.get(link.from);
    const target = where.get(link.to);
    return source && target ? [{ link, source, target }] : [];
  });
}

/** A partner's short name for map labels: the name up to its first " (" or " - ". */
export function shortName(name: string, max = 40): string {
  const cut = name.split(/ \(| - /)[0] ?? name;
  return cut.length > max ? `${cut.slice(0, max - 1)}…` : cut;
}
