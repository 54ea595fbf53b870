// The one choropleth pipeline: values → classification → palette → bins → colour of a feature.
// Provinces (shipped and imported indicators) and the user's districts are coloured by it, and
// the legend lists its bins, so the map, the legend and the exports cannot disagree. Pure.
import { classify, classOf, classRanges, type Classification } from './classify';
import type { ClassifyMethod, Polarity } from '../lib/kinds';
import { divergingPaletteFor, hexToRgba, NO_DATA_HEX, paletteFor, type RGBA } from '../lib/palettes';
import { divergingClassification } from './change';

/** One class of the legend: its range, colour and the features in it (in input order). */
export interface ChoroplethBin<K> {
  index: number;
  from: number;
  to: number;
  color: string;
  codes: K[];
}

export interface Choropleth<K> {
  classification: Classification;
  bins: ChoroplethBin<K>[];
  /** Features without a value ("no data", never zero), in input order. */
  missing: K[];
  /** Fill of a feature: its class colour, or the no-data grey. */
  colorOf: (key: K) => RGBA;
  hexOf: (key: K) => string;
}

export interface ChoroplethInput<K> {
  /** Every feature the map draws, in the order the legend lists them. */
  keys: Iterable<K>;
  /** A feature's value; `null` or `undefined` is "no data". */
  valueOf: (key: K) => number | null | undefined;
  /** Values the classes are cut from (e.g. all years, so the legend does not jump). */
  classifyOver: Iterable<number>;
  method: ClassifyMethod;
  k: number;
  breaks?: readonly number[];
  polarity: Polarity;
  /**
   * A change centred on zero: classes symmetric around 0 (data/change.ts; `method` and `breaks`
   * are not used) on the diverging palette, purple for "better".
   */
  diverging?: boolean;
}

/** Classifies, colours and bins the features; see ChoroplethInput. */
export function choropleth<K>({ keys, valueOf, classifyOver, method, k, breaks = [], polarity, diverging = false }: ChoroplethInput<K>): Choropleth<K> {
  const classification = diverging ? divergingClassification(classifyOver, k) : classify(classifyOver, method, k, breaks);
  const colours = (diverging ? divergingPaletteFor : paletteFor)(polarity, classification.classes);
  const rgba = colours.map((c) => hexToRgba(c));
  const noData = hexToRgba(NO_DATA_HEX);
  const bins: ChoroplethBin<K>[] = classRanges(classification).map(([from, to], index) => ({ index, from, to, color: colours[index] as string, codes: [] }));
  const missing: K[] = [];
  for (const key of keys) {
    const v = valueOf(key);
    if (v === null || v === undefined) missing.push(key);
    else bins[classOf(classification, v)]?.codes.push(key);
  }
  const classIndex = (key: K) => {
    const v = valueOf(key);
    return v === null || v === undefined ? -1 : classOf(classification, v);
  };
  return {
    classification,
    bins,
    missing,
    colorOf: (key) => rgba[classIndex(key)] ?? noData,
    hexOf: (key) => colours[classIndex(key)] ?? NO_DATA_HEX,
  };
}
