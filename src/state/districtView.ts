// The selector behind the district layer, its legend, tooltip and summary: which district set and
// indicator the document asks for (`district=<datasetId>.<n>`, `off`, or the default: the latest
// set's first indicator), its values classified with the map's own classifier and palette.
// Memoised on its inputs, so the layer, legend and summary share one object.
import type { Classification } from '../data/classify';
import { choropleth, type ChoroplethBin } from '../data/choropleth';
import type { DistrictFeature, DistrictIndicator } from '../data/import/districts';
import type { UserDataset } from '../data/import/userDataset';
import { memoLast } from '../lib/memo';
import { NO_DATA_HEX, type RGBA } from '../lib/palettes';
import type { Doc } from './doc';
import { DISTRICT_CHOICE } from './urlCodec';

/** A legend class of districts: their feature ids, in the set's order. */
export type DistrictBin = ChoroplethBin<string>;

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
  /** Districts without a value: their feature ids. */
  missing: string[];
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
  const ids = features.map((f) => f.id);
  if (!indicator) {
    return { ...base, n: -1, indicator: null, classification: null, bins: [], missing: ids, colorOf: () => TRANSPARENT, hexOf: () => NO_DATA_HEX };
  }
  const choro = choropleth({
    keys: ids,
    valueOf,
    classifyOver: indicator.values.filter((v): v is number => v !== null),
    // Manual breaks belong to the province indicator on screen, not to the user's district figures.
    method: method === 'manual' ? 'quantile' : method,
    k,
    polarity: 'neutral',
  });
  return { ...base, ...choro, n: chosen.n, indicator };
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
