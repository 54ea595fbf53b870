// How each shipped indicator is made: its catalogue fields plus a recipe for its values
// (a curated table's column, a province-table field, or a ratio of two other indicators).
import type { Indicator } from '../../src/data/indicatorTypes';

/** The fields of an indicator that are written by hand in the catalogue. */
export type IndicatorMeta = Pick<Indicator, 'id' | 'label' | 'description' | 'unit' | 'polarity' | 'decimals' | 'aggregation' | 'source'>;

/** Where an indicator's values come from. */
export type Recipe =
  /** A column of geo/provinces.csv (already parsed), for one year. */
  | { kind: 'province-field'; field: 'population2024' | 'areaKm2'; year: number }
  /**
   * A wide table, one column per year (CE or BE headers). `shiftPow10` rescales exactly
   * (thousands → persons = 3); `national` reads the `TH` row into `Indicator.national`.
   */
  | { kind: 'wide'; file: IndicatorTable; shiftPow10?: number; national?: boolean }
  /** One column of a single-year table. */
  | { kind: 'column'; file: IndicatorTable; column: string; year: number }
  /** One column of a long table with a year column. */
  | { kind: 'long'; file: IndicatorTable; column: string; yearColumn: string }
  /**
   * Computed here by the indicator's own ratio aggregation (numerator ÷ denominator × scale, the
   * denominator at `denominatorYear` when set), rounded to its `decimals`; null wherever an input
   * is null. Sets `derivedFrom`. One formula serves both the values and the aggregate.
   */
  | { kind: 'derived-ratio' };

export interface IndicatorSpec {
  meta: IndicatorMeta;
  recipe: Recipe;
  /** Whole-kingdom figures the source publishes outside the table (cited in the note). */
  national?: Record<string, number>;
}

/** The curated tables the catalogue reads, in geo/indicators/ (the project's copies). */
export const INDICATOR_TABLES = [
  'hai_2015_2021.csv',
  'population_registered_2002_2013.csv',
  'gpp_per_capita_baht_2016-2020.csv',
  'gpp_current_million_baht_2016-2020.csv',
  'gpp_education_sector_gva_million_baht_2016-2020.csv',
  'gpp_population_thousand_2016-2020.csv',
  'obec_school_count_2022.csv',
  'obec_teachers_students_2018.csv',
  'tpmap_targeted_poor_2018.csv',
  'lfs_edu_attainment_shares_pop15plus_2011-2019.csv',
] as const;

export type IndicatorTable = (typeof INDICATOR_TABLES)[number];

/** Tables whose `TH` row is the source's whole-kingdom figure (elsewhere a `TH` row is an error). */
export const TABLES_WITH_NATIONAL_ROW: readonly IndicatorTable[] = ['hai_2015_2021.csv'];

/** Long tables and their year column. */
export const YEAR_COLUMNS: Partial<Record<IndicatorTable, string>> = {
  'lfs_edu_attainment_shares_pop15plus_2011-2019.csv': 'year',
};
