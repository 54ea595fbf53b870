// The selector behind the district layer, its legend, tooltip and summary: which district set and
// indicator the document asks for (`district=<datasetId>.<n>`, `off`, or the default: the latest
// set's first indicator), its values classified with the map's own classifier and palette.
// Memoised on its inputs, so the layer, legend and summary share one object.
import { classify, classOf, classRanges, type Classification } from '../data/classify';
import type { DistrictFeature, DistrictIndicator } from '../data/import/districts';
import type { UserDataset } from '../data/import/userDataset';
import { memoLast } from '../lib/memo';
import { hexToRgba, NO_DATA_HEX, paletteFor, type RGBA } from '../lib/palettes';
import type { Doc } from './doc';
import { DISTRICT_CHOICE } from './urlCodec';

export interface DistrictBin {
  index: number;
  from: number;
  to: number;
  color: string;
  count: number;
}

export interface DistrictView {
  setId: string;
  fileName: string;
  features: readonly DistrictFeature[];
  /** Every indicator of the set: its own properties, then tables matched to it. */
  indicators: readonly DistrictIndicator[];
  /** Number of the indicator shown, or −1 when the set has none (outlines only). */
  n: number;
  indicator: DistrictIndicator | null;
  /** The URL value of this choice. */
  choice: string;
  classification: Classification | null;
  bins: DistrictBin[];
  /** Districts without a value. */
  missing: number;
  /** Fill of a district by its feature id. */
  colorOf: (id: string) => RGBA;
  hexOf: (id: string) => string;
  valueOf: (id: string) => number | null;
}

/** Every district indicator of a set, in the order `n` counts them. */
export function districtIndicators(datasets: readonly UserDataset[], setId: string): DistrictIndicator[] {
  const own = datasets.find((d) => d.id === setId)?.districts?.indicators ?? [];
  return [...own, ...datasets.flatMap((d) => (d.districtValues?.setId === setId ? d.districtValues.indicators : []))];
}

/** The choice in the URL, resolved against the datasets; unknown sets or numbers give the default. */
export function resolveDistrictChoice(datasets: readonly UserDataset[], district: string | null): { set: UserDataset; n: number } | null {
  if (district === 'off') return null;
  const m = district ? DISTRICT_CHOICE.exec(district) : null;
  const asked = m?.[1] ? datasets.find((d) => d.id === m[1] && d.districts) : undefined;
  if (asked) {
    const n = Number(m?.[2]);
    if (n < districtIndicators(datasets, asked.id).length) return { set: asked, n };
  }
  const latest = datasets.findLast((d) => d.districts);
  if (!latest) return null;
  return { set: latest, n: districtIndicators(datasets, latest.id).length > 0 ? 0 : -1 };
}

const TRANSPARENT: RGBA = [0, 0, 0, 0];

function build(datasets: readonly UserDataset[], district: string | null, method: Doc['classify'], k: number): DistrictView | null {
  const chosen = resolveDistrictChoice(datasets, district);
  const features = chosen?.set.districts?.features;
  if (!chosen || !features) return null;
  const indicators = districtIndicators(datasets, chosen.set.id);
  const indicator = indicators[chosen.n] ?? null;
  const slot = new Map(features.map((f, i) => [f.id, i]));
  const valueOf = (id: string) => {
    const i = slot.get(id);
    return i === undefined ? null : (indicator?.values[i] ?? null);
  };
  const base = { setId: chosen.set.id, fileName: chosen.set.fileName, features, indicators, choice: `${chosen.set.id}.${Math.max(0, chosen.n)}`, valueOf };
  if (!indicator) {
    return { ...base, n: -1, indicator: null, classification: null, bins: [], missing: features.length, colorOf: () => TRANSPARENT, hexOf: () => NO_DATA_HEX };
  }
  const present = indicator.values.filter((v): v is number => v !== null);
  // Manual breaks belong to the province indicator on screen, not to the user's district figures.
  const classification = classify(present, method === 'manual' ? 'quantile' : method, k);
  const colours = paletteFor('neutral', classification.classes);
  const rgba = colours.map((c) => hexToRgba(c));
  const noData = hexToRgba(NO_DATA_HEX);
  const bins: DistrictBin[] = classRanges(classification).map(([from, to], index) => ({ index, from, to, color: colours[index] as string, count: 0 }));
  for (const v of present) {
    const b = bins[classOf(classification, v)];
    if (b) b.count++;
  }
  const classIndex = (id: string) => {
    const v = valueOf(id);
    return v === null ? -1 : classOf(classification, v);
  };
  return {
    ...base,
    n: chosen.n,
    indicator,
    classification,
    bins,
    missing: features.length - present.length,
    colorOf: (id) => rgba[classIndex(id)] ?? noData,
    hexOf: (id) => colours[classIndex(id)] ?? NO_DATA_HEX,
  };
}

/** Memoised on the datasets and the document's district and classification fields. */
export const selectDistrictView = memoLast(build);

export function districtViewOf(datasets: readonly UserDataset[], doc: Doc): DistrictView | null {
  return selectDistrictView(datasets, doc.district, doc.classify, doc.k);
}

/** The indicator's number format, for format.ts's formatIndicatorValue. */
export function districtFormat(i: DistrictIndicator): { unit: 'percent' | 'count'; decimals: number } {
  return { unit: i.percent ? 'percent' : 'count', decimals: i.decimals };
}
