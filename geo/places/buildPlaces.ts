// Builds public/data/places.json from the three places tables (geo/places/*.csv), the province
// table and the shipped province geometry: reads, sorts, checks, reports points outside their
// province. No file IO.
import type { LearningCity, Partner, PlaceSource, PlacesFile } from '../../src/data/placeTypes';
import { assertNoProblems, type ProvinceGeometry } from '../checks';
import type { ProvinceRow } from '../provinceTable';
import { compareCodes } from '../provinces';
import { checkPlacesFile, type OutsidePoint } from './checks';
import { readLearningCities, readPartners, readPilots, type ProvinceNames } from './records';
import { gnlcLinks, readLinks } from './links';

/** The places tables in geo/places/ (the project's copies of ../shared/data/, plus Thai columns). */
export const PLACE_TABLES = ['pilots.csv', 'learning_cities_gnlc.csv', 'partners.csv', 'links.csv'] as const;
export type PlaceTable = (typeof PLACE_TABLES)[number];

export interface PlaceInputs {
  /** Texts of {@link PLACE_TABLES}, by file name. */
  tables: Readonly<Record<string, string>>;
  /** The parsed geo/provinces.csv. */
  provinces: readonly ProvinceRow[];
  /** Shipped (simplified, quantized) province geometry by ISO code, from the same pipeline run. */
  geometries: ReadonlyMap<string, ProvinceGeometry>;
}

/**
 * Reads and checks the places. Throws a GeoCheckError listing every problem (tables first, then
 * the built file). `log` gets the points that fall outside their province and a summary.
 */
export function buildPlaces(inputs: PlaceInputs, log: (text: string) => void): PlacesFile {
  const problems: string[] = [];
  const text = (name: PlaceTable): string => {
    const t = inputs.tables[name];
    if (t === undefined) problems.push(`${name}: table not provided`);
    return t ?? '';
  };
  const names: ProvinceNames = {
    nameTh: new Map(inputs.provinces.map((p) => [p.iso, p.nameTh])),
    isoByNameTh: new Map(inputs.provinces.map((p) => [p.nameTh, p.iso])),
  };
  const cities = readLearningCities(text('learning_cities_gnlc.csv'), problems);
  const pilots = readPilots(text('pilots.csv'), sourcesByProvince(cities), names, problems);
  const partners = readPartners(text('partners.csv'), names, problems);
  const links = [...gnlcLinks(cities), ...readLinks(text('links.csv'), cities, partners, problems)];
  assertNoProblems('places tables', problems);

  const file: PlacesFile = {
    pilots: [...pilots].sort((a, b) => compareCodes(a.iso, b.iso)),
    learningCities: [...cities].sort(byYearThenId),
    partners: [...partners].sort(byFromThenId),
    links: [...links].sort((a, b) => compareCodes(`${a.from}>${a.to}`, `${b.from}>${b.to}`)),
  };
  const known = new Set(inputs.provinces.map((p) => p.iso));
  const checked = checkPlacesFile(file, known, inputs.geometries);
  log(formatOutside(checked.outside));
  assertNoProblems('places.json', checked.problems);
  log(`places: ${file.pilots.length} pilots, ${file.learningCities.length} learning cities, ${file.partners.length} partners, ${file.links.length} links`);
  return file;
}

/** The report of points outside their province's shipped polygon. */
export function formatOutside(outside: readonly OutsidePoint[]): string {
  if (outside.length === 0) return 'places: every learning city and Thai partner lies inside its province';
  const lines = outside.map((o) => `  ${o.where} (${o.iso}): ${o.distanceKm.toFixed(1)} km outside${o.approximate ? ' (flagged approximate)' : ''}`);
  return `places: ${outside.length} point(s) outside their province polygon:\n${lines.join('\n')}`;
}

/** Each province's learning-city sources, for pilots.csv rows that cite the learning-city table. */
function sourcesByProvince(cities: readonly LearningCity[]): Map<string, PlaceSource[]> {
  const map = new Map<string, PlaceSource[]>();
  for (const c of cities) map.set(c.iso, [...(map.get(c.iso) ?? []), ...c.sources]);
  return map;
}

function byYearThenId(a: LearningCity, b: LearningCity): number {
  return a.yearJoined - b.yearJoined || compareCodes(a.id, b.id);
}

/** By first year; partners without a known first year last; then by id. */
function byFromThenId(a: Partner, b: Partner): number {
  const fa = a.from ?? Infinity;
  const fb = b.from ?? Infinity;
  return fa === fb ? compareCodes(a.id, b.id) : fa < fb ? -1 : 1;
}
