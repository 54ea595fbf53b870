// Tests of places.json: each build rule on small synthetic fixtures (every rule can fail), the CSV
// readers (periods, sources), and the committed public/data/places.json against its tables.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { GeoCheckError, type ProvinceGeometry } from '../../../geo/checks';
import { buildPlaces, PLACE_TABLES } from '../../../geo/places/buildPlaces';
import {
  checkBilingual,
  checkCoordinates,
  checkInProvince,
  checkIsoCodes,
  checkLearningCities,
  checkPartners,
  checkPilotSet,
  checkPlacesFile,
  checkSources,
  NAMED_PILOTS,
} from '../../../geo/places/checks';
import { periodCell } from '../../../geo/places/csv';
import { readLinks } from '../../../geo/places/links';

const LINK_HEADER = 'from,to,kind,from_year,to_year,label_en,label_th,source';
import { readPartners, slug } from '../../../geo/places/records';
import { serializePlaces } from '../../../geo/places/serialize';
import { splitSourceCell } from '../../../geo/places/sources';
import { parseProvinceTable } from '../../../geo/provinceTable';
import { decodeFeatures } from '../../../geo/topology';
import type { LearningCity, Partner, Pilot, PlacesFile } from '../../../src/data/placeTypes';
import type { ProvinceCode } from '../../../src/data/types';
import { makeRow, makeSquare } from './factories';

// --- synthetic fixtures -------------------------------------------------------------------------

/** A pilot with Thai and English text and one source. */
function makePilot(iso: string, overrides: Partial<Pilot> = {}): Pilot {
  return {
    iso: iso as ProvinceCode,
    name: { th: 'จังหวัด', en: 'Province' },
    programme: { th: 'พื้นที่นำร่อง', en: 'Pilot region' },
    profile: { th: 'ข้อความ', en: 'Text.' },
    years: '2023–2024',
    sources: [{ label: 'Publisher', url: 'https://example.org/a' }],
    ...overrides,
  };
}

/** A learning city at (100.5, 14.5), inside {@link makeProvinceGeometries}' TH-10 square. */
function makeCity(id: string, overrides: Partial<LearningCity> = {}): LearningCity {
  return {
    id,
    name: { th: `เมือง ${id}`, en: `City ${id}` },
    iso: 'TH-10',
    yearJoined: 2020,
    announced: '2020',
    coordinates: [100.5, 14.5],
    approximate: false,
    sources: [{ label: 'Publisher', url: 'https://example.org/b' }],
    ...overrides,
  };
}

function makePartner(id: string, overrides: Partial<Partner> = {}): Partner {
  return {
    id,
    name: { th: 'องค์กร', en: 'Organisation' },
    role: { th: 'ภาคี', en: 'Partner' },
    city: { th: 'เมือง', en: 'City' },
    country: { th: 'ประเทศ', en: 'Country' },
    from: 2005,
    to: 2018,
    coordinates: [12.5, 55.7],
    approximate: true,
    verified: 'city',
    sources: [{ label: 'Publisher', url: 'https://example.org/c' }],
    ...overrides,
  };
}

/** The six expected pilots, two cities and two partners: a file every rule accepts. */
function makePlacesFile(overrides: Partial<PlacesFile> = {}): PlacesFile {
  return {
    pilots: NAMED_PILOTS.map((iso) => makePilot(iso)),
    learningCities: [makeCity('a'), makeCity('b', { yearJoined: 2024 })],
    partners: [makePartner('p'), makePartner('q', { from: null, to: null })],
    links: [],
    ...overrides,
  };
}

const KNOWN = new Set(NAMED_PILOTS);
/** TH-10 is the unit square at lon 100..101, lat 14..15; the other pilots far away. */
function makeProvinceGeometries(): Map<string, ProvinceGeometry> {
  return new Map(NAMED_PILOTS.map((iso, i) => [iso, iso === 'TH-10' ? makeSquare(100, 14, 1) : makeSquare(90 + i, 0, 1)]));
}

describe('places checks on synthetic fixtures', () => {
  it('accept a valid file', () => {
    const { problems, outside } = checkPlacesFile(makePlacesFile(), KNOWN, makeProvinceGeometries());
    expect(problems).toEqual([]);
    expect(outside).toEqual([]);
  });

  it('reject an unknown ISO code', () => {
    expect(checkIsoCodes([{ where: 'learning city x', iso: 'TH-99' }], KNOWN)).toEqual([
      'learning city x: "TH-99" is not a province code of geo/provinces.csv',
    ]);
    const file = makePlacesFile({ learningCities: [makeCity('a', { iso: 'TH-99' })] });
    expect(checkPlacesFile(file, KNOWN, makeProvinceGeometries()).problems).toContain(
      'learning city a: "TH-99" is not a province code of geo/provinces.csv',
    );
  });

  it('reject a year joined outside 2019–2025 (2018) or not a whole year', () => {
    expect(checkLearningCities([makeCity('a', { yearJoined: 2018 })])).toEqual(['learning city a: year joined 2018 is not within 2019–2025']);
    expect(checkLearningCities([makeCity('a', { yearJoined: Number.NaN })])).toHaveLength(1);
    expect(checkLearningCities([makeCity('a', { yearJoined: 2019 }), makeCity('b', { yearJoined: 2025 })])).toEqual([]);
  });

  it('reject a duplicated learning city (by id, English or Thai name)', () => {
    expect(checkLearningCities([makeCity('a'), makeCity('a')])).toEqual([
      'learning city id "a" is used twice',
      'learning city "City a" is listed twice',
      'learning city "เมือง a" is listed twice (Thai name)',
    ]);
    expect(checkLearningCities([makeCity('a'), makeCity('b', { name: { th: 'อื่น', en: 'City a' } })])).toEqual(['learning city "City a" is listed twice']);
  });

  it('require the six named pilots, each once, and accept more', () => {
    const six = NAMED_PILOTS.map((iso) => makePilot(iso));
    expect(checkPilotSet(six)).toEqual([]);
    expect(checkPilotSet(six.slice(1))).toEqual(['pilots must include the regions the seminar summary names; missing [TH-10]']);
    expect(checkPilotSet([...six.slice(1), makePilot('TH-50')])).toEqual(['pilots must include the regions the seminar summary names; missing [TH-10]']);
    expect(checkPilotSet([...six, makePilot('TH-50')])).toEqual([]);
    expect(checkPilotSet([...six, makePilot('TH-10')])).toEqual(['pilot TH-10 appears more than once']);
  });

  it('reject a point outside its province unless flagged approximate, and report its distance', () => {
    const geometries = makeProvinceGeometries();
    // 0.1° east of the square's east edge at lat 14.5: about 10.8 km.
    const exact = { where: 'learning city x', iso: 'TH-10', coordinates: [101.1, 14.5] as const, approximate: false };
    const result = checkInProvince([exact], geometries);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatch(/^learning city x: \[101\.1, 14\.5\] is 10\.\d km outside TH-10 and not flagged approximate$/);
    expect(result.outside[0]?.distanceKm).toBeCloseTo(10.77, 1);

    const flagged = checkInProvince([{ ...exact, approximate: true }], geometries);
    expect(flagged.problems).toEqual([]);
    expect(flagged.outside).toEqual([expect.objectContaining({ where: 'learning city x', iso: 'TH-10', approximate: true })]);

    expect(checkInProvince([{ ...exact, iso: 'TH-77' }], geometries).problems).toEqual(['learning city x: no province geometry for TH-77']);
    expect(checkInProvince([{ ...exact, coordinates: [100.5, 14.5] }], geometries)).toEqual({ problems: [], outside: [] });
  });

  it('reject a partner whose from is after its to, and accept unknown ends', () => {
    expect(checkPartners([makePartner('p', { from: 2019, to: 2005 })])).toEqual(['partner p: from 2019 is after to 2005']);
    expect(checkPartners([makePartner('p', { from: 2019, to: 2019 }), makePartner('q', { from: 2019, to: null, periodNote: '2019–?' })])).toEqual([]);
    expect(checkPartners([makePartner('p'), makePartner('p')])).toEqual(['partner id "p" is used twice']);
  });

  it('reject non-finite or off-globe coordinates', () => {
    expect(checkCoordinates([{ where: 'x', coordinates: [Number.NaN, 14] }])).toHaveLength(1);
    expect(checkCoordinates([{ where: 'x', coordinates: [14, 100] }])).toHaveLength(1);
    expect(checkCoordinates([{ where: 'x', coordinates: [100, 14] }])).toEqual([]);
  });

  it('reject a record without a source, or with a bad source', () => {
    expect(checkSources([{ where: 'x', sources: [] }])).toEqual(['x: no source']);
    expect(checkSources([{ where: 'x', sources: [{ label: ' ', url: 'ftp://a' }] }])).toEqual([
      'x: a source has no label',
      'x: source URL "ftp://a" is not an http(s) URL',
    ]);
    expect(checkSources([{ where: 'x', sources: [{ label: 'Seminar' }] }])).toEqual([]);
  });

  it('reject empty text and Thai text without Thai characters', () => {
    expect(checkBilingual('x', 'name', { th: 'Bangkok', en: 'Bangkok' })).toEqual(['x: name.th "Bangkok" has no Thai characters']);
    expect(checkBilingual('x', 'name', { th: '', en: '' })).toEqual(['x: name.en is empty', 'x: name.th is empty']);
    const file = makePlacesFile({ partners: [makePartner('p', { role: { th: 'Partner', en: 'Partner' } })] });
    expect(checkPlacesFile(file, KNOWN, makeProvinceGeometries()).problems).toEqual(['partner p: role.th "Partner" has no Thai characters']);
  });
});

// --- CSV readers --------------------------------------------------------------------------------

const PARTNER_HEADER =
  'id,name,role,city,country,from,to,lat,lon,coords_approximate,verified_fields,source_url,name_th,role_th,city_th,country_th';
const NAMES = { nameTh: new Map([['TH-10', 'กรุงเทพมหานคร']]), isoByNameTh: new Map([['กรุงเทพมหานคร', 'TH-10']]) };

describe('places CSV readers', () => {
  it('keep an uncertain period as text, never as a number', () => {
    expect(periodCell('2019')).toEqual({ kind: 'year', year: 2019 });
    expect(periodCell(' ')).toEqual({ kind: 'blank' });
    expect(periodCell('?')).toEqual({ kind: 'uncertain', text: '?' });
    expect(periodCell('2018 (believed)')).toEqual({ kind: 'uncertain', text: '2018 (believed)' });

    const csv = [
      PARTNER_HEADER,
      'a,A,R,Cork,Ireland,2019,?,51.9,-8.5,yes,city,https://example.org/a,เอ,บทบาท,คอร์ก,ไอร์แลนด์',
      'b,B,R,Bangkok,Thailand,2018 (believed),,13.7,100.5,yes,city,https://example.org/b,บี,บทบาท,กรุงเทพมหานคร,ไทย',
    ].join('\n');
    const problems: string[] = [];
    const [a, b] = readPartners(csv, NAMES, problems);
    expect(problems).toEqual([]);
    expect(a).toMatchObject({ from: 2019, to: null, periodNote: '2019–?', iso: undefined, coordinates: [-8.5, 51.9], approximate: true });
    expect(b).toMatchObject({ from: null, to: null, periodNote: '2018 (believed)', iso: 'TH-10' });
  });

  it('report a Thai partner city that is not a province, and a bad flag or number', () => {
    const csv = [PARTNER_HEADER, 'b,B,R,Korat,Thailand,2018,,x,100.5,maybe,city,https://example.org/b,บี,บทบาท,โคราช,ไทย'].join('\n');
    const problems: string[] = [];
    const [b] = readPartners(csv, NAMES, problems);
    expect(problems).toEqual([
      'partners.csv line 2: Thai city "โคราช" is not a province name of geo/provinces.csv',
      'partners.csv line 2: lat "x" is not a plain number',
      'partners.csv line 2: coords_approximate "maybe" is not yes or no',
    ]);
    expect(b?.approximate).toBe(true);
  });

  it('split a pilot source cell into sources, resolving named ones', () => {
    const problems: string[] = [];
    const city = [{ label: 'Pattaya Mail', url: 'https://www.pattayamail.com/x' }];
    const sources = splitSourceCell('seminar summary; learning_cities_gnlc.csv; https://www.nationthailand.com/y', city, 'w', problems);
    expect(problems).toEqual([]);
    expect(sources.map((s) => s.label)).toEqual([expect.stringMatching(/^EEF: seminar summary/), 'Pattaya Mail', 'The Nation']);
    expect(sources.every((s) => s.url?.startsWith('https://'))).toBe(true);
    splitSourceCell('a friend; learning_cities_gnlc.csv', [], 'w', problems);
    expect(problems).toEqual([
      'w: source "a friend" is neither a URL nor a known source name',
      'w: source "learning_cities_gnlc.csv" but the province has no learning city there',
    ]);
  });

  it('make URL-safe ids without the parenthesised note', () => {
    expect(slug('Phuket (Phuket City Municipality)')).toBe('phuket');
    expect(slug('Chiang Rai')).toBe('chiang-rai');
  });

  it('fail the build loudly on a bad table', () => {
    const rows = [makeRow(0, { iso: 'TH-10', nameTh: 'กรุงเทพมหานคร' })];
    const tables = {
      'pilots.csv': 'province_iso,name_en,name_th,programme,programme_th,profile_en,profile_th,source\n',
      'learning_cities_gnlc.csv':
        'city_en,province_iso,year_joined,announced,lat,lon,coords_approximate,source_url,name_th\nX,TH-10,2018,2018,14.5,100.5,yes,https://example.org,เอกซ์\n',
      'partners.csv': `${PARTNER_HEADER}\n`,
      'links.csv': `${LINK_HEADER}\n`,
    };
    const run = (): unknown => buildPlaces({ tables, provinces: rows, geometries: new Map([['TH-10', makeSquare(100, 14, 1)]]) }, () => {});
    expect(run).toThrow(GeoCheckError);
    expect(run).toThrow(/year joined 2018 is not within 2019–2025/);
    expect(run).toThrow(/pilots must include the regions the seminar summary names/);
  });

  it('fail the build on a link to an unknown place, of an unknown kind, or without a source', () => {
    const problems: string[] = [];
    const partner = { ...makePartner('uil'), id: 'uil' };
    const links = readLinks(`${LINK_HEADER}\npartner:nobody,partner:uil,tea,,,x,ก,\n`, [], [partner], problems);
    expect(links).toHaveLength(1);
    expect(problems).toEqual([
      'links.csv: unknown place partner:nobody',
      'links.csv: unknown link kind tea',
      'links.csv line 2: empty source',
      'links.csv: link partner:nobody → partner:uil has no source',
    ]);
  });
});

// --- the committed file -------------------------------------------------------------------------

const ROOT = new URL('../../../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, ROOT), 'utf8');
const committed = read('public/data/places.json');
const file = JSON.parse(committed) as PlacesFile;
const table = (name: string): Record<string, string>[] =>
  Papa.parse<Record<string, string>>(read(`geo/places/${name}`), { header: true, skipEmptyLines: 'greedy' }).data;
const THAI = /[\u0E00-\u0E7F]/;

describe('public/data/places.json', () => {
  it('passes every build rule against the shipped province geometry', () => {
    const codes = new Set(parseProvinceTable(read('geo/provinces.csv')).map((p) => p.iso));
    const topology = JSON.parse(read('public/data/provinces.topo.json')) as Topology;
    const geometries = new Map<string, ProvinceGeometry>();
    for (const f of decodeFeatures(topology, 'provinces')) {
      if (f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon') geometries.set(String(f.id), f.geometry);
    }
    expect(checkPlacesFile(file, codes, geometries).problems).toEqual([]);
  });

  it('is written in its canonical form (re-serialising gives the same bytes)', () => {
    expect(serializePlaces(file)).toBe(committed);
  });

  it('has the six named pilots, sorted by ISO code', () => {
    expect(file.pilots.map((p) => p.iso)).toEqual([...NAMED_PILOTS].sort());
  });

  it('takes a seventh pilot from a row of pilots.csv, with no code change', () => {
    const provinces = parseProvinceTable(read('geo/provinces.csv'));
    const topology = JSON.parse(read('public/data/provinces.topo.json')) as Topology;
    const geometries = new Map<string, ProvinceGeometry>();
    for (const f of decodeFeatures(topology, 'provinces')) {
      if (f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon') geometries.set(String(f.id), f.geometry);
    }
    const tables = Object.fromEntries(PLACE_TABLES.map((name) => [name, read(`geo/places/${name}`)]));
    // A made-up row (test only): Chiang Mai is not a pilot the sources name.
    const seventh = 'TH-50,Chiang Mai,เชียงใหม่,EEF learning-city pilot region,x,seminar summary,พื้นที่นำร่อง,Test row.,แถวทดสอบ\n';
    tables['pilots.csv'] = `${tables['pilots.csv'] ?? ''}${seventh}`;
    const built = buildPlaces({ tables, provinces, geometries }, () => {});
    expect(built.pilots.map((p) => p.iso)).toEqual([...NAMED_PILOTS, 'TH-50'].sort());
    expect(built.pilots.find((p) => p.iso === 'TH-50')?.profile).toEqual({ th: 'แถวทดสอบ', en: 'Test row.' });
  });

  it('has the 13 learning cities of the CSV, years as in the CSV, sorted by year then id', () => {
    const rows = table('learning_cities_gnlc.csv');
    const perYear = (years: readonly number[]): Record<number, number> => {
      const counts: Record<number, number> = {};
      for (const y of years) counts[y] = (counts[y] ?? 0) + 1;
      return counts;
    };
    expect(file.learningCities).toHaveLength(13);
    expect(rows).toHaveLength(13);
    expect(perYear(file.learningCities.map((c) => c.yearJoined))).toEqual(perYear(rows.map((r) => Number(r['year_joined']))));
    expect(perYear(file.learningCities.map((c) => c.yearJoined))).toEqual({ 2019: 1, 2020: 3, 2022: 3, 2024: 3, 2025: 3 });
    const keys = file.learningCities.map((c) => `${c.yearJoined} ${c.id}`);
    expect(keys).toEqual([...keys].sort());
    for (const row of rows) {
      const city = file.learningCities.find((c) => c.name.en === row['city_en']);
      expect(city, row['city_en']).toMatchObject({
        iso: row['province_iso'],
        coordinates: [Number(row['lon']), Number(row['lat'])],
        approximate: row['coords_approximate'] === 'yes',
        sources: [expect.objectContaining({ url: row['source_url'] })],
      });
    }
  });

  it('has the 9 partners, uncertain periods kept as notes', () => {
    expect(file.partners).toHaveLength(9);
    expect(file.partners.map((p) => p.id).sort()).toEqual(table('partners.csv').map((r) => r['id']).sort());
    const byId = new Map(file.partners.map((p) => [p.id, p]));
    expect(byId.get('asemlllhub_ie')).toMatchObject({ from: 2019, to: null, periodNote: '2019–?' });
    expect(byId.get('eef')).toMatchObject({ from: null, to: null, periodNote: expect.stringMatching(/^2018 \(believed/), iso: 'TH-10' });
    expect(byId.get('asemlllhub_dk')).toMatchObject({ from: 2005, to: 2018 });
    expect(byId.get('up')?.iso).toBe('TH-56');
    // The University of Phayao row: the EEF page (31 Oct 2025) names it the Thailand Network's
    // secretariat, thecitizen.plus (Oct 2023) its City Unit's mentoring of the four pilots; neither
    // gives a start year, so 2021 stays an unconfirmed note, not a year.
    expect(byId.get('up')).toMatchObject({ from: null, periodNote: expect.stringMatching(/^2021 \(unconfirmed/) });
    expect(byId.get('up')?.sources.map((s) => s.url)).toEqual(['https://en.eef.or.th/?p=9776', 'https://thecitizen.plus/node/92174']);
    expect(byId.get('uil')?.iso).toBeUndefined();
    expect(file.partners.every((p) => p.approximate)).toBe(true);
  });

  it('links every learning city to the UIL from its year of joining, plus the sourced links of links.csv', () => {
    const gnlc = file.links.filter((l) => l.kind === 'gnlc');
    expect(gnlc).toHaveLength(file.learningCities.length);
    for (const c of file.learningCities) {
      expect(gnlc).toContainEqual(expect.objectContaining({ from: `city:${c.id}`, to: 'partner:uil', since: c.yearJoined }));
    }
    expect(file.links.length).toBe(gnlc.length + table('links.csv').length);
    for (const l of file.links) expect(l.sources.length).toBeGreaterThan(0);
  });

  it('gives every record at least one source, with the URL its CSV row gives', () => {
    const records = [...file.pilots, ...file.learningCities, ...file.partners];
    for (const r of records) expect(r.sources.length).toBeGreaterThan(0);
    for (const row of table('partners.csv')) {
      for (const url of (row['source_url'] ?? '').split(';').map((s) => s.trim())) expect(byIdSources(row['id'] ?? '')).toContain(url);
    }
    for (const row of table('pilots.csv')) {
      const urls = file.pilots.find((p) => p.iso === row['province_iso'])?.sources.map((s) => s.url) ?? [];
      for (const url of (row['source'] ?? '').split(';').map((s) => s.trim()).filter((s) => s.startsWith('http'))) expect(urls).toContain(url);
    }
  });

  it('has non-empty Thai text with Thai characters in every Thai string', () => {
    const thai = [
      ...file.pilots.flatMap((p) => [p.name.th, p.programme.th, p.profile.th]),
      ...file.learningCities.map((c) => c.name.th),
      ...file.partners.flatMap((p) => [p.name.th, p.role.th, p.city.th, p.country.th]),
    ];
    expect(thai).toHaveLength(6 * 3 + 13 + 9 * 4);
    for (const text of thai) {
      expect(text.trim(), text).not.toBe('');
      expect(THAI.test(text), text).toBe(true);
    }
  });
});

function byIdSources(id: string): (string | undefined)[] {
  return file.partners.find((p) => p.id === id)?.sources.map((s) => s.url) ?? [];
}
