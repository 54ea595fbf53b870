// Turns the rows of the three places tables into the records of places.json (src/data/placeTypes.ts).
// Cells are read as the CSV gives them: nothing is inferred, and an uncertain period stays text.
import type { LearningCity, Partner, Pilot, PlaceSource } from '../../src/data/placeTypes';
import type { ProvinceCode } from '../../src/data/types';
import { CellReader, periodCell, readCsv, type Problems } from './csv';
import { splitSourceCell, urlSource } from './sources';

export const PILOT_COLUMNS = ['province_iso', 'name_en', 'name_th', 'programme', 'programme_th', 'profile_en', 'profile_th', 'source'] as const;
export const CITY_COLUMNS = ['city_en', 'name_th', 'province_iso', 'year_joined', 'announced', 'lat', 'lon', 'coords_approximate', 'source_url'] as const;
export const PARTNER_COLUMNS = [
  'id', 'name', 'name_th', 'role', 'role_th', 'city', 'city_th', 'country', 'country_th',
  'from', 'to', 'lat', 'lon', 'coords_approximate', 'verified_fields', 'source_url',
] as const;

/**
 * Years of the pilot work. The seminar summary names none; ../shared/data/README.md gives
 * 2023–2024 for the pilots table as a whole (the City Unit's mentoring of the four pilots is
 * reported in October 2023). One table-level period, not a year per pilot.
 */
export const PILOT_YEARS = '2023–2024';

/** Country name (English, as in partners.csv) of partners whose city is matched to a province. */
export const THAILAND = 'Thailand';

/** A province's Thai name by ISO code, and its ISO code by Thai name (the join keys). */
export interface ProvinceNames {
  nameTh: ReadonlyMap<string, string>;
  isoByNameTh: ReadonlyMap<string, string>;
}

/** learning_cities_gnlc.csv → learning cities (file order). */
export function readLearningCities(text: string, problems: Problems): LearningCity[] {
  const file = 'learning_cities_gnlc.csv';
  return readCsv(file, text, CITY_COLUMNS, problems).map((row): LearningCity => {
    const c = new CellReader(file, row, problems);
    const nameEn = c.text('city_en');
    const url = c.text('source_url', true);
    return {
      id: slug(nameEn),
      name: { th: c.text('name_th'), en: nameEn },
      iso: c.text('province_iso') as ProvinceCode,
      yearJoined: c.year('year_joined'),
      announced: c.text('announced'),
      coordinates: [c.number('lon'), c.number('lat')],
      approximate: c.yesNo('coords_approximate'),
      sources: url === '' ? [] : [urlSource(url)],
    };
  });
}

/**
 * pilots.csv → pilots (file order). `citySources` gives each province's learning-city sources,
 * for the pilots whose `source` cell points at the learning-city table. Each pilot's Thai name
 * must be its province's name in geo/provinces.csv.
 */
export function readPilots(text: string, citySources: ReadonlyMap<string, readonly PlaceSource[]>, names: ProvinceNames, problems: Problems): Pilot[] {
  const file = 'pilots.csv';
  return readCsv(file, text, PILOT_COLUMNS, problems).map((row): Pilot => {
    const c = new CellReader(file, row, problems);
    const iso = c.text('province_iso');
    const nameTh = c.text('name_th');
    const known = names.nameTh.get(iso);
    if (known !== undefined && known !== nameTh) problems.push(`${c.where}: ${iso} is named "${nameTh}" here but "${known}" in geo/provinces.csv`);
    return {
      iso: iso as ProvinceCode,
      name: { th: nameTh, en: c.text('name_en') },
      programme: { th: c.text('programme_th'), en: c.text('programme') },
      profile: { th: c.text('profile_th'), en: c.text('profile_en') },
      years: PILOT_YEARS,
      sources: splitSourceCell(c.text('source'), citySources.get(iso) ?? [], c.where, problems),
    };
  });
}

/**
 * partners.csv → partners (file order). A period cell that is not a plain year ("?",
 * "2018 (believed …)") gives `null` and is kept verbatim in `periodNote`. A Thai partner's
 * province is found by its Thai city name (never by an English spelling).
 */
export function readPartners(text: string, names: ProvinceNames, problems: Problems): Partner[] {
  const file = 'partners.csv';
  return readCsv(file, text, PARTNER_COLUMNS, problems).map((row): Partner => {
    const c = new CellReader(file, row, problems);
    const from = periodCell(c.text('from', true));
    const to = periodCell(c.text('to', true));
    const cityTh = c.text('city_th');
    const country = c.text('country');
    const iso = country === THAILAND ? names.isoByNameTh.get(cityTh) : undefined;
    if (country === THAILAND && iso === undefined) problems.push(`${c.where}: Thai city "${cityTh}" is not a province name of geo/provinces.csv`);
    // One URL per fact the row states ("…; …" when its role needs two pages), each a source.
    const urls = c.text('source_url', true);
    return {
      id: c.text('id'),
      name: { th: c.text('name_th'), en: c.text('name') },
      role: { th: c.text('role_th'), en: c.text('role') },
      city: { th: cityTh, en: c.text('city') },
      country: { th: c.text('country_th'), en: country },
      from: from.kind === 'year' ? from.year : null,
      to: to.kind === 'year' ? to.year : null,
      periodNote: periodNote(c.text('from', true), c.text('to', true), from.kind === 'uncertain' || to.kind === 'uncertain'),
      coordinates: [c.number('lon'), c.number('lat')],
      approximate: c.yesNo('coords_approximate'),
      verified: c.text('verified_fields'),
      iso: iso as ProvinceCode | undefined,
      sources: splitSourceCell(urls, [], c.where, problems),
    };
  });
}

/** The raw period where a cell is uncertain: "2019–?", or the start alone when no end is given. */
function periodNote(fromRaw: string, toRaw: string, uncertain: boolean): string | undefined {
  if (!uncertain) return undefined;
  return toRaw === '' ? fromRaw : `${fromRaw}–${toRaw}`;
}

/** URL-safe id from an English name, dropping a parenthesised note: "Phuket (… Municipality)" → "phuket". */
export function slug(name: string): string {
  return name
    .replace(/\(.*\)/g, '')
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
