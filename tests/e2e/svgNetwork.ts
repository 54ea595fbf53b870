// What the shipped data files say the network map must show, so the e2e tests count SVG elements
// against the data, not against numbers copied into the test.
import { readFileSync } from 'node:fs';
import { linkActive, linkSegments, partnerActive } from '../../src/data/network.ts';
import type { PlacesFile } from '../../src/data/placeTypes.ts';
import { NETWORK_LAST_YEAR } from '../../src/state/doc.ts';

const places = JSON.parse(readFileSync('public/data/places.json', 'utf8')) as PlacesFile;
const basemap = JSON.parse(readFileSync('public/data/basemap.topo.json', 'utf8')) as {
  objects: { world: { geometries: { type: string | null; properties?: { name?: string } }[] } };
};

export const shipped = {
  lastYear: NETWORK_LAST_YEAR,
  partners: places.partners,
  /** Countries of the world layer drawn as land: all but Thailand (drawn from its provinces). */
  worldCountries: basemap.objects.world.geometries.filter((g) => g.type !== null && g.properties?.name !== 'Thailand').length,
  /** Links with both ends known that are active in `year`. */
  activeLinks: (year: number) => linkSegments(places).filter((s) => linkActive(s.link, year)).length,
  citiesJoined: (year: number) => places.learningCities.filter((c) => c.yearJoined <= year).length,
  /** A learning city's name (`city:<id>`) in `lang`. */
  cityName: (id: string, lang: 'th' | 'en') => places.learningCities.find((c) => `city:${c.id}` === id)?.name[lang],
  /** Partners not active in `year` (drawn grey). */
  inactivePartners: (year: number) => places.partners.filter((p) => !partnerActive(p, year)).length,
};
