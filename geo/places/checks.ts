// Validation rules of places.json: codes, the pilot set, years, uniqueness, coordinates, points in
// their province, partner periods, sources and Thai text. Each rule returns problems (empty = fine)
// so one build reports all of them; buildPlaces turns them into one loud error.
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Bilingual } from '../../src/data/indicatorTypes';
import type { LearningCity, Partner, Pilot, PlaceSource, PlacesFile } from '../../src/data/placeTypes';
import type { ProvinceGeometry } from '../checks';
import { distanceToOutlineKm } from './distance';

/**
 * The EEF pilot regions the seminar summary names: Bangkok, Udon Thani, Yala, Trang, Lamphun, Phayao.
 * The summary says they are *among* the pilot regions, so the list is open: these must be there,
 * and more may be added by a row in pilots.csv.
 */
export const NAMED_PILOTS: readonly string[] = ['TH-10', 'TH-41', 'TH-95', 'TH-92', 'TH-51', 'TH-56'];

/** Years in which Thai cities joined the UNESCO GNLC, per ../shared/data/README.md. */
export const YEAR_JOINED_RANGE = { min: 2019, max: 2025 } as const;

/** A located record, for the coordinate and province checks. */
export interface PlacePoint {
  where: string;
  iso: string;
  coordinates: readonly [number, number];
  approximate: boolean;
}

/** A point outside its province's shipped polygon, and how far from its outline. */
export interface OutsidePoint {
  where: string;
  iso: string;
  distanceKm: number;
  approximate: boolean;
}

/** Every ISO code must be a province of geo/provinces.csv. */
export function checkIsoCodes(records: readonly { where: string; iso: string }[], known: ReadonlySet<string>): string[] {
  return records.filter((r) => !known.has(r.iso)).map((r) => `${r.where}: "${r.iso}" is not a province code of geo/provinces.csv`);
}

/** The pilots must include every one of {@link NAMED_PILOTS}, each province once; others may be added. */
export function checkPilotSet(pilots: readonly Pick<Pilot, 'iso'>[], named: readonly string[] = NAMED_PILOTS): string[] {
  const got = pilots.map((p) => p.iso as string);
  const problems = duplicates(got).map((iso) => `pilot ${iso} appears more than once`);
  const missing = named.filter((iso) => !got.includes(iso));
  if (missing.length > 0) problems.push(`pilots must include the regions the seminar summary names; missing [${[...missing].sort().join(', ')}]`);
  return problems;
}

/** Year joined a whole number within {@link YEAR_JOINED_RANGE}; ids and names (en, th) unique. */
export function checkLearningCities(cities: readonly LearningCity[], range: { min: number; max: number } = YEAR_JOINED_RANGE): string[] {
  const problems: string[] = [];
  for (const c of cities) {
    if (!(Number.isInteger(c.yearJoined) && c.yearJoined >= range.min && c.yearJoined <= range.max)) {
      problems.push(`learning city ${c.id}: year joined ${c.yearJoined} is not within ${range.min}–${range.max}`);
    }
  }
  for (const id of duplicates(cities.map((c) => c.id))) problems.push(`learning city id "${id}" is used twice`);
  for (const name of duplicates(cities.map((c) => c.name.en))) problems.push(`learning city "${name}" is listed twice`);
  for (const name of duplicates(cities.map((c) => c.name.th))) problems.push(`learning city "${name}" is listed twice (Thai name)`);
  return problems;
}

/** Partner ids unique; `from ≤ to` where both are known. */
export function checkPartners(partners: readonly Partner[]): string[] {
  const problems = duplicates(partners.map((p) => p.id)).map((id) => `partner id "${id}" is used twice`);
  for (const p of partners) {
    if (p.from !== null && p.to !== null && p.from > p.to) problems.push(`partner ${p.id}: from ${p.from} is after to ${p.to}`);
  }
  return problems;
}

/** Coordinates are finite and on the globe: lon −180..180, lat −90..90. */
export function checkCoordinates(points: readonly Pick<PlacePoint, 'where' | 'coordinates'>[]): string[] {
  return points.flatMap(({ where, coordinates: [lon, lat] }) =>
    Number.isFinite(lon) && Number.isFinite(lat) && Math.abs(lon) <= 180 && Math.abs(lat) <= 90
      ? []
      : [`${where}: coordinates [${lon}, ${lat}] are not a finite [lon, lat] in range`],
  );
}

/**
 * Each point must lie inside its province's (shipped) polygon, or be flagged approximate. Returns
 * the problems and every point outside (approximate or not), with its distance to the outline.
 */
export function checkInProvince(points: readonly PlacePoint[], provinces: ReadonlyMap<string, ProvinceGeometry>): { problems: string[]; outside: OutsidePoint[] } {
  const problems: string[] = [];
  const outside: OutsidePoint[] = [];
  for (const p of points) {
    const geometry = provinces.get(p.iso);
    if (geometry === undefined) {
      problems.push(`${p.where}: no province geometry for ${p.iso}`);
      continue;
    }
    const [lon, lat] = p.coordinates;
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) continue; // reported by checkCoordinates
    if (booleanPointInPolygon([lon, lat], geometry)) continue;
    const distanceKm = distanceToOutlineKm([lon, lat], geometry);
    outside.push({ where: p.where, iso: p.iso, distanceKm, approximate: p.approximate });
    if (!p.approximate) problems.push(`${p.where}: [${lon}, ${lat}] is ${distanceKm.toFixed(1)} km outside ${p.iso} and not flagged approximate`);
  }
  return { problems, outside };
}

/** At least one source each; every label non-blank; every URL http(s). */
export function checkSources(records: readonly { where: string; sources: readonly PlaceSource[] }[]): string[] {
  const problems: string[] = [];
  for (const { where, sources } of records) {
    if (sources.length === 0) problems.push(`${where}: no source`);
    for (const s of sources) {
      if (s.label.trim() === '') problems.push(`${where}: a source has no label`);
      if (s.url !== undefined && !/^https?:\/\/\S+$/.test(s.url)) problems.push(`${where}: source URL "${s.url}" is not an http(s) URL`);
    }
  }
  return problems;
}

/** Any character of the Thai block (U+0E00–U+0E7F). */
const THAI = /[\u0E00-\u0E7F]/;

/** Both languages non-blank, and the Thai text actually Thai. `field` names the text in messages. */
export function checkBilingual(where: string, field: string, text: Bilingual): string[] {
  const problems: string[] = [];
  if (text.en.trim() === '') problems.push(`${where}: ${field}.en is empty`);
  if (text.th.trim() === '') problems.push(`${where}: ${field}.th is empty`);
  else if (!THAI.test(text.th)) problems.push(`${where}: ${field}.th "${text.th}" has no Thai characters`);
  return problems;
}

/** Every rule above over a whole file; `known` are the ISO codes of geo/provinces.csv. */
export function checkPlacesFile(
  file: PlacesFile,
  known: ReadonlySet<string>,
  provinces: ReadonlyMap<string, ProvinceGeometry>,
): { problems: string[]; outside: OutsidePoint[] } {
  const pilots = file.pilots.map((p) => ({ ...p, where: `pilot ${p.iso}` }));
  const cities = file.learningCities.map((c) => ({ ...c, where: `learning city ${c.id}` }));
  const partners = file.partners.map((p) => ({ ...p, where: `partner ${p.id}` }));
  const thaiPartners = partners.flatMap((p) => (p.iso === undefined ? [] : [{ ...p, iso: p.iso }]));
  // Thai partners are checked too: all are approximate today, so they are only reported.
  const located = checkInProvince([...cities, ...thaiPartners], provinces);
  const problems = [
    ...checkIsoCodes([...pilots, ...cities, ...thaiPartners], known),
    ...checkPilotSet(file.pilots),
    ...pilots.filter((p) => p.years.trim() === '').map((p) => `${p.where}: no years`),
    ...checkLearningCities(file.learningCities),
    ...checkPartners(file.partners),
    ...checkCoordinates([...cities, ...partners]),
    ...located.problems,
    ...checkSources([...pilots, ...cities, ...partners]),
    ...pilots.flatMap((p) => [...checkBilingual(p.where, 'name', p.name), ...checkBilingual(p.where, 'programme', p.programme), ...checkBilingual(p.where, 'profile', p.profile)]),
    ...cities.flatMap((c) => checkBilingual(c.where, 'name', c.name)),
    ...partners.flatMap((p) => (['name', 'role', 'city', 'country'] as const).flatMap((f) => checkBilingual(p.where, f, p[f]))),
  ];
  return { problems, outside: located.outside };
}

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const v of values) (seen.has(v) ? dup : seen).add(v);
  return [...dup].sort();
}
