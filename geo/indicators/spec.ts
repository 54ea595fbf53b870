// How each shipped indicator is made: its metadata plus a recipe for its values (a column of a
// table, a wide table of years, or a ratio of two other indicators). Read from the Data Package
// descriptor geo/datapackage.json by ./descriptor.ts; nothing here names a table.
import type { Indicator } from '../../src/data/indicatorTypes';

/** The fields of an indicator that the descriptor states. */
export type IndicatorMeta = Pick<Indicator, 'id' | 'label' | 'description' | 'unit' | 'polarity' | 'decimals' | 'aggregation' | 'source'>;

/** Where an indicator's values come from. `file` is a table's path as the descriptor gives it. */
export type Recipe =
  /**
   * A wide table, one column per year (CE or BE headers). `shiftPow10` rescales exactly
   * (thousands → persons = 3); `national` reads the `TH` row into `Indicator.national`.
   */
  | { kind: 'wide'; file: string; shiftPow10?: number; national?: boolean }
  /** One column of a single-year table. */
  | { kind: 'column'; file: string; column: string; year: number }
  /** One column of a long table with a year column. */
  | { kind: 'long'; file: string; column: string; yearColumn: string }
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
