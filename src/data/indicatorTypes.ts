// Types of the indicator catalogue (public/data/indicators.json, built by `npm run geo` from the
// curated tables in geo/indicators/). Adding an indicator is a data change, not a code change.
import type { ProvinceCode } from './types';
import type { Polarity } from '../lib/kinds';

export type { Polarity } from '../lib/kinds';

/** How a figure is formatted and what its unit label says. */
export type Unit =
  | 'people'
  | 'km2'
  | 'people-per-km2'
  | 'index'
  | 'baht'
  | 'million-baht'
  | 'percent'
  | 'count'
  | 'ratio';

/**
 * How a national or regional value is made from province values:
 * `sum` (population, area, counts); `ratio` (sum of `numerator` ÷ sum of `denominator`, both
 * indicator ids with the same years, e.g. density, per-capita figures, shares); `weighted-mean`
 * (mean weighted by indicator `weight`, e.g. population); `none` (no honest aggregate).
 * A published national value (`national`) always wins over a computed one.
 */
export type Aggregation =
  | { kind: 'sum' }
  | {
      kind: 'ratio';
      numerator: string;
      denominator: string;
      scale?: number;
      /**
       * Year of the denominator when it has one fixed year unlike the numerator (density: every
       * population year ÷ area 2019). Absent = the same year as the numerator.
       */
      denominatorYear?: number;
    }
  | { kind: 'weighted-mean'; weight: string }
  | { kind: 'none' };

export interface Bilingual {
  th: string;
  en: string;
}

/** Where an indicator comes from; shown with every figure of it. */
export interface IndicatorSource {
  organisation: Bilingual;
  title: string;
  url?: string;
  /** Year(s) of the data or the publication, as the source states them. */
  year: string;
  licence: string;
  /** Caveats users must see (e.g. "Bangkok not covered", "break in series 2013/14"). */
  note?: Bilingual;
}

export interface Indicator {
  /** Stable id used in URLs (`indicator=hai`); lowercase, dashes. */
  id: string;
  label: Bilingual;
  /** One sentence on what the figure measures. */
  description: Bilingual;
  unit: Unit;
  polarity: Polarity;
  /** Digits after the decimal point when shown. */
  decimals: number;
  aggregation: Aggregation;
  /** Years (CE) with data, ascending. */
  years: number[];
  /**
   * Values by year (CE, as a string key), aligned with `IndicatorsFile.provinces`;
   * `null` = no data for that province and year (never 0).
   */
  values: Record<string, (number | null)[]>;
  /** Whole-kingdom values published by the source, by year, where they exist. */
  national?: Record<string, number | null>;
  source: IndicatorSource;
  /** Set when the value is computed from other shipped indicators (e.g. density). */
  derivedFrom?: string[];
  /** Set on indicators the user imported ("your data"); they live only in this browser. */
  userData?: UserDataMeta;
  /** Set on indicators from a Data Package the deployment lists in data-packages.json: its path. */
  packageFrom?: string;
}

/** Where a user's indicator came from (import issue): the file and the dataset it belongs to. */
export interface UserDataMeta {
  /** Id of the imported dataset (one file); removing the dataset removes its indicators. */
  datasetId: string;
  fileName: string;
  /** Column(s) of the file the values came from, as headed there. */
  column: string;
}

export interface IndicatorsFile {
  /** The 77 ISO codes, sorted; every `values` array follows this order. */
  provinces: ProvinceCode[];
  indicators: Indicator[];
}
